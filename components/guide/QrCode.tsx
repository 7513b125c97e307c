import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from '@/lib/after-paint';
import { useTranslator } from '@/locales/context';

interface Props {
  url: string;
}

const QUIET_ZONE = 4;

interface Drawn {
  url: string;
  size: number;
  path: string;
}

/**
 * A QR code drawn on the device as SVG: no image is fetched, nothing is sent. The encoder
 * loads after the guide's first paint, from the extension's own files; until then an empty
 * square of the same size holds the place.
 */
export function QrCode({ url }: Props) {
  const tr = useTranslator();
  const [drawn, setDrawn] = useState<Drawn | undefined>(undefined);

  useEffect(() => {
    let current = true;
    afterPaint(() => {
      void Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]).then(([{ generate }, { toSvgPath }]) => {
        const code = generate(url);
        if (current) setDrawn({ url, size: code.size, path: toSvgPath(code) });
      });
    });
    return () => {
      current = false;
    };
  }, [url]);

  const size = (drawn?.size ?? 21) + QUIET_ZONE * 2;
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
      {drawn?.url === url && <path d={drawn.path} fill="#000" />}
    </svg>
  );
}
