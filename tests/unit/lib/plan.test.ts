import { describe, expect, it } from 'vitest';
import { REGION_IDS, SERVICES } from '@/data/directory';
import type { PlanRow } from '@/data/expectations';
import { type Planned, phonesFor, type RegionPlan, regionPlan } from '@/lib/plan';
import { EXPECTED } from '../../expected';

/** The UK's helpline, which Ireland shares (with a number of its own). */
const UK_HELPLINE = SERVICES.find((service) => service.role === 'helpline' && service.regions.includes('uk'))!;

/** A plan by service ids (and, for each number shown, its display form), as a region's expected.ts writes it. */
function ids(plan: RegionPlan): PlanRow {
  const id = (service: Planned | undefined) => service?.id;
  return {
    helpline: id(plan.helpline),
    phones: plan.helpline?.phones.map((phone) => phone.display) ?? [],
    selfHelp: id(plan.selfHelp),
    questions: id(plan.questions),
    online: plan.online.map((service) => service.id),
    regional: plan.regional.map((service) => service.id),
    treatment: plan.treatment.length > 0 ? plan.treatment.map((service) => service.id) : undefined,
    family: { helpline: id(plan.family.helpline), advice: id(plan.family.advice), inform: plan.family.inform },
    childProtection: id(plan.childProtection),
    parents: id(plan.parents),
    youngPeople: id(plan.youngPeople),
    crisis: plan.crisis.map((service) => service.id),
    emergency: id(plan.emergency),
    ownLifeOr: plan.ownLifeOr?.display,
    police: id(plan.police),
    childInDanger: plan.childInDanger?.display,
    childInDangerOr: plan.childInDangerOr?.display,
    crisisAdvice: plan.crisisAdvice,
    reporting: plan.reporting.map((service) => [
      service.id,
      service.anonymous === undefined ? 'unstated' : service.anonymous ? 'anonymous' : 'named',
    ]),
    caseAdvice: id(plan.caseAdvice),
    informPlus: plan.informPlus,
  };
}

describe('what each region shows (its plan row: data/regions/<id>/expected.ts)', () => {
  it.each(EXPECTED.map((expected) => [expected.region, expected] as const))('%s', (region, expected) => {
    expect(ids(regionPlan(region))).toEqual(expected.plan);
  });

  it.each(REGION_IDS.map((region) => [region]))('shows in %s only numbers meant for it', (region) => {
    const plan = regionPlan(region);
    const shown = [plan.helpline, plan.emergency, plan.police, plan.youngPeople, plan.childProtection, ...plan.crisis, ...plan.regional, ...plan.treatment, ...plan.reporting];
    for (const service of shown) for (const phone of service?.phones ?? []) expect(phone.for).toContain(region);
  });

  it('places a service by its role alone: two of a role the pages lead with is an error', () => {
    const twice = [UK_HELPLINE, { ...UK_HELPLINE, id: 'another-helpline' }];
    expect(() => regionPlan('uk', twice)).toThrow(/2 services with the role helpline/);
  });
});

describe('phonesFor', () => {
  it('lists the Ireland number first for Ireland and the freephone first for the UK', () => {
    const helpline = UK_HELPLINE;
    expect(phonesFor(helpline, 'ie').map((phone) => phone.display)).toEqual(['+44 1372 847 161', '0808 1000 900']);
    expect(phonesFor(helpline, 'uk').map((phone) => phone.display)).toEqual(['0808 1000 900']);
    expect(phonesFor(helpline, 'us')).toEqual([]);
  });
});
