/** The online programmes open to anyone, anywhere: every region shows them. */
import { sheet, source } from '../define';
import type { Service } from '../types';

export const ONLINE = [
  {
    id: 'troubled-desire',
    name: 'Troubled Desire',
    role: 'online-programme',
    regions: 'anywhere',
    // Anonymous and free: the card's code opens it where no helpline page does. In English
    // "and other languages": its own list of languages was not found, and others' disagree.
    onCard: true,
    phones: [],
    hours: { kind: 'always' },
    url: 'https://troubled-desire.com/',
    languages: ['en'],
    sources: [
      sheet('germany-and-online-programmes-for-anyone-anywhere', '2026-11-29'),
      source('https://troubled-desire.com/en/chat-study/chat-studie-frequently-asked-questions-faq', '2026-12-07'),
    ],
  },
  {
    id: 'redirection',
    name: 'ReDirection',
    role: 'online-programme',
    regions: 'anywhere',
    phones: [],
    hours: { kind: 'always' },
    url: 'https://www.redirectionprogram.com/',
    // English and Spanish since 2021, Finnish since May 2023; no other language is confirmed.
    languages: ['en', 'es', 'fi'],
    sources: [
      source('https://www.redirectionprogram.com/', '2026-11-29'),
      source('https://www.redirectionprogram.com/about-us', '2026-12-07'),
      source('https://www.suojellaanlapsia.fi/en/post/feedback-from-users-suggests-that-redirection-self-help-program-successfully-decreases-csam-use', '2026-12-07'),
      source('https://www.suojellaanlapsia.fi/post/tiedote-04052023', '2026-12-07'),
    ],
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
