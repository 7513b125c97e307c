import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import jsQR from 'jsqr';
import { generate } from 'lean-qr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideApp, type GuideAppProps } from '@/components/guide/GuideApp';
import { REGION_IDS, type RegionId, SERVICES } from '@/data/directory';
import type { Service } from '@/data/types';
import { dialHref } from '@/lib/dial';
import { SECTION_IDS } from '@/lib/guide';
import type { GuidePack, PrivacyWords } from '@/lib/pack';
import { guidePack, PACK_FILES } from '@/lib/project';
import { messagesFor } from '@/locales/all';
import type { Lang } from '@/locales/langs';

// A Friday afternoon inside the holiday days the packs carry (from 2026-11-29 for the UK).
const NOW = new Date('2026-12-04T16:00:00Z');

/** The guide as it opens for a region and language (the browser's defaults: a UK English browser). */
function renderGuide({ region = 'uk', lang = 'en', ...props }: Partial<GuideAppProps> & { region?: RegionId; lang?: Lang } = {}) {
  const exit = vi.fn();
  const view = render(
    <GuideApp
      pack={guidePack(region, lang)}
      loadPack={async (wanted, wantedLang) => guidePack(wanted, wantedLang)}
      now={NOW}
      userTimeZone="Europe/London"
      loadFacts={async () => ({ version: '1.2.3', permissions: [] })}
      loadPrivacy={async (wanted) => PACK_FILES.privacy(wanted)}
      exit={exit}
      {...props}
    />,
  );
  return { ...view, exit };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('the guide', () => {
  it.each(['en', 'cy'] as const)('has every section, in order, in %s', async (lang) => {
    renderGuide({ lang });
    // The privacy section's words arrive after first paint.
    await waitFor(() => expect(document.getElementById('privacy')?.hasAttribute('aria-busy')).toBe(false));
    const messages = messagesFor(lang);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    const sections = SECTION_IDS.map((id) => messages[`section.${id}`]);
    expect(headings).toEqual([messages['helpNow.heading'], messages['guide.contents'], ...sections]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.documentElement.lang).toBe(lang);
    expect(document.title).toBe('Signpost');
    for (const id of SECTION_IDS) {
      const section = screen.getByRole('region', { name: messages[`section.${id}`] });
      expect(section.textContent?.length, id).toBeGreaterThan(60);
    }
  });

  it.each(REGION_IDS.map((region) => [region]))(
    'in %s shows only that region’s services and the online programmes',
    (region: RegionId) => {
      const { container } = renderGuide({ region });
      const allowed = (SERVICES as readonly Service[]).filter(
        (service) => service.regions === 'anywhere' || service.regions.includes(region),
      );
      const others = (SERVICES as readonly Service[]).filter((service) => !allowed.includes(service));
      const allowedNumbers = new Set(allowed.flatMap((service) => service.phones.map((phone) => dialHref(phone).slice(4))));
      const allowedUrls = new Set(allowed.flatMap((service) => (service.url ? [service.url] : [])));
      for (const link of container.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
        expect(allowedNumbers, link.outerHTML).toContain(link.getAttribute('href')!.slice(4));
      }
      for (const link of container.querySelectorAll('main a[href^="https:"]')) {
        expect(allowedUrls, link.outerHTML).toContain(link.getAttribute('href'));
      }
      // No other region's service is named with its number anywhere in the text.
      const text = container.textContent ?? '';
      for (const service of others) {
        for (const phone of service.phones) {
          if (!phone.shortCode && !allowedNumbers.has(dialHref(phone).slice(4))) expect(text, service.id).not.toContain(phone.display);
        }
      }
      for (const online of SERVICES.filter((service: Service) => service.regions === 'anywhere')) {
        expect(within(container as HTMLElement).getAllByText(online.name).length).toBeGreaterThan(0);
      }
    },
  );

  it('opens with the pack it is given, and never writes the address', async () => {
    const replaceState = vi.spyOn(history, 'replaceState');
    const pushState = vi.spyOn(history, 'pushState');
    const address = window.location.href;
    renderGuide({ region: 'ie', lang: 'cy' });
    expect(screen.getByLabelText('Help ar gyfer')).toHaveProperty('value', 'ie');

    fireEvent.change(screen.getByLabelText('Help ar gyfer'), { target: { value: 'au' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Iaith' }), { target: { value: 'en' } });
    await screen.findByRole('heading', { level: 1, name: 'Get help: the full guide' });
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    for (const link of within(contents).getAllByRole('link')) {
      // An in-page link whose click moves focus to its section, not the address.
      expect(link.getAttribute('href')).toMatch(/^#[a-z]+$/);
      expect(fireEvent.click(link)).toBe(false);
      expect(document.activeElement?.id).toBe(`${link.getAttribute('href')!.slice(1)}-heading`);
    }
    expect(screen.getByLabelText('Help for')).toHaveProperty('value', 'au');
    // The Australian pack, in English, is the one shown.
    const australia = guidePack('au', 'en').region.helpline!.phones[0]!;
    expect(screen.getAllByRole('link', { name: `Call ${australia.display}` })[0]?.getAttribute('href')).toBe(australia.href);
    expect(replaceState).not.toHaveBeenCalled();
    expect(pushState).not.toHaveBeenCalled();
    expect(window.location.href).toBe(address);
  });

  it('names treatment and counselling the sheet gives no number for, with its page where there is one (Switzerland)', () => {
    renderGuide({ region: 'ch' });
    const self = screen.getByRole('region', { name: 'Worried about your own sexual thoughts or behaviour' });
    expect(within(self).getByText(/^Signpost does not know a helpline for where you are/)).toBeTruthy();
    expect(within(self).getByRole('heading', { level: 3, name: 'Treatment and counselling where you are' })).toBeTruthy();
    const named = within(self).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(named).toEqual(['Kein Täter werden Schweiz', 'Beforemore', 'DIS NO']);
    expect(within(self).getByRole('link', { name: /^Visit the Kein Täter werden Schweiz website/ }).getAttribute('href')).toBe('https://www.kein-taeter-werden.ch/');
    expect(self.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')).toHaveLength(0);
    const crisis = screen.getByRole('region', { name: 'In crisis, or a child is in danger now' });
    expect(crisis.querySelector('.child-in-danger')?.textContent).toBe('If a child is in danger now, call 117 (or 112).');
    expect(crisis.querySelector('.own-life')?.textContent).toBe('If your life is in danger, call 144 (or 112).');
  });

  it('names the Norwegian chat’s number only for when the chat does not work, and says what the chat keeps', () => {
    renderGuide({ region: 'no' });
    const self = screen.getByRole('region', { name: 'Worried about your own sexual thoughts or behaviour' });
    expect(within(self).getByText('You can chat with a psychologist about what worries you, without saying who you are.')).toBeTruthy();
    expect(within(self).getByText(/If the chat does not work, the service says you can call 800 99 900\.$/)).toBeTruthy();
    expect(within(self).getByText(/^What you write in the chat is deleted when the chat ends\./)).toBeTruthy();
    expect(document.querySelector('a[href$="80099900"]')).toBeNull();
    // The police's tip page: no e-mail needed, and not "anonymous" either way.
    const report = screen.getByRole('region', { name: 'Reporting sexual images of children' });
    expect(within(report).getByText(/You do not have to give your email address/)).toBeTruthy();
    expect(within(report).queryByText(/anonymous/i)).toBeNull();
  });

  it.each([
    ['uk', /Details of any criminal offence are also passed on\./],
    ['au', /follows all mandatory reporting requirements/],
  ] as const)('gives the full wording of what the %s helpline passes on', (region, wording) => {
    renderGuide({ region });
    const self = screen.getByRole('region', { name: 'Worried about your own sexual thoughts or behaviour' });
    expect(within(self).getByText(wording)).toBeTruthy();
  });

  it('reads nothing from its address: a deep link or a hostile hash changes nothing and renders no markup', () => {
    const address = window.location.href;
    try {
      for (const hash of ['#region=ie&lang=cy&section=family', '#region=<img src=x onerror=alert(1)>&lang=%3Cscript%3E']) {
        window.location.hash = hash;
        const { container, unmount } = renderGuide();
        expect(screen.getByLabelText('Help for')).toHaveProperty('value', 'uk');
        expect(document.documentElement.lang).toBe('en');
        expect(document.activeElement?.id).not.toBe('family-heading');
        expect(container.querySelector('img, script')).toBeNull();
        expect(container.innerHTML).not.toContain('onerror');
        unmount();
      }
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('lists the permissions the manifest reports, read live rather than written in', async () => {
    renderGuide({ loadFacts: async () => ({ version: '1.2.3', permissions: ['storage'], host_permissions: ['<all_urls>'] }) });
    const privacy = screen.getByRole('region', { name: 'About Signpost and your privacy' });
    expect(await within(privacy).findByText('storage')).toBeTruthy();
    expect(within(privacy).getByText('<all_urls>')).toBeTruthy();
    expect(within(privacy).queryByText(/holds no permissions/)).toBeNull();
    expect(within(privacy).getByText('Signpost version 1.2.3.')).toBeTruthy();
  });

  it.each([
    ['Alt+Shift+K', 'Press Alt+Shift+K to open Signpost’s popup.'],
    ['', 'No keyboard shortcut is set for Signpost.'],
  ])('shows the keyboard shortcut the browser reports (%j), and where to change it', async (shortcut, sentence) => {
    renderGuide({ loadFacts: async () => ({ version: '1.2.3', shortcut }) });
    const privacy = screen.getByRole('region', { name: 'About Signpost and your privacy' });
    expect(await within(privacy).findByText((_, element) => element?.tagName === 'P' && element.textContent === sentence)).toBeTruthy();
    expect(within(privacy).getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
  });

  it('says nothing of a shortcut where the browser has none to give (Firefox for Android)', async () => {
    renderGuide({ loadFacts: async () => ({ version: '1.2.3' }) });
    const privacy = screen.getByRole('region', { name: 'About Signpost and your privacy' });
    await within(privacy).findByText('Signpost version 1.2.3.');
    expect(within(privacy).queryByText(/^Press |No keyboard shortcut/)).toBeNull();
  });

  it.each(['en', 'cy', 'de', 'nl', 'fr'] as const)(
    'says in %s how to allow Signpost in a private window in each browser, and what the browser then forgets',
    async (lang) => {
      renderGuide({ lang });
      const messages = messagesFor(lang);
      const privacy = screen.getByRole('region', { name: messages['section.privacy'] });
      expect(await within(privacy).findByRole('heading', { level: 3, name: messages['privacy.privateHeading'] })).toBeTruthy();
      const steps = within(privacy).getAllByRole('listitem').map((item) => item.textContent);
      for (const [key, place] of [
        ['privacy.privateChrome', 'chrome://extensions'],
        ['privacy.privateEdge', 'edge://extensions'],
        ['privacy.privateFirefox', 'about:addons'],
        ['privacy.privateAndroid', 'Android'],
      ] as const) {
        expect(steps).toContain(messages[key]);
        expect(messages[key]).toContain(place);
      }
      expect(within(privacy).getByText(messages['privacy.private']!)).toBeTruthy();
    },
  );

  it.each(['en', 'cy', 'de', 'nl', 'fr'] as const)('names in %s what the browser keeps on its own, and how to clear it (PRIVACY.md’s list)', async (lang) => {
    renderGuide({ lang });
    const messages = messagesFor(lang);
    const privacy = screen.getByRole('region', { name: messages['section.privacy'] });
    expect(await within(privacy).findByRole('heading', { level: 3, name: messages['privacy.keptHeading'] })).toBeTruthy();
    const items = within(privacy).getAllByRole('listitem').map((item) => item.textContent);
    for (const key of ['keptSites', 'keptTile', 'keptCache', 'keptClick', 'keptSync', 'keptInstalled'] as const) {
      expect(items).toContain(messages[`privacy.${key}`]);
    }
  });

  it('asks for the privacy section’s words only after first paint, and shows its heading alone until they are in', async () => {
    const words = deferred<PrivacyWords>();
    const loadPrivacy = vi.fn(() => words.promise);
    renderGuide({ loadPrivacy });
    const privacy = screen.getByRole('region', { name: 'About Signpost and your privacy' });
    expect(loadPrivacy).not.toHaveBeenCalled();
    await waitFor(() => expect(loadPrivacy).toHaveBeenCalledWith('en'));
    expect(privacy.getAttribute('aria-busy')).toBe('true');
    expect(privacy.children).toHaveLength(1);
    // The contents still lead to it.
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Contents' })).getByRole('link', { name: 'About Signpost and your privacy' }));
    expect(document.activeElement?.id).toBe('privacy-heading');
    words.resolve(PACK_FILES.privacy('en'));
    expect(await within(privacy).findByRole('heading', { level: 3, name: 'Permissions' })).toBeTruthy();
    expect(privacy.hasAttribute('aria-busy')).toBe(false);
    expect(loadPrivacy).toHaveBeenCalledOnce();
  });

  it.each(['the page’s pack', 'the privacy words'])(
    'shows the privacy section in one language at a time when the language changes, %s arriving first',
    async (first) => {
      const pack = deferred<GuidePack>();
      const welsh = deferred<PrivacyWords>();
      const loadPrivacy = vi.fn(async (lang: Lang) => (lang === 'cy' ? welsh.promise : PACK_FILES.privacy(lang)));
      renderGuide({ loadPack: () => pack.promise, loadPrivacy });
      const privacy = document.getElementById('privacy')!;
      await within(privacy).findByRole('heading', { level: 3, name: 'Permissions' });
      // Which languages' privacy sentences the section shows (those the two languages word differently).
      const sentences = (lang: Lang, other: Lang) =>
        Object.values(PACK_FILES.privacy(lang)).filter((sentence) => !Object.values(PACK_FILES.privacy(other)).includes(sentence));
      const shown = () => {
        const text = privacy.textContent ?? '';
        return (['en', 'cy'] as const).filter((lang) => sentences(lang, lang === 'en' ? 'cy' : 'en').some((sentence) => text.includes(sentence)));
      };
      expect(shown()).toEqual(['en']);
      fireEvent.change(document.getElementById('lang')!, { target: { value: 'cy' } });
      await waitFor(() => expect(loadPrivacy).toHaveBeenCalledWith('cy'));
      if (first === 'the page’s pack') {
        pack.resolve(guidePack('uk', 'cy'));
        await waitFor(() => expect(document.documentElement.lang).toBe('cy'));
        // Its heading alone, in Welsh, until the Welsh words are in.
        expect(shown()).toEqual([]);
        expect(privacy.getAttribute('aria-busy')).toBe('true');
        expect(privacy.textContent).toBe(messagesFor('cy')['section.privacy']);
        welsh.resolve(PACK_FILES.privacy('cy'));
      } else {
        welsh.resolve(PACK_FILES.privacy('cy'));
        await welsh.promise;
        await new Promise((resolve) => setTimeout(resolve, 0));
        // The page is still English, and so is the section.
        expect(document.documentElement.lang).toBe('en');
        expect(shown()).toEqual(['en']);
        pack.resolve(guidePack('uk', 'cy'));
      }
      await waitFor(() => expect([document.documentElement.lang, ...shown()]).toEqual(['cy', 'cy']));
    },
  );

  it('says it holds no permissions when the manifest has none', async () => {
    renderGuide();
    expect(await screen.findByText('None. Your browser reports that Signpost holds no permissions.')).toBeTruthy();
  });

  it('exits from the button and from Shift pressed three times', () => {
    const { exit } = renderGuide();
    fireEvent.click(screen.getByRole('button', { name: 'Exit this page' }));
    expect(exit).toHaveBeenCalledTimes(1);
    for (let press = 0; press < 3; press++) fireEvent.keyDown(document, { key: 'Shift' });
    expect(exit).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(document, { key: 'Shift' });
    fireEvent.keyDown(document, { key: 'a' });
    fireEvent.keyDown(document, { key: 'Shift' });
    expect(exit).toHaveBeenCalledTimes(2);
  });

  it('copies the card’s details for a message', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderGuide();
    // The card loads after the first paint.
    fireEvent.click(await screen.findByRole('button', { name: 'Copy these details' }));
    expect(await screen.findByText('Details copied. You can paste them into a message.')).toBeTruthy();
    const text = writeText.mock.calls[0]?.[0] as string;
    expect(text).toContain('0808 1000 900');
    expect(text).toContain('Monday to Thursday, 9am to 9pm (UK time)');
    expect(text).toContain('Samaritans, 116 123');
  });

  it('prints the card with the browser’s print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderGuide();
    fireEvent.click(await screen.findByRole('button', { name: 'Print a card' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByTestId('print-card').querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe(
      'QR code for https://www.stopitnow.org.uk/helpline/',
    );
  });
});

/** Which cells an SVG path of straight outlines fills (even-odd rule, at each cell's centre). */
function rasterisePath(d: string, size: number): boolean[][] {
  const polygons = d
    .split('Z')
    .map((part) => [...part.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const))
    .filter((polygon) => polygon.length > 2);
  const inside = (px: number, py: number) => {
    let crossings = 0;
    for (const polygon of polygons) {
      for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
        const [xi, yi] = polygon[i]!;
        const [xj, yj] = polygon[j]!;
        if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) crossings++;
      }
    }
    return crossings % 2 === 1;
  };
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => inside(x + 0.5, y + 0.5)));
}

function decode(cells: boolean[][]): string | undefined {
  const scale = 4;
  const quiet = 4;
  const side = (cells.length + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  cells.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          pixels[offset] = pixels[offset + 1] = pixels[offset + 2] = 0;
        }
      }
    }),
  );
  return jsQR(pixels, side, side)?.data;
}

describe('says only what is true where Signpost knows little', () => {
  it('warns never to save an image in every region, "Somewhere else" too, and gives no advice no source gives', () => {
    for (const region of REGION_IDS) {
      const { container, unmount } = renderGuide({ region });
      const report = container.querySelector('#report')!;
      expect(report.textContent, region).toContain('Never download, screenshot, save or send an image');
      expect(report.textContent, region).not.toContain('contact the police');
      unmount();
    }
  });

  it('promises no one to talk to where it knows no helpline', () => {
    const { container } = renderGuide({ region: 'elsewhere' });
    expect(container.querySelector('#self')!.textContent).not.toContain('without giving your name');
  });

  it('names the place’s own number for a child in danger in the young people’s section', () => {
    const { container } = renderGuide({ region: 'nz' });
    const young = container.querySelector('#young')!.textContent ?? '';
    expect(young).toContain('call 111');
    expect(young).not.toContain('local emergency number');
  });

  it('says a helpline needs no name only where the sheet says so', () => {
    const self = (region: RegionId) => {
      const { container, unmount } = renderGuide({ region });
      const text = container.querySelector('#self')!.textContent ?? '';
      unmount();
      return text;
    };
    // France's STOP and New Zealand's Safe to talk: not stated.
    expect(self('fr')).not.toContain('without giving your name');
    expect(self('nz')).not.toContain('without giving your name');
    expect(self('be')).toContain('without giving your name');
  });
});

describe('the QR code', () => {
  it.each(REGION_IDS.map((region) => [region]))('the page draws for %s decodes to exactly its address', async (region) => {
    const { container } = renderGuide({ region });
    // The card, then its code, load after the first paint.
    await waitFor(() => expect(container.querySelector('.qr-code')).not.toBeNull());
    const svg = container.querySelector('.qr-code')!;
    await waitFor(() => expect(svg.querySelector('path')).not.toBeNull());
    const url = svg.getAttribute('aria-label')!.replace('QR code for ', '');
    const [, , side] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const size = side! - 8;
    expect(size).toBe(generate(url).size);
    const cells = rasterisePath(svg.querySelector('path')!.getAttribute('d')!, size);
    expect(decode(cells)).toBe(url);
  });

  it('decoding can fail: a damaged code does not give the address', () => {
    const url = 'https://www.stopitnow.org.uk/helpline/';
    const code = generate(url);
    const cells = Array.from({ length: code.size }, (_, y) => Array.from({ length: code.size }, (_, x) => code.get(x, y)));
    expect(decode(cells)).toBe(url);
    for (let y = 0; y < 7; y++) for (let x = 0; x < 7; x++) cells[y]![x] = false;
    expect(decode(cells)).not.toBe(url);
  });
});
