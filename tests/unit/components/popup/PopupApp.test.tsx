import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { REGION_IDS, type RegionId } from '@/data/directory';
import { popupPack } from '@/lib/project';
import type { Lang } from '@/locales/langs';

// Inside the holiday days the packs carry (from the newest check of the region's facts,
// 2026-11-29 for the UK), and not holidays.
const FRIDAY_4PM = new Date('2026-12-04T16:00:00Z');
const SATURDAY_NOON = new Date('2026-12-05T12:00:00Z');

function renderPopup(region: RegionId = 'uk', lang: Lang = 'en', now = FRIDAY_4PM) {
  const loadPack = vi.fn(async (wanted: RegionId, wantedLang: Lang) => popupPack(wanted, wantedLang));
  const view = render(<PopupApp pack={popupPack(region, lang)} loadPack={loadPack} now={now} userTimeZone="Europe/London" />);
  return { ...view, loadPack };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the popup on a bank holiday, with only the popup’s own words', () => {
  // Christmas Day 2026, a Friday. The popup says only that the hours may differ: the usual
  // hours of the day are the guide's.
  const CHRISTMAS_NOON = new Date('2026-12-25T12:00:00Z');
  it.each<[Lang, string]>([
    ['en', 'Today is a bank holiday in the UK, so the hours may differ.'],
    ['cy', 'Mae’n ŵyl banc yn y DU heddiw, felly gall yr oriau fod yn wahanol.'],
    ['de', 'Heute ist ein gesetzlicher Feiertag im Vereinigten Königreich, daher können die Zeiten abweichen.'],
  ])('in %s', (lang, status) => {
    const { container } = renderPopup('uk', lang, CHRISTMAS_NOON);
    expect(container.querySelector('.open-status')?.textContent).toBe(status);
  });
});

