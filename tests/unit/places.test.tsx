/** What each place shows (tests/places.ts), against the data and the rendered pages, in every language. */
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GuideApp } from '@/components/guide/GuideApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { REGION_IDS } from '@/lib/region';
import { MESSAGES, translatorFor } from '@/locales/all';
import { LANG_CODES } from '@/locales/langs';
import { POPUP_MESSAGES } from '@/locales/popup-messages';
import { addressesOf, PLACES, problemsWith } from '../places';

const SATURDAY_NOON = new Date('2026-11-28T12:00:00Z');
const CASES = PLACES.flatMap((place) => LANG_CODES.map((lang) => [place.region, lang, place] as const));

afterEach(cleanup);

describe('the table of places', () => {
  it('has every region once', () => {
    expect(PLACES.map((place) => place.region)).toEqual([...REGION_IDS]);
  });

  it.each(PLACES.map((place) => [place.region, place] as const))('%s lists only what the directory holds for it', (region, place) => {
    const known = addressesOf(region);
    const listed = [
      ...place.helpline,
      place.crisis,
      ...[place.ownLife, place.childInDanger].filter((href): href is string => href !== null),
      ...place.reporting.map((route) => route.href),
    ];
    expect(listed.filter((href) => !known.has(href))).toEqual([]);
  });

  it('can find what is wrong (a page without the box fails)', () => {
    const doc = document.implementation.createHTMLDocument('empty');
    expect(problemsWith(doc, PLACES[0]!, 'popup', translatorFor('en')).join('\n')).toContain('no help-now box');
  });
});

describe.each(CASES)('%s in %s', (region, lang, place) => {
  const tr = translatorFor(lang);

  it('the popup shows it', () => {
    render(<PopupApp initial={{ region, lang }} messages={POPUP_MESSAGES} now={SATURDAY_NOON} userTimeZone="Europe/London" />);
    expect(problemsWith(document, place, 'popup', tr)).toEqual([]);
  });

  it('the guide shows it', async () => {
    render(
      <GuideApp
        hash={`#region=${region}&lang=${lang}`}
        defaults={{ region: 'uk', lang: 'en' }}
        messages={MESSAGES[lang]}
        loadMessages={async (wanted) => MESSAGES[wanted]}
        now={SATURDAY_NOON}
        userTimeZone="Europe/London"
        loadFacts={async () => ({ version: '1.0.0' })}
        exit={() => undefined}
      />,
    );
    await waitFor(() => expect(document.documentElement.lang).toBe(lang));
    expect(problemsWith(document, place, 'guide', tr)).toEqual([]);
  });
});
