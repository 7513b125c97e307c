/**
 * Every language's popup sentences, in the popup's one script: they are few, and a switch
 * of language is then instant (see entrypoints/popup/index.tsx).
 */
import type { PopupMessages } from './index';
import { LANG_CODES, type Lang } from './langs';

const FILES = import.meta.glob<PopupMessages>('./*/popup.ts', { import: 'default', eager: true });

export const POPUP_MESSAGES = Object.fromEntries(
  LANG_CODES.map((code) => [code, FILES[`./${code}/popup.ts`]]),
) as Record<Lang, PopupMessages>;
