/**
 * How a page gets its pack (lib/pack.ts): the file of its region in its language and the
 * file of its language, which the build writes (modules/packs.ts) and the page adds, side
 * by side, when it needs them, from the extension's own files (style-src 'self'; nothing
 * is fetched from the network). A file is a stylesheet that holds its data as one string,
 * not a script: Chromium's code cache keeps an entry named by the address of every script
 * of 1 KB or more that a page runs, with the time, which would tell anyone who looks which
 * region and language were read, and when. A stylesheet leaves no such entry.
 */
import type { RegionId } from '@/data/directory';
import type { Lang } from '@/locales/langs';
import {
  type GuideLanguagePack,
  type GuidePack,
  guidePackOf,
  type GuideRegionPack,
  type LanguagePack,
  type PackKind,
  type PopupPack,
  popupPackOf,
  type PopupRegion,
  type PrivacyWords,
} from './pack';

export type Pack<K extends PackKind> = K extends 'popup' ? PopupPack : GuidePack;

/** Where each file is in the build (absolute: both pages are at the root). */
export const PACK_PATHS = {
  language: (lang: string) => `/packs/${lang}.css`,
  guideLanguage: (lang: string) => `/packs/${lang}.guide.css`,
  /** The guide's privacy section's words, which it adds after its first paint. */
  privacy: (lang: string) => `/packs/${lang}.privacy.css`,
  popup: (region: string, lang: string) => `/packs/popup/${region}.${lang}.css`,
  guide: (region: string, lang: string) => `/packs/guide/${region}.${lang}.css`,
};

/** The one custom property a file's rule holds its data in; the rule matches no element. */
const PROPERTY = '--pack';

/** A file's whole text: a rule that applies to nothing and holds the data as one CSS string. */
export function packStylesheet(data: unknown): string {
  const json = JSON.stringify(data).replace(/["\\]/g, (character) => `\\${character}`);
  return `@charset "UTF-8";\n:not(*){${PROPERTY}:"${json}"}\n`;
}

/** The data of a file's rule: its CSS string, unquoted and unescaped, read as JSON. */
export function readPackRule(rule: { style: { getPropertyValue(name: string): string } }): unknown {
  const quoted = rule.style.getPropertyValue(PROPERTY).trim();
  if (!quoted.startsWith('"') || !quoted.endsWith('"')) throw new Error('A pack holds no string');
  return JSON.parse(quoted.slice(1, -1).replace(/\\(.)/g, '$1'));
}

const read = new Map<string, Promise<unknown>>();

/** One file's data (once): the stylesheet is read as it loads, then taken off the page. */
function loadFile<T>(path: string): Promise<T> {
  let data = read.get(path);
  if (!data) {
    data = new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = path;
      link.onload = () => {
        try {
          resolve(readPackRule(link.sheet!.cssRules[0] as CSSStyleRule));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(`${path} held no pack`));
        } finally {
          link.remove();
        }
      };
      link.onerror = () => {
        link.remove();
        reject(new Error(`${path} did not load`));
      };
      document.head.append(link);
    });
    // A failed file can be asked for again.
    data.catch(() => read.delete(path));
    read.set(path, data);
  }
  return data as Promise<T>;
}

/** The popup's pack of a region in a language: its two files load side by side. */
export const loadPopupPack: LoadPack<'popup'> = (region, lang) =>
  Promise.all([loadFile<LanguagePack>(PACK_PATHS.language(lang)), loadFile<PopupRegion>(PACK_PATHS.popup(region, lang))]).then(
    ([language, help]) => popupPackOf(lang, language, help),
  );

/** The guide's pack of a region in a language: its three files load side by side. */
export const loadGuidePack: LoadPack<'guide'> = (region, lang) =>
  Promise.all([
    loadFile<LanguagePack>(PACK_PATHS.language(lang)),
    loadFile<GuideLanguagePack>(PACK_PATHS.guideLanguage(lang)),
    loadFile<GuideRegionPack>(PACK_PATHS.guide(region, lang)),
  ]).then(([language, guide, help]) => guidePackOf(lang, language, guide, help));

/** The guide's privacy section's words in a language (after the first paint: components/guide/GuideApp.tsx). */
export const loadPrivacyWords = (lang: Lang): Promise<PrivacyWords> => loadFile<PrivacyWords>(PACK_PATHS.privacy(lang));

/** What a page asks for when the person chooses another region or language. */
export type LoadPack<K extends PackKind> = (region: RegionId, lang: Lang) => Promise<Pack<K>>;
