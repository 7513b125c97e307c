import { useRef, useState } from 'preact/hooks';
import type { Phone } from '../data/types';
import { useTranslator } from '../locales/context';

interface Props {
  phone: Phone;
}

type Outcome = 'idle' | 'copied' | 'failed';

/**
 * Copies the number for someone who will dial from another phone. Where the clipboard is
 * refused, the number is selected instead so the person can copy it themselves.
 */
export function CopyNumberButton({ phone }: Props) {
  const tr = useTranslator();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const numberRef = useRef<HTMLSpanElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(phone.display);
      setOutcome('copied');
    } catch {
      const node = numberRef.current;
      const selection = window.getSelection();
      if (node && selection) selection.selectAllChildren(node);
      setOutcome('failed');
    }
  }

  return (
    <>
      <button type="button" class="button-secondary" onClick={copy}>
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
