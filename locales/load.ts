/**
 * A page fetches only the language it shows, from the extension's own files, and the
 * popup only the popup's sentences; the rest comes when asked for. Keeps first paint small.
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

export const loadPopupMessages = (lang: Lang): Promise<Messages> => BASE[lang]();
export const loadGuideMessages = (lang: Lang): Promise<Messages> => GUIDE[lang]();
