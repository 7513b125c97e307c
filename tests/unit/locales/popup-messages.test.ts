import { afterEach, describe, expect, it } from 'vitest';
import { POPUP_MESSAGES } from '@/locales/all';
import { keysOnly, loadPopupMessages, packPath, packScript } from '@/locales/popup-messages';

/** The script element the loader added for a language, if any. */
const scriptFor = (code: string) => document.head.querySelector<HTMLScriptElement>(`script[src="${packPath(code)}"]`);

afterEach(() => {
  for (const script of document.head.querySelectorAll('script')) script.remove();
  delete (globalThis as { signpostPopupLanguages?: unknown }).signpostPopupLanguages;
});

describe('the popup’s language packs', () => {
  it('reads a pack by English’s keys alone, as the popup’s build has them', () => {
    // The popup's build keeps English's keys with no words; the order is all a pack needs.
    expect(JSON.stringify(keysOnly(POPUP_MESSAGES.en))).not.toMatch(/Confidential help|Samaritans/);
    expect(Object.keys(keysOnly(POPUP_MESSAGES.en))).toEqual(Object.keys(POPUP_MESSAGES.en));
  });

  it.each(['en', 'cy'] as const)('loads a language from its pack, once: %s', async (lang) => {
    const loading = loadPopupMessages(lang);
    const script = scriptFor(lang);
    expect(script).not.toBeNull();
    // What the browser does with the built file: run it, then fire load.
    new Function(packScript(lang, POPUP_MESSAGES[lang]))();
    script!.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toEqual(POPUP_MESSAGES[lang]);
    script!.remove();
    await expect(loadPopupMessages(lang)).resolves.toEqual(POPUP_MESSAGES[lang]);
    expect(scriptFor(lang)).toBeNull();
  });

  it('fails loudly when a pack is missing or holds another language', async () => {
    const missing = loadPopupMessages('de');
    scriptFor('de')!.dispatchEvent(new Event('error'));
    await expect(missing).rejects.toThrow(/did not load from .*\/popup-lang\/de.js$/);
    scriptFor('de')!.remove();

    const wrong = loadPopupMessages('de');
    new Function(packScript('cy', POPUP_MESSAGES.cy))();
    scriptFor('de')!.dispatchEvent(new Event('load'));
    await expect(wrong).rejects.toThrow('held no de sentences');
    scriptFor('de')!.remove();

    // A pack from another build, with another list of sentences, would misplace every one.
    const stale = loadPopupMessages('de');
    new Function('(globalThis.signpostPopupLanguages||={}).de=["Signpost"];')();
    scriptFor('de')!.dispatchEvent(new Event('load'));
    await expect(stale).rejects.toThrow('held no de sentences');
  });
});
