/** The online programmes open to anyone, anywhere: every region shows them. */
import { sheet, source } from '../define';
import type { Service } from '../types';

export const ONLINE = [
  {
    id: 'troubled-desire',
    name: 'Troubled Desire',
    role: 'online-programme',
    regions: 'anywhere',
    // Anonymous, free, in several languages: the card's code opens it where no helpline page does.
    onCard: true,
    phones: [],
    hours: { kind: 'always' },
    url: 'https://troubled-desire.com/',
    sources: [sheet('germany-and-online-programmes-for-anyone-anywhere', '2026-11-29')],
  },
  {
    id: 'redirection',
    name: 'ReDirection',
    role: 'online-programme',
    regions: 'anywhere',
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.redirectionprogram.com/',
    languages: ['en', 'es', 'fi'],
    sources: [source('https://www.redirectionprogram.com/', '2026-11-29')],
  },
  {
    id: 'prevent-it',
    name: 'Prevent It',
    role: 'online-programme',
    regions: 'anywhere',
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.iterapi.se/sites/preventit/',
    languages: ['en', 'sv', 'de', 'pt'],
    sources: [
      sheet('germany-and-online-programmes-for-anyone-anywhere', '2026-11-29'),
      source('https://iterapi.se/sites/preventit/public/3-faq', '2026-11-29'),
      source('https://news.ki.se/internet-cbt-to-prevent-child-sexual-abuse-launched-in-several-languages', '2026-11-29'),
    ],
  },
] as const satisfies readonly Service[];
