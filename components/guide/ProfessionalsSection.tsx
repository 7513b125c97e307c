import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from '@/lib/after-paint';
import type { GuideRegion } from '@/lib/pack';
import { useTranslator } from '@/locales/context';
import { LANGS } from '@/locales/langs';
import type { Card as CardView } from './Card';
import { GuideSection } from './GuideSection';

interface Props {
  plan: GuideRegion;
}

/** For counsellors and other professionals: what Signpost is, how to recommend it, a card. */
export function ProfessionalsSection({ plan }: Props) {
  const tr = useTranslator();
  // The card (and its words as text) loads after the first paint, like its QR code: it is
  // far down the page, and the guide's first script stays within its budget.
  const [Card, setCard] = useState<typeof CardView | undefined>(undefined);
  useEffect(() => afterPaint(() => void import('./Card').then((module) => setCard(() => module.Card))), []);
  return (
    <GuideSection id="professionals">
      <h3>{tr.t('professionals.doesHeading')}</h3>
      <p>{tr.t('professionals.does')}</p>
      <p>{tr.t('professionals.languages', { languages: LANGS.map((lang) => lang.name).join(', ') })}</p>
      <p>{tr.t('professionals.doesNot')}</p>
      <h3>{tr.t('professionals.recommendHeading')}</h3>
      <p>{tr.t('professionals.recommend')}</p>
      {plan.caseAdvice && <p>{tr.t('professionals.caseAdvice', { name: plan.caseAdvice })}</p>}
      {Card && <Card plan={plan} />}
    </GuideSection>
  );
}