describe('the popup', () => {
  it('shows the helpline number first, linked to dial it', () => {
    renderPopup();
    const link = screen.getByRole('link', { name: 'Call 0808 1000 900' });
    expect(link.getAttribute('href')).toBe('tel:+448081000900');
    expect(link.textContent).toBe('0808 1000 900');
    const [first] = screen.getAllByRole('link');
    expect(first).toBe(link);
    expect(screen.getByText(/Free from UK phones\. Confidential: you don’t have to give your name\./)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it.each([
    [FRIDAY_4PM, 'Open now, until 5pm UK time.'],
    [SATURDAY_NOON, 'Closed now. Opens Monday at 9am UK time.'],
  ])('at %s shows the right status', (now, status) => {
    renderPopup('uk', 'en', now);
    expect(screen.getByText(status)).toBeTruthy();
    // The general note is the guide's: the popup's status names a holiday when it matters.
    expect(screen.queryByText('Hours may differ on public holidays.')).toBeNull();
  });

  it('switches to Cymraeg: the text and <html lang> change', async () => {
    renderPopup();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'cy' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cael help'));
    await waitFor(() => expect(document.documentElement.lang).toBe('cy'));
    expect(screen.getByText('Ar agor nawr, tan 5yh amser y DU.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ffoniwch 0808 1000 900' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Iaith' }), { target: { value: 'en' } });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('shows the Ireland number first, and says the call is charged', () => {
    renderPopup('ie');
    const phones = screen.getAllByRole('link', { name: /^Call / });
    expect(phones[0]?.textContent).toBe('+44 1372 847 161');
    expect(phones[0]?.getAttribute('href')).toBe('tel:+441372847161');
    expect(screen.getByText(/Your phone provider may charge for the call/)).toBeTruthy();
  });

  it('changes region from the picker, in the page only, loading that region’s pack', async () => {
    const { loadPack } = renderPopup();
    fireEvent.change(screen.getByLabelText('Help for'), { target: { value: 'us' } });
    expect(await screen.findByRole('link', { name: 'Call 1-888-773-8368' })).toBeTruthy();
    expect(loadPack).toHaveBeenCalledWith('us', 'en');
    expect(screen.getByLabelText('Help for')).toHaveProperty('value', 'us');
    // The US helpline's hours are not verified: no open or closed status at all.
    expect(screen.queryByText(/Open now|Closed now/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Call 0808 1000 900' })).toBeNull();
  });

  it('keeps showing the pack it has until the next one is in', async () => {
    let arrive: () => void = () => undefined;
    const later = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    render(
      <PopupApp
        pack={popupPack('uk', 'en')}
        loadPack={async (region, lang) => {
          await later;
          return popupPack(region, lang);
        }}
        now={FRIDAY_4PM}
        userTimeZone="Europe/London"
      />,
    );
    fireEvent.change(screen.getByLabelText('Help for'), { target: { value: 'us' } });
    expect(screen.getByRole('link', { name: 'Call 0808 1000 900' })).toBeTruthy();
    arrive();
    expect(await screen.findByRole('link', { name: 'Call 1-888-773-8368' })).toBeTruthy();
  });

  it.each(REGION_IDS.map((region) => [region]))('keeps a crisis line, your own life and a child in danger on screen for %s', (region) => {
    renderPopup(region);
    const crisis = screen.getByRole('region', { name: 'If you need help now' });
    expect(within(crisis).getByText(/Struggling to cope\?/)).toBeTruthy();
    expect(within(crisis).getByText(/^If your life is in danger, call/)).toBeTruthy();
    expect(within(crisis).getByText(/A child in danger now/)).toBeTruthy();
  });

  it.each([
    ['uk', 'Samaritans', '116 123', '999', '999'],
    ['ie', 'Samaritans', '116 123', '112', '112'],
    ['us', '988', '988', '911', '911'],
    ['au', 'Lifeline', '13 11 14', '000', '000'],
    // In Germany a child in danger is the police's call (110); 112 is for your own life.
    ['de', 'TelefonSeelsorge', '0800 111 0 111', '112', '110'],
    ['ca', '9-8-8: Suicide Crisis Helpline', '988', '911', '911'],
    // Switzerland: the ambulance for your own life, the police for a child, each "(or 112)".
    ['ch', 'Die Dargebotene Hand / La Main Tendue', '143', '144', '117'],
    ['at', 'Telefonseelsorge', '142', '144', '133'],
    // Norway: 113 for your own life, the police's 112 for a child.
    ['no', 'Kirkens SOS', '22 40 00 40', '113', '112'],
  ] as const)('in %s names %s, the number for your own life and for a child in danger', (region, _name, crisisNumber, ownLife, child) => {
    renderPopup(region);
    const crisis = screen.getByRole('region', { name: 'If you need help now' });
    expect(within(crisis).getByRole('link', { name: `Call ${crisisNumber}` })).toBeTruthy();
    expect(within(crisis).getByText(/^If your life is in danger, call/).querySelector('a')?.textContent).toBe(ownLife);
    expect(within(crisis).getByText(/^A child in danger now: call/).querySelector('a')?.textContent).toBe(child);
  });

  it('names a service by its own name, and links its page, in the reader’s language (Canada, in French)', () => {
    renderPopup('ca', 'fr');
    expect(screen.getByRole('heading', { level: 2, name: 'Parler pour changer' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Aller sur le site Parler pour changer/ }).getAttribute('href')).toBe('https://parlerpourchanger.ca/');
    expect(screen.getByRole('link', { name: /^Jeunesse, J’écoute/ }).getAttribute('href')).toBe('https://kidshelpphone.ca/');
    expect(screen.queryByText(/Talking for Change|Kids Help Phone/)).toBeNull();
  });

  it('leads with the online programmes where there is no helpline, and still lists the young people’s line (Switzerland)', () => {
    const { container } = renderPopup('ch');
    expect(screen.getByText(/Signpost does not know a helpline for where you are/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Troubled Desire/ })).toBeTruthy();
    expect(container.querySelector('.own-life')?.textContent).toBe('If your life is in danger, call 144 (or 112).');
    expect(container.querySelector('.child-in-danger')?.textContent).toBe('A child in danger now: call 117 (or 112).');
    const young = screen.getByRole('region', { name: 'More help' }).querySelector('li');
    expect(young?.textContent).toBe('A child or young person? Pro Juventute: 147, free and confidential, any time');
    expect(young?.querySelector('a')?.getAttribute('href')).toBe('tel:147');
    // 143 is never "free": a call costs at most CHF 0.20.
    expect(container.querySelector('.crisis-line')?.textContent).toBe(
      'Struggling to cope? Call Die Dargebotene Hand / La Main Tendue on 143, any time, anonymously. A call costs at most CHF 0.20.',
    );
  });

  it('shows a helpline with no number by its name, what it is and keeps, and its link (Norway)', () => {
    const { container } = renderPopup('no');
    expect(screen.getByRole('heading', { level: 2, name: 'Det finnes hjelp' })).toBeTruthy();
    expect(screen.getByText(/^An anonymous chat with a psychologist/).textContent).toContain(
      'The chat is deleted when it ends; your IP address and the time you start are kept for 7 days.',
    );
    expect(screen.getByRole('link', { name: /^Chat with a psychologist without saying who you are/ }).getAttribute('href')).toBe(
      'https://detfinneshjelp.no/snakk-med-oss-anonymt',
    );
    // Its number is only for when the chat does not work: the popup never dials it.
    expect(container.querySelector('a[href$="80099900"]')).toBeNull();
    expect(container.textContent).not.toContain('800 99 900');
    const young = screen.getByRole('region', { name: 'More help' }).querySelector('li');
    expect(young?.textContent).toMatch(/the child welfare service’s line: 116 111, .* Every contact is recorded\.$/);
  });

  it.each<RegionId>(['us', 'be', 'fr', 'nz'])('shows no "More help" heading with nothing under it in %s', (region) => {
    const { container } = renderPopup(region);
    expect(container.textContent).not.toContain('More help');
  });

  it('says toll-free, as the sheet does, for the US helpline', () => {
    renderPopup('us');
    expect(screen.getByText(/^Toll-free\./)).toBeTruthy();
  });

  it('says in one sentence what the helpline passes on (the guide, one click away, has the full wording)', () => {
    renderPopup();
    expect(
      screen.getByText(
        'If you identify yourself and also say something that identifies a child who has been abused or is at risk, or suggests anyone else is at risk of harm, they pass it on. They also pass on details of any crime.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Details of any criminal offence are also passed on/)).toBeNull();
    expect(screen.getByRole('link', { name: /^Open the full guide/ })).toBeTruthy();
  });

  it('opens external links in a new tab without referrer or opener', () => {
    const { container } = renderPopup();
    const external = [...container.querySelectorAll('a[href^="https:"]')];
    expect(external.length).toBeGreaterThan(2);
    for (const link of external) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('says it is independent and stores nothing', () => {
    renderPopup();
    expect(screen.getByText('Signpost stores nothing and sends nothing.')).toBeTruthy();
    expect(screen.getByText('Independent of Stop It Now!')).toBeTruthy();
  });

  it('links to the full guide in a new tab, carrying no choice made here in its address', async () => {
    renderPopup();
    const guide = () => screen.getByRole('link', { name: /^(Open the full guide|Agor y canllaw llawn)/ });
    expect(guide().getAttribute('href')).toBe('/guide.html');
    expect(guide().getAttribute('target')).toBe('_blank');
    expect(guide().textContent).toBe('Open the full guide (opens in a new tab)');
    fireEvent.change(screen.getByLabelText('Help for'), { target: { value: 'ie' } });
    await screen.findByRole('link', { name: 'Call +44 1372 847 161' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'cy' } });
    await waitFor(() => expect(guide().textContent).toMatch(/^Agor y canllaw llawn/));
    expect(guide().getAttribute('href')).toBe('/guide.html');
  });

  it('copies the number and announces it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Number copied: 0808 1000 900')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('0808 1000 900');
    expect(screen.getByRole('status').textContent).toBe('Number copied: 0808 1000 900');
  });

  it('selects the number when the clipboard is refused', async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/Could not copy\. The number is selected/)).toBeTruthy();
    expect(window.getSelection()?.toString()).toBe('0808 1000 900');
  });

  it('offers the online programmes where no helpline is known', () => {
    renderPopup('elsewhere');
    expect(screen.getByText(/Signpost does not know a helpline for where you are/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Troubled Desire/ })).toBeTruthy();
    expect(screen.getByText('A child in danger now: call your local emergency number.')).toBeTruthy();
    expect(screen.getByText('If your life is in danger, call your local emergency number.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Find a free, confidential helpline in your country/ }).getAttribute('href')).toBe(
      'https://findahelpline.com/',
    );
  });
});

describe('the popup stores nothing and sends nothing', () => {
  it('calls no storage or network API while used', async () => {
    const spies = [
      vi.spyOn(Storage.prototype, 'setItem'),
      vi.spyOn(Storage.prototype, 'getItem'),
      vi.spyOn(window, 'open'),
      ...(['local', 'session', 'sync'] as const).flatMap((area) => [
        vi.spyOn(fakeBrowser.storage[area], 'set'),
        vi.spyOn(fakeBrowser.storage[area], 'get'),
      ]),
    ];
    const sendBeacon = vi.fn();
    Object.defineProperty(navigator, 'sendBeacon', { value: sendBeacon, configurable: true });
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const xhrOpen = vi.spyOn(XMLHttpRequest.prototype, 'open');
    const idbOpen = vi.fn();
    vi.stubGlobal('indexedDB', { open: idbOpen });
    const cookieSet = vi.fn();
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: cookieSet });

    try {
      const writeText = vi.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      renderPopup();
      fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'cy' } });
      fireEvent.change(await screen.findByLabelText('Help ar gyfer'), { target: { value: 'ie' } });
      fireEvent.click(screen.getByRole('button', { name: 'Copïo' }));
      await screen.findByText(/Rhif wedi’i gopïo/);

      for (const spy of [...spies, sendBeacon, fetchSpy, xhrOpen, idbOpen, cookieSet]) {
        expect(spy).not.toHaveBeenCalled();
      }
    } finally {
      Object.defineProperty(document, 'cookie', cookie);
      vi.unstubAllGlobals();
    }
  });
});
