import { describe, expect, it } from 'vitest';
import { getService } from '@/data/directory';
import { type Planned, phonesFor, type RegionPlan, regionPlan } from '@/lib/plan';
import { REGION_IDS } from '@/lib/region';

/** A plan by service ids (and, for each number shown, its display form), for a table. */
function ids(plan: RegionPlan) {
  const id = (service: Planned | undefined) => service?.id;
  return {
    helpline: id(plan.helpline),
    phones: plan.helpline?.phones.map((phone) => phone.display) ?? [],
    selfHelp: id(plan.selfHelp),
    questions: id(plan.questions),
    online: plan.online.map((service) => service.id),
    regional: plan.regional.map((service) => service.id),
    family: { helpline: id(plan.family.helpline), advice: id(plan.family.advice), inform: plan.family.inform },
    childProtection: id(plan.childProtection),
    parents: id(plan.parents),
    youngPeople: id(plan.youngPeople),
    crisis: plan.crisis.map((service) => service.id),
    emergency: id(plan.emergency),
    police: id(plan.police),
    childInDanger: plan.childInDanger?.display,
    crisisAdvice: plan.crisisAdvice,
    reporting: plan.reporting.map((service) => [
      service.id,
      service.anonymous === undefined ? 'unstated' : service.anonymous ? 'anonymous' : 'named',
    ]),
    caseAdvice: id(plan.caseAdvice),
    informPlus: plan.informPlus,
  };
}

const ONLINE = ['troubled-desire', 'redirection', 'prevent-it'];
const NONE = { helpline: undefined, advice: undefined, inform: false };

