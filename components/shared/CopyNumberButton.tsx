import { useRef } from 'preact/hooks';
import type { PackPhone } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { useCopy } from './use-copy';

interface Props {
  phone: PackPhone;
}

/** Copies the number for someone who will dial from another phone. */
export function CopyNumberButton({ phone }: Props) {
  const tr = useTranslator();
  const [outcome, copy] = useCopy();
  const numberRef = useRef<HTMLSpanElement>(null);
  return (
    <>
      <button type="button" class="button-secondary" onClick={() => copy(phone.display, numberRef.current)}>
        {tr.t('helpline.copy')}
      </button>
      <span ref={numberRef} class={outcome === 'failed' ? 'copy-source' : 'visually-hidden'}>
        {phone.display}
      </span>
      {/* Always in the DOM, so screen readers announce the change. */}
      <p role="status" class="copy-feedback">
        {outcome === 'copied' && tr.t('helpline.copied', { number: phone.display })}
        {outcome === 'failed' && tr.t('helpline.copyFailed')}
      </p>
    </>
  );
}
