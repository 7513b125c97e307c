import { afterEach, describe, expect, it } from 'vitest';
import { POPUP_MESSAGES } from '@/locales/all';
import { loadPopupMessages, packPath, packScript } from '@/locales/popup-messages';

/** The script element the loader added for a language, if any. */
const scriptFor = (code: string) => document.head.querySelector<HTMLScriptElement>(`script[src="${packPath(code)}"]`);

afterEach(() => {
  for (const script of document.head.querySelectorAll('script')) script.remove();
  delete (globalThis as { signpostPopupLanguages?: unknown }).signpostPopupLanguages;
});

describe('the popup’s language packs', () => {
  it('gives English at once, with no script', async () => {
    await expect(loadPopupMessages('en')).resolves.toBe(POPUP_MESSAGES.en);
    expect(document.head.querySelectorAll('script')).toHaveLength(0);
  });

  it('loads another language from its pack, once', async () => {
    const loading = loadPopupMessages('cy');
    const script = scriptFor('cy');
    expect(script).not.toBeNull();
    // What the browser does with the built file: run it, then fire load.
    new Function(packScript('cy', POPUP_MESSAGES.cy))();
    script!.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toEqual(POPUP_MESSAGES.cy);
    script!.remove();
    await expect(loadPopupMessages('cy')).resolves.toEqual(POPUP_MESSAGES.cy);
    expect(scriptFor('cy')).toBeNull();
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
