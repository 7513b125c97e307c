/**
 * France: every service Signpost shows there, and how a browser is known to be there.
 * Facts from ../shared/facts/help-directory.md only (its third check). Left out on purpose:
 * 17 (the police: in the press only), and any claim that STOP is free or anonymous.
 */
import { defineRegion, shortNumber, sheet, source } from '../../define';

export default defineRegion('fr', {
  countries: ['FR'],
  numbering: { country: 'FR', callingCode: '33' },
  services: [
    {
      id: 'stop-fr',
      name: 'STOP',
      role: 'helpline',
      // Run by the FFCRIAVS. "Non surtaxé": the cost of a normal call, never free. Its
      // anonymity, hours and who else it is for are not stated: none is claimed.
      regions: ['fr'],
      phones: [
        { display: '0 806 23 10 63', e164: '+33806231063', country: 'FR', for: ['fr'], cost: 'normal-rate' },
      ],
      hours: { kind: 'unknown' },
      url: 'https://dispositifstop.fr/',
      sources: [
        source('https://dispositifstop.fr/criavs-dispositif-stop/presentation-dispositif-stop/', '2026-12-01'),
        source('https://criavs-lorraine.org/s-t-o-p/', '2026-12-01'),
      ],
    },
    {
      id: 'suicide-3114',
      name: '3114',
      role: 'crisis',
      regions: ['fr'],
      phones: [
        { display: '3114', e164: '3114', country: 'FR', shortCode: true, for: ['fr'], cost: 'free' },
      ],
      // "Horaires : 24h/24 et 7j/7". Confidential; "anonymous" is not on an official page.
      hours: { kind: 'always' },
      url: 'https://3114.fr/',
      sources: [source('https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide', '2026-12-01')],
    },
    shortNumber('emergency', '112', 'fr', {
      country: 'FR',
      sources: [sheet('france-crisis-emergency-reporting', '2026-12-01')],
    }),
    {
      id: 'pharos',
      name: 'Pharos',
      role: 'report',
      // Step 4 of the official procedure: "Indiquer les coordonnées de l'auteur du signalement".
      anonymous: false,
      regions: ['fr'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://www.internet-signalement.gouv.fr/',
      sources: [
        source('https://www.service-public.gouv.fr/particuliers/vosdroits/R17674', '2026-12-01'),
        source('https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos', '2026-12-01'),
      ],
    },
    {
      id: 'point-de-contact',
      name: 'Point de Contact',
      role: 'report',
      // Whether a report can be anonymous is stated only in the press: anonymous is left
      // unset, and the guide says nothing either way.
      regions: ['fr'],
      phones: [],
      hours: { kind: 'always' },
      url: 'https://www.pointdecontact.net',
      sources: [source('https://www.pointdecontact.net', '2026-12-01')],
    },
  ],
});
