/**
 * The guide fetches only the language it shows, from the extension's own files; the other
 * comes when asked for. Keeps its first paint small. (The popup's sentences are few, so the
 * popup's one script carries both languages: see entrypoints/popup-script.tsx.)
 */
import type { Lang } from '../lib/region';
import type { Messages } from './index';

const BASE: Record<Lang, () => Promise<Messages>> = {
  en: () => import('./en').then((module) => module.en),
  cy: () => import('./cy').then((module) => module.cy),
};

const GUIDE: Record<Lang, () => Promise<Messages>> = {
  en: () => Promise.all([BASE.en(), import('./en-guide')]).then(([base, guide]) => ({ ...base, ...guide.enGuide })),
  cy: () => Promise.all([BASE.cy(), import('./cy-guide')]).then(([base, guide]) => ({ ...base, ...guide.cyGuide })),
};

export const loadGuideMessages = (lang: Lang): Promise<Messages> => GUIDE[lang]();
