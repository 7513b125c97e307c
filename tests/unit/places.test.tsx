/** What each region shows (data/regions/<id>/expected.ts), against the data and the rendered pages, in every language. */
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GuideApp } from '@/components/guide/GuideApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { REGION_IDS, type RegionId, SERVICES } from '@/data/directory';
import type { Service } from '@/data/types';
import { guidePack, PACK_FILES, popupPack, wordsOf } from '@/lib/project';
import { translatorFor } from '@/locales/all';
import { type Lang, LANG_CODES } from '@/locales/langs';
import { addressesOf, EXPECTED, problemsWith } from '../expected';

/** A Saturday at noon in the UK, inside every region's holiday days, and no holiday anywhere. */
const SATURDAY_NOON = new Date('2026-12-05T12:00:00Z');
const CASES = EXPECTED.flatMap((expected) => LANG_CODES.map((lang) => [expected.region, lang, expected.shows] as const));

afterEach(cleanup);

/** The popup as it opens in a region and language, on a Saturday in the UK. */
function renderPopup(region: RegionId, lang: Lang) {
  return render(
    <PopupApp pack={popupPack(region, lang)} loadPack={async (...wanted) => popupPack(...wanted)} now={SATURDAY_NOON} userTimeZone="Europe/London" />,
  );
}

/** The guide as it opens in a region and language, on a Saturday in the UK. */
function renderGuide(region: RegionId, lang: Lang) {
  return render(
    <GuideApp
      pack={guidePack(region, lang)}
      loadPack={async (...wanted) => guidePack(...wanted)}
      now={SATURDAY_NOON}
      userTimeZone="Europe/London"
      loadFacts={async () => ({ version: '1.0.0' })}
      loadPrivacy={async (wanted) => PACK_FILES.privacy(wanted)}
      exit={() => undefined}
    />,
  );
}

describe('the regions’ expectations', () => {
  it('cover every region once', () => {
    expect(EXPECTED.map((expected) => expected.region)).toEqual([...REGION_IDS]);
  });

  it.each(EXPECTED.map((expected) => [expected.region, expected.shows] as const))('%s lists only what the directory holds for it', (region, shows) => {
    const known = addressesOf(region);
    const listed = [
      ...shows.helpline,
      shows.crisis,
      ...[shows.ownLife, shows.ownLifeOr, shows.childInDanger, shows.childInDangerOr].filter((href): href is string => typeof href === 'string'),
      ...(shows.treatment ?? []),
      ...shows.reporting.map((route) => route.href),
    ];
    expect(listed.filter((href) => !known.has(href))).toEqual([]);
  });

  it('can find what is wrong (a page without the box fails)', () => {
    const doc = document.implementation.createHTMLDocument('empty');
    expect(problemsWith(doc, 'uk', EXPECTED[0]!.shows, 'popup', translatorFor('en')).join('\n')).toContain('no help-now box');
  });
});

describe('every sentence about a service is on a page, and every service listed is described', () => {
  const shown: string[] = [];

  it.each(EXPECTED.map((expected) => [expected.region] as const))('in %s', async (region) => {
    const popup = renderPopup(region, 'en');
    shown.push(popup.container.textContent ?? '');
    popup.unmount();
    renderGuide(region, 'en');
    shown.push(document.body.textContent ?? '');
    // Each service the guide lists under its own heading says what it is.
    const here = (SERVICES as readonly Service[]).filter((service) => service.regions === 'anywhere' || service.regions.includes(region));
    for (const heading of document.querySelectorAll('.service > h3, .service > h4')) {
      const named = here.filter((service) => service.name === heading.textContent);
      expect(named.some((service) => wordsOf(service, 'en').about !== undefined), heading.textContent ?? '').toBe(true);
    }
  });

  it('leaves no service sentence unshown', () => {
    const text = shown.join('\n').replace(/\s+/g, ' ');
    const unshown = SERVICES.flatMap((service) =>
      Object.entries(wordsOf(service, 'en'))
        .filter(([, sentence]) => !sentence.includes('{') && !text.includes(sentence.replace(/\s+/g, ' ')))
        .map(([field]) => `${service.id}.${field}`),
    );
    expect(unshown).toEqual([]);
  });
});

describe.each(CASES)('%s in %s', (region, lang, shows) => {
  const tr = translatorFor(lang);

  it('the popup shows it', () => {
    renderPopup(region, lang);
    expect(problemsWith(document, region, shows, 'popup', tr)).toEqual([]);
  });

  it('the guide shows it', async () => {
    renderGuide(region, lang);
    await waitFor(() => expect(document.documentElement.lang).toBe(lang));
    expect(problemsWith(document, region, shows, 'guide', tr)).toEqual([]);
  });
});
