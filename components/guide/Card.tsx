import { useRef } from 'preact/hooks';
import { cardContent, cardText } from '@/lib/card';
import type { GuideRegion } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { useCopy } from '@/components/shared/use-copy';
import { QrCode } from './QrCode';

interface Props {
  plan: GuideRegion;
}

/** The card a counsellor can print (only the card prints) or copy into a message. */
export function Card({ plan }: Props) {
  const tr = useTranslator();
  const card = cardContent(plan, tr);
  const [outcome, copy] = useCopy();
  const cardRef = useRef<HTMLDivElement>(null);

  return (
    <div class="print-card-area">
      <h3>{tr.t('card.heading')}</h3>
      <p>{tr.t('card.intro')}</p>
      <div class="button-row">
        <button type="button" class="button-secondary" onClick={() => window.print()}>
          {tr.t('card.print')}
        </button>
        <button type="button" class="button-secondary" onClick={() => copy(cardText(card), cardRef.current)}>
          {tr.t('card.copy')}
        </button>
      </div>
      <p role="status" class="copy-feedback">
        {outcome === 'copied' && tr.t('card.copied')}
        {outcome === 'failed' && tr.t('card.copyFailed')}
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
