import { useRef, useState } from 'preact/hooks';
import type { RegionId } from '../data/types';
import { cardContent, cardText } from '../lib/card';
import { useTranslator } from '../locales/context';
import { QrCode } from './QrCode';

interface Props {
  region: RegionId;
}

type Outcome = 'idle' | 'copied' | 'failed';

/** The card a counsellor can print (only the card prints) or copy into a message. */
export function PrintCard({ region }: Props) {
  const tr = useTranslator();
  const card = cardContent(region, tr);
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const cardRef = useRef<HTMLDivElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(cardText(card));
      setOutcome('copied');
    } catch {
      const selection = window.getSelection();
      if (cardRef.current && selection) selection.selectAllChildren(cardRef.current);
      setOutcome('failed');
    }
  }

  return (
    <div class="print-card-area">
      <h3>{tr.t('pro.cardHeading')}</h3>
      <p>{tr.t('pro.cardIntro')}</p>
      <div class="button-row">
        <button type="button" class="button-secondary" onClick={() => window.print()}>
          {tr.t('pro.print')}
        </button>
        <button type="button" class="button-secondary" onClick={copy}>
          {tr.t('pro.copy')}
        </button>
      </div>
      <p role="status" class="copy-feedback">
        {outcome === 'copied' && tr.t('pro.copied')}
        {outcome === 'failed' && tr.t('pro.copyFailed')}
      </p>
      <div class="print-card" ref={cardRef} data-testid="print-card">
        <div class="print-card-text">
          <p class="print-card-title">{card.title}</p>
          <p class="print-card-heading">{card.heading}</p>
          {card.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <figure class="print-card-qr">
          <QrCode url={card.qrUrl} />
          <figcaption>{tr.t('card.qr', { url: card.qrUrl })}</figcaption>
        </figure>
      </div>
    </div>
  );
}