describe('what each region shows', () => {
  it.each<[string, ReturnType<typeof ids>]>([
    [
      'uk',
      {
        helpline: 'stop-it-now-uk',
        phones: ['0808 1000 900'],
        selfHelp: 'stop-it-now-uk-self-help',
        questions: 'stop-it-now-uk-faq',
        online: ONLINE,
        regional: [],
        family: { helpline: 'stop-it-now-uk', advice: 'stop-it-now-uk-someone-else', inform: true },
        childProtection: 'nspcc',
        parents: 'stop-it-now-uk-child-behaviour',
        youngPeople: 'childline',
        crisis: ['samaritans'],
        emergency: 'emergency-999',
        police: undefined,
        childInDanger: '999',
        crisisAdvice: true,
        reporting: [['iwf', 'anonymous'], ['ceop', 'named']],
        caseAdvice: 'stop-it-now-uk',
        informPlus: true,
      },
    ],
    [
      'ie',
      {
        helpline: 'stop-it-now-uk',
        // Ireland's own number first, then the UK freephone for people there with a UK phone.
        phones: ['+44 1372 847 161', '0808 1000 900'],
        selfHelp: 'stop-it-now-uk-self-help',
        questions: 'stop-it-now-uk-faq',
        online: ONLINE,
        regional: [],
        family: { helpline: 'stop-it-now-uk', advice: 'stop-it-now-uk-someone-else', inform: true },
        childProtection: undefined,
        parents: 'stop-it-now-uk-child-behaviour',
        youngPeople: undefined,
        crisis: ['samaritans'],
        emergency: 'emergency-112-ie',
        police: undefined,
        childInDanger: '112',
        crisisAdvice: false,
        reporting: [['hotline-ie', 'anonymous']],
        caseAdvice: 'stop-it-now-uk',
        informPlus: true,
      },
    ],
    [
      'us',
      {
        helpline: 'stop-it-now-us',
        phones: ['1-888-773-8368'],
        selfHelp: undefined,
        questions: undefined,
        online: ONLINE,
        regional: [],
        // The US helpline takes family's calls; its page is for people worried about themselves.
        family: { helpline: 'stop-it-now-us', advice: undefined, inform: false },
        childProtection: undefined,
        parents: undefined,
        youngPeople: undefined,
        crisis: ['lifeline-988'],
        emergency: 'emergency-911',
        police: undefined,
        childInDanger: '911',
        crisisAdvice: false,
        reporting: [['ncmec', 'anonymous']],
        // Professionals are not stated for the US helpline.
        caseAdvice: undefined,
        informPlus: false,
      },
    ],
    [
      'au',
      {
        helpline: 'stop-it-now-au',
        phones: ['1800 01 1800'],
        selfHelp: undefined,
        questions: undefined,
        online: ONLINE,
        regional: [],
        // The sheet states no audience for Stop It Now! Australia but the person's own.
        family: NONE,
        childProtection: undefined,
        parents: undefined,
        youngPeople: 'kids-helpline',
        crisis: ['lifeline-au'],
        emergency: 'emergency-000',
        police: undefined,
        childInDanger: '000',
        crisisAdvice: false,
        reporting: [['esafety', 'anonymous'], ['crime-stoppers-au', 'anonymous'], ['accce', 'named']],
        caseAdvice: undefined,
        informPlus: false,
      },
    ],
    [
      'de',
      {
        helpline: 'kein-taeter-werden',
        phones: [],
        selfHelp: undefined,
        questions: undefined,
        online: ONLINE,
        regional: [],
        family: NONE,
        childProtection: undefined,
        parents: undefined,
        youngPeople: 'nummer-gegen-kummer',
        crisis: ['telefonseelsorge'],
        emergency: 'emergency-112-de',
        police: 'police-110-de',
        childInDanger: '110',
        crisisAdvice: false,
        reporting: [['internet-beschwerdestelle', 'anonymous']],
        caseAdvice: undefined,
        informPlus: false,
      },
    ],
    [
      'nl',
      {
        helpline: 'stop-it-now-nl',
        phones: ['0800 266 64 36'],
        selfHelp: undefined,
        questions: undefined,
        online: ONLINE,
        regional: [],
        // For the people around them (partners, family) and professionals too; no page of
        // advice for family, no Inform.
        family: { helpline: 'stop-it-now-nl', advice: undefined, inform: false },
        childProtection: 'veilig-thuis',
        parents: undefined,
        youngPeople: 'kindertelefoon',
        crisis: ['zelfmoordpreventie-113'],
        emergency: 'emergency-112-nl',
        police: undefined,
        childInDanger: '112',
        crisisAdvice: false,
        reporting: [['meldpunt-kinderporno', 'anonymous']],
        caseAdvice: undefined,
        informPlus: false,
      },
    ],
    [
      'be',
      {
        helpline: 'stop-it-now-bruxelles',
        phones: ['0800 14 112'],
        selfHelp: undefined,
        questions: undefined,
        online: ONLINE,
        regional: [],
        // Who else Stop it Now! Bruxelles is for is not in the stored page.
        family: NONE,
        childProtection: undefined,
        parents: undefined,
        // Awel's number is in the press only.
        youngPeople: undefined,
        crisis: ['zelfmoordlijn-1813', 'centre-prevention-suicide'],
        emergency: 'emergency-112-be',
        police: undefined,
        childInDanger: '112',
        crisisAdvice: false,
        reporting: [['child-focus', 'anonymous']],
        caseAdvice: undefined,
        informPlus: false,
      },
    ],
    [
      'fr',
      {
        helpline: 'stop-fr',
        phones: ['0 806 23 10 63'],
        selfHelp: undefined,
        questions: undefined,
        online: ONLINE,
        regional: [],
        // STOP's page names only people sexually attracted to children.
        family: NONE,
        childProtection: undefined,
        parents: undefined,
        youngPeople: undefined,
        crisis: ['suicide-3114'],
        emergency: 'emergency-112-fr',
        police: undefined,
        childInDanger: '112',
        crisisAdvice: false,
        reporting: [['pharos', 'named'], ['point-de-contact', 'unstated']],
        caseAdvice: undefined,
        informPlus: false,
      },
    ],
    [
      'nz',
      {
        helpline: 'safe-to-talk',
        phones: ['0800 044 334', '4334'],
        selfHelp: undefined,
        questions: undefined,
        online: ONLINE,
        // The regional services on the government's list, each for its own part of the country.
        regional: ['stop-nz', 'safe-network', 'wellstop'],
        // Who else Safe to talk is for is stated only in the press.
        family: NONE,
        childProtection: undefined,
        parents: undefined,
        youngPeople: undefined,
        crisis: ['need-to-talk-1737'],
        emergency: 'emergency-111',
        police: undefined,
        childInDanger: '111',
        crisisAdvice: false,
        reporting: [['dia-nz', 'unstated']],
        caseAdvice: undefined,
        informPlus: false,
      },
    ],
    [
      'elsewhere',
      {
        helpline: undefined,
        phones: [],
        selfHelp: undefined,
        questions: undefined,
        online: ONLINE,
        regional: [],
        family: NONE,
        childProtection: undefined,
        parents: undefined,
        youngPeople: undefined,
        crisis: ['find-a-helpline'],
        emergency: undefined,
        police: undefined,
        childInDanger: undefined,
        crisisAdvice: false,
        reporting: [],
        caseAdvice: undefined,
        informPlus: false,
      },
    ],
  ])('%s', (region, expected) => {
    expect(ids(regionPlan(region as (typeof REGION_IDS)[number]))).toEqual(expected);
  });

  it('covers every region', () => {
    expect(REGION_IDS).toEqual(['uk', 'ie', 'us', 'au', 'de', 'nl', 'be', 'fr', 'nz', 'elsewhere']);
  });

  it.each(REGION_IDS.map((region) => [region]))('shows in %s only numbers meant for it', (region) => {
    const plan = regionPlan(region);
    const shown = [plan.helpline, plan.emergency, plan.youngPeople, plan.childProtection, ...plan.crisis, ...plan.regional, ...plan.reporting];
    for (const service of shown) for (const phone of service?.phones ?? []) expect(phone.for).toContain(region);
  });
});

describe('phonesFor', () => {
  it('lists the Ireland number first for Ireland and the freephone first for the UK', () => {
    const helpline = getService('stop-it-now-uk');
    expect(phonesFor(helpline, 'ie').map((phone) => phone.display)).toEqual(['+44 1372 847 161', '0808 1000 900']);
    expect(phonesFor(helpline, 'uk').map((phone) => phone.display)).toEqual(['0808 1000 900']);
    expect(phonesFor(helpline, 'us')).toEqual([]);
  });

});
