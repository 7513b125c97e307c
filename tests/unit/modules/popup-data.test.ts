import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_IDS, REGIONS, SERVICES } from '@/data/directory';
import { regionPlan } from '@/lib/plan';
import { GUIDE_ONLY_ROLES, guideOnlyOut } from '@/modules/popup-data';

function transform(code: string, id: string): string | null {
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const hook = guideOnlyOut().transform as (this: typeof context, code: string, id: string) => { code: string } | null;
  return hook.call(context, code, id)?.code ?? null;
}

const ids = (code: string) => [...code.matchAll(/\bid: '([^']+)'/g)].map((match) => match[1]);

describe('the popup’s build leaves out the services only the guide shows', () => {
  it.each(readdirSync('data/regions'))('in data/regions/%s, exactly those', (file) => {
    const code = readFileSync(`data/regions/${file}`, 'utf8');
    const kept = ids(transform(code, `/work/data/regions/${file}`)!);
    const region = REGIONS.find((candidate) => `${candidate.id}.ts` === file)!;
    const expected = region.services.filter((service) => !GUIDE_ONLY_ROLES.includes(service.role)).map((service) => service.id);
    expect(kept).toEqual(expected);
  });

  it('leaves out the facts only the guide reads, and nothing else', () => {
    const code = "\n    {\n      id: 'a',\n      role: 'helpline',\n      alsoFor: ['someone-else'],\n      phones: [{ display: '999', e164: '999', shortCode: true, for: ['uk'] }],\n    },";
    expect(transform(code, '/work/data/regions/xx.ts')).toBe("\n    {\n      id: 'a',\n      role: 'helpline',\n      phones: [{ display: '999', e164: '999', for: ['uk'] }],\n    },");
  });

  it('finds some to leave out (the check can fail)', () => {
    expect(SERVICES.filter((service) => GUIDE_ONLY_ROLES.includes(service.role)).length).toBeGreaterThan(5);
  });

  it.each(REGION_IDS)('changes nothing the popup shows for %s', (region) => {
    const shown = (plan: ReturnType<typeof regionPlan>) => ({
      helpline: plan.helpline,
      selfHelp: plan.selfHelp,
      familyAdvice: plan.family.advice,
      youngPeople: plan.youngPeople,
      crisis: plan.crisis,
      emergency: plan.emergency,
      police: plan.police,
      childInDanger: plan.childInDanger,
      online: plan.online,
    });
    const popupOnly = SERVICES.filter((service) => !GUIDE_ONLY_ROLES.includes(service.role));
    expect(shown(regionPlan(region, popupOnly))).toEqual(shown(regionPlan(region)));
  });

  it('stops the build when a home’s shape changes, rather than cut it wrongly', () => {
    expect(() => transform("services: [{ id: 'a', role: 'report' }]", '/work/data/regions/xx.ts')).toThrow(/0 service objects for 1 ids/);
  });

  it('touches no other file', () => {
    expect(transform("    {\n      id: 'a',\n      role: 'report',\n    },", '/work/lib/plan.ts')).toBeNull();
  });
});
