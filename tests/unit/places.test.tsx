/** What each place shows (tests/places.ts), against the data and the rendered pages, in every language. */
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHash } from '@/lib/guide-state';
import { GuideApp } from '@/components/guide/GuideApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { SERVICES } from '@/data/directory';
import type { Service } from '@/data/types';
import { REGION_IDS, type RegionId } from '@/lib/region';
import { MESSAGES, POPUP_MESSAGES, translatorFor } from '@/locales/all';
import { type Lang, LANG_CODES } from '@/locales/langs';
import { addressesOf, PLACES, problemsWith } from '../places';

const SATURDAY_NOON = new Date('2026-11-28T12:00:00Z');
const CASES = PLACES.flatMap((place) => LANG_CODES.map((lang) => [place.region, lang, place] as const));

afterEach(cleanup);

/** The popup as it opens in a region and language, on a Saturday in the UK. */
function renderPopup(region: RegionId, lang: Lang) {
  return render(
    <PopupApp
      initial={{ region, lang }}
      messages={POPUP_MESSAGES[lang]}
      loadMessages={async (wanted) => POPUP_MESSAGES[wanted]}
      now={SATURDAY_NOON}
      userTimeZone="Europe/London"
    />,
  );
}

/** The guide as it opens from the popup, on a Saturday in the UK. */
function renderGuide(region: RegionId, lang: Lang) {
  return render(
    <GuideApp
      initial={parseHash(`#region=${region}&lang=${lang}`, { region: 'uk', lang: 'en' })}
      messages={MESSAGES[lang]}
      loadMessages={async (wanted) => MESSAGES[wanted]}
      now={SATURDAY_NOON}
      userTimeZone="Europe/London"
      loadFacts={async () => ({ version: '1.0.0' })}
      exit={() => undefined}
    />,
  );
}

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

describe('every sentence about a service is on a page, and every service listed is described', () => {
  const shown: string[] = [];
  const tr = translatorFor('en');

  it.each(PLACES.map((place) => [place.region] as const))('in %s', async (region) => {
    const popup = renderPopup(region, 'en');
    shown.push(popup.container.textContent ?? '');
    popup.unmount();
    renderGuide(region, 'en');
    shown.push(document.body.textContent ?? '');
    // Each service the guide lists under its own heading says what it is.
    const here = (SERVICES as readonly Service[]).filter((service) => service.regions === 'anywhere' || service.regions.includes(region));
    for (const heading of document.querySelectorAll('.service > h3, .service > h4')) {
      const named = here.filter((service) => service.name === heading.textContent);
      expect(named.some((service) => tr.service(service.id).about !== undefined), heading.textContent ?? '').toBe(true);
    }
  });

  it('leaves no service sentence unshown', () => {
    const text = shown.join('\n').replace(/\s+/g, ' ');
    const unshown = Object.entries(MESSAGES.en.services)
      .flatMap(([id, words]) => Object.entries(words).map(([field, sentence]) => [`${id}.${field}`, sentence as string]))
      .filter(([, sentence]) => !sentence!.includes('{'))
      .filter(([, sentence]) => !text.includes(sentence!.replace(/\s+/g, ' ')))
      .map(([key]) => key);
    expect(unshown).toEqual([]);
  });
});

describe.each(CASES)('%s in %s', (region, lang, place) => {
  const tr = translatorFor(lang);

  it('the popup shows it', () => {
    renderPopup(region, lang);
    expect(problemsWith(document, place, 'popup', tr)).toEqual([]);
  });

  it('the guide shows it', async () => {
    renderGuide(region, lang);
    await waitFor(() => expect(document.documentElement.lang).toBe(lang));
    expect(problemsWith(document, place, 'guide', tr)).toEqual([]);
  });
});
