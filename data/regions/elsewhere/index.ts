/**
 * Somewhere else: anywhere Signpost knows no help of its own: Find A Helpline, the local
 * emergency number, and the online programmes. Facts from ../shared/facts/help-directory.md
 * only.
 */
import { defineRegion, source } from '../../define';

export default defineRegion('elsewhere', {
  // Chosen when nothing else fits: no countries of its own.
  countries: [],
  services: [
    {
      id: 'find-a-helpline',
      name: 'Find A Helpline',
      role: 'crisis',
      regions: ['elsewhere'],
      phones: [],
      hours: { kind: 'unknown' },
      // Its home page only: no page documents a pattern for its country pages (fourth check).
      url: 'https://findahelpline.com/',
      sources: [source('https://findahelpline.com/', '2026-12-07'), source('https://findahelpline.com/AU', '2026-12-07')],
    },
  ],
});
