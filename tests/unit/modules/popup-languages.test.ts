import { describe, expect, it } from 'vitest';
import { POPUP_MESSAGES } from '@/locales/all';
import { LANG_CODES } from '@/locales/langs';
import { languagePacks } from '@/modules/popup-languages';

describe('languagePacks', () => {
  it('writes a pack for every language in LANGS but English, which popup.js carries', async () => {
    const packs = await languagePacks(process.cwd());
    expect(packs.map((pack) => pack.relativeDest)).toEqual(
      LANG_CODES.filter((code) => code !== 'en').map((code) => `popup-lang/${code}.js`),
    );
  });

  it('each pack, run, gives exactly its language’s popup sentences', async () => {
    const scope: { signpostPopupLanguages?: Record<string, unknown> } = {};
    for (const pack of await languagePacks(process.cwd())) {
      // Run with globalThis as a scope of its own, so nothing leaks into other tests.
      new Function('globalThis', pack.contents)(scope);
    }
    const codes = LANG_CODES.filter((code) => code !== 'en');
    // In the order of English's keys, which popup.js carries.
    const inOrder = (code: (typeof codes)[number]) => Object.keys(POPUP_MESSAGES.en).map((key) => POPUP_MESSAGES[code][key as keyof typeof POPUP_MESSAGES.en]);
    expect(scope.signpostPopupLanguages).toEqual(Object.fromEntries(codes.map((code) => [code, inOrder(code)])));
  });
});
