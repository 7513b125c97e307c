/**
 * The guide fetches only the language it shows, from the extension's own files; another
 * comes when asked for. Keeps its first paint small. The loaders are found from the files
 * themselves, one per language folder. (The popup loads its language's popup sentences
 * as a script of their own: popup-messages.ts.)
 */
import { type GuideMessages, joinWords, type Messages, type PopupMessages } from './index';
import type { Lang } from './langs';

const POPUP = import.meta.glob<PopupMessages>('./*/popup.ts', { import: 'default' });
const GUIDE = import.meta.glob<GuideMessages>('./*/guide.ts', { import: 'default' });

function load<T>(loaders: Record<string, () => Promise<T>>, path: string): Promise<T> {
  const loader = loaders[path];
  if (!loader) throw new Error(`No locale file ${path}`);
  return loader();
}

export async function loadGuideMessages(lang: Lang): Promise<Messages> {
  const [popup, guide] = await Promise.all([load(POPUP, `./${lang}/popup.ts`), load(GUIDE, `./${lang}/guide.ts`)]);
  return joinWords(popup, guide);
}
