import { describe, expect, it } from 'vitest';
import { POPUP_MESSAGES } from '@/locales/all';
import { LANG_CODES } from '@/locales/langs';
import { languagePacks } from '@/modules/popup-languages';

describe('languagePacks', () => {
  it('writes a pack for every language in LANGS, English’s too: popup.js holds no sentence', async () => {
    const packs = await languagePacks(process.cwd());
    expect(packs.map((pack) => pack.relativeDest)).toEqual(LANG_CODES.map((code) => `popup-lang/${code}.js`));
  });

  it('each pack, run, gives exactly its language’s popup sentences', async () => {
    const scope: { signpostPopupLanguages?: Record<string, unknown> } = {};
    for (const pack of await languagePacks(process.cwd())) {
      // Run with globalThis as a scope of its own, so nothing leaks into other tests.
      new Function('globalThis', pack.contents)(scope);
    }
    const codes = LANG_CODES;
    // A list in the order of English's sentences, then its services' words.
    const { services, ...sentences } = POPUP_MESSAGES.en;
    const inOrder = (code: (typeof codes)[number]) => {
      const words = POPUP_MESSAGES[code] as unknown as Record<string, string> & { services: Record<string, Record<string, string>> };
      return [
        ...Object.keys(sentences).map((key) => words[key]),
        ...Object.entries(services).flatMap(([id, fields]) => Object.keys(fields).map((field) => words.services[id]![field])),
      ];
    };
    expect(scope.signpostPopupLanguages).toEqual(Object.fromEntries(codes.map((code) => [code, inOrder(code)])));
  });
});
