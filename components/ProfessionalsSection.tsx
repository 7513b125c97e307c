import type { RegionId } from '../data/types';
import type { RegionHelp } from '../lib/region-help';
import { useTranslator } from '../locales/context';
import { GuideSection } from './GuideSection';
import { PrintCard } from './PrintCard';

interface Props {
  region: RegionId;
  help: RegionHelp;
}

export function ProfessionalsSection({ region, help }: Props) {
  const tr = useTranslator();
  const caseAdvice = help.primary?.audiences.includes('professional') ? help.primary : undefined;
  return (
    <GuideSection id="professionals">
      <h3>{tr.t('pro.doesHeading')}</h3>
      <p>{tr.t('pro.does')}</p>
      <p>{tr.t('pro.doesNot')}</p>
      <h3>{tr.t('pro.recommendHeading')}</h3>
      <p>{tr.t('pro.recommend')}</p>
      {caseAdvice && caseAdvice.phones.length > 0 && <p>{tr.t('pro.caseAdvice', { name: caseAdvice.name })}</p>}
      <PrintCard region={region} />
    </GuideSection>
  );
}
