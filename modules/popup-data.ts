/**
 * A WXT module (WXT loads every file in modules/). The popup shows a region's helpline,
 * self-help, help for family, young people's line, crisis lines and emergency numbers, and
 * never its reporting routes, its answers to questions, its lines for parents and for
 * adults worried about a child, or its regional services: those are the guide's. So the
 * popup's build leaves those services out of the regions' homes, as no-sources.ts leaves
 * out every source, and the facts only the guide and the data tests read (the hours of any
 * line but the helpline, a crisis line's website where its sentence has no link, anonymity,
 * a number's country where it is not dialled in national form), which keeps popup.js
 * within its budget. (modules/holidays.ts gives the popup only the helplines' calendars.)
 * tests/unit/modules/popup-data.test.ts plans every region with and without them and finds
 * no difference in anything the popup shows.
 */
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import type { Role } from '../data/types';
import english from '../locales/en/popup';

/** Roles whose services only the guide shows. */
export const GUIDE_ONLY_ROLES: readonly Role[] = [
  'questions',
  'parents-advice',
  'child-protection',
  'regional-service',
  'report',
];

const HOME = /[\\/]data[\\/]regions[\\/][a-z-]+\.ts$/;
// A region's services are objects at one depth: "    {" to "    },", each with one role.
const SERVICE = /\n {4}\{\n[\s\S]*?\n {4}\},/g;
const GUIDE_ONLY_FIELDS = /\n {6}(languages|alsoFor|programmes): \[[^\]\n]*\],/g;
const ONE_LINE_URL = /\n {6}url: '[^'\n]*',/;
const ONE_LINE_PHONE = /\{ display: [^\n]*\}/g;
const ONE_LINE_HOURS = /\n {6}hours: \{[^\n]*\},/;
// Whether a report, or a first call, can be anonymous: the guide's words say it, never the popup's.
const GUIDE_ONLY_FLAGS = /\n {6}anonymous: (true|false),/g;

export function guideOnlyOut(): Plugin {
  return {
    name: 'signpost:guide-only-out',
    enforce: 'pre',
    transform(code, id) {
      if (!HOME.test(id.split('?')[0] ?? '')) return null;
      const services = code.match(SERVICE) ?? [];
      const entries = code.match(/\bid: '/g)?.length ?? 0;
      if (services.length !== entries) {
        this.error(`Found ${services.length} service objects for ${entries} ids in ${id}: update modules/popup-data.ts.`);
      }
      const guideOnly = (service: string) => GUIDE_ONLY_ROLES.some((role) => service.includes(`\n      role: '${role}',`));
      // The popup shows only the helpline's hours: every other service's are the guide's.
      // A crisis line's website shows only where its sentence has a link (Find A Helpline).
      const hoursOut = (service: string) => {
        if (service.includes(`\n      role: 'helpline',`)) return service;
        const id = /\n {6}id: '([^']+)',/.exec(service)?.[1] ?? '';
        const linked = Boolean((english.services as Record<string, { linkLabel?: string }>)[id]?.linkLabel);
        const noHours = service.replace(ONE_LINE_HOURS, `\n      hours: { kind: 'unknown' },`);
        return service.includes(`\n      role: 'crisis',`) && !linked ? noHours.replace(ONE_LINE_URL, '') : noHours;
      };
      const kept = code.replace(SERVICE, (service) => (guideOnly(service) ? '' : hoursOut(service)));
      // Facts nothing in the popup reads: which numbers are short codes (for the data tests),
      // the languages a service works in, who else it serves, the programmes it runs and
      // whether it can be used anonymously.
      // A number's country is read only to dial it in national form (Australia's 1800 lines).
      const countryOut = (phone: string) => (phone.includes('national: true') ? phone : phone.replace(/country: '[A-Z]{2}', /, ''));
      const popupOnly = kept
        .replace(ONE_LINE_PHONE, countryOut)
        .replace(/\bshortCode: true, /g, '').replace(GUIDE_ONLY_FIELDS, '').replace(GUIDE_ONLY_FLAGS, '');
      return { code: popupOnly, map: null };
    },
  };
}

export default defineWxtModule((wxt) => {
  // Only the popup's build: its one script is built alone (entrypoints/popup/index.tsx).
  wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (entrypoints.some((entrypoint) => entrypoint.name === 'popup')) (config.plugins ??= []).push(guideOnlyOut());
  });
});
