import { getService } from '../data/directory';
import type { RegionId } from '../data/types';
import type { RegionHelp } from '../lib/region-help';
import { useTranslator } from '../locales/context';
import { ExternalLink } from './ExternalLink';
import { GuideSection } from './GuideSection';
import { ServiceItem } from './ServiceItem';

interface Props {
  region: RegionId;
  help: RegionHelp;
  now: Date;
  userTimeZone: string;
}

export function SomeoneElseSection({ region, help, now, userTimeZone }: Props) {
  const tr = useTranslator();
  const { primary, someoneElse } = help;
  const forFamily = primary?.audiences.includes('someone-else') ? primary : undefined;
  const familyPage = someoneElse && someoneElse !== primary ? someoneElse : undefined;
  // Inform is a Lucy Faithfull programme, offered through the UK and Ireland helpline.
  const offersInform = primary?.id === 'stop-it-now-uk';
  const nspcc = region === 'uk' ? getService('nspcc') : undefined;
  const item = { region, now, userTimeZone };
  return (
    <GuideSection id="family">
      <p>{tr.t('family.intro')}</p>
      {forFamily ? (
        <>
          <p>{tr.t('family.helpline', { name: forFamily.name })}</p>
          <ServiceItem service={forFamily} {...item} />
        </>
      ) : (
        <p>{tr.t('family.none')}</p>
      )}
      {familyPage?.url && (
        <p>
          <ExternalLink href={familyPage.url}>{tr.t('family.page')}</ExternalLink>
        </p>
      )}
      {offersInform && <p>{tr.t('family.inform')}</p>}
      {nspcc && (
        <>
          <h3>{tr.t('family.childHeading')}</h3>
          <ServiceItem service={nspcc} {...item} headingLevel={4} />
        </>
      )}
      {help.crisis.length > 0 && (
        <>
          <h3>{tr.t('family.yourselfHeading')}</h3>
          <p>{tr.t('family.yourself')}</p>
          {help.crisis.map((service) => (
            <ServiceItem key={service.id} service={service} {...item} headingLevel={4} />
          ))}
        </>
      )}
    </GuideSection>
  );
}
