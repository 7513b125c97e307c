import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { useMemo } from 'preact/hooks';
import { useTranslator } from '../locales/context';

interface Props {
  url: string;
}

const QUIET_ZONE = 4;

/** A QR code drawn on the device as SVG: no image is fetched, nothing is sent. */
export function QrCode({ url }: Props) {
  const tr = useTranslator();
  const code = useMemo(() => generate(url), [url]);
  const size = code.size + QUIET_ZONE * 2;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={tr.t('card.qrLabel', { url })}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${size} ${size}`}
      width="120"
      height="120"
      shape-rendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={size} height={size} fill="#fff" />
      <path d={toSvgPath(code)} fill="#000" />
    </svg>
  );
}
