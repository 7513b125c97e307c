/**
 * Types and formatting for the locale modules. This file imports no sentences: a page gets
 * its words in its pack (lib/pack.ts); the build and the tests read them all (all.ts).
 */
import type { ComponentChild } from 'preact';
import type { REGIONS } from '@/data/directory';
import type { ONLINE } from '@/data/online';
import type enGuide from './en/guide';
import type enPopup from './en/popup';
import type { Lang } from './langs';
import type { RegionWords, ServicesWords } from './words';

type English = typeof enPopup & typeof enGuide;
/** Sentences the popup uses (and the guide too). */
export type PopupKey = keyof typeof enPopup;
/** Sentences only the guide uses; the popup never loads them. */
export type GuideKey = keyof typeof enGuide;
export type MessageKey = PopupKey | GuideKey;
/** The guide's privacy section's sentences: their own file, which loads after first paint (lib/pack.ts). */
export type PrivacyKey = Extract<GuideKey, `privacy.${string}`>;
/** The sentences a page's own translator gives: all but the privacy section's. */
export type PageKey = Exclude<MessageKey, PrivacyKey>;
export type PopupMessages = { readonly [K in PopupKey]: string };
export type GuideMessages = { readonly [K in GuideKey]: string };
/** What a page holds: every popup sentence, and the guide's where the guide is open. */
export type Messages = PopupMessages & Partial<GuideMessages>;

/** A language's words about every region, by its id: a region with no words fails `tsc`. */
export type RegionsWords = { readonly [R in (typeof REGIONS)[number] as R['id']]: RegionWords<R> };

/** Every word of one language (locales/<code>/index.ts). */
export interface LanguageWords {
  popup: PopupMessages;
  guide: GuideMessages;
  online: ServicesWords<typeof ONLINE>;
  regions: RegionsWords;
}

/** The {names} in an English sentence, as a union of string literals. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type Params<K extends MessageKey> = Record<Placeholders<English[K]>, string>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * A sentence with its placeholders filled in, as plain text. Only the params' own keys
 * count: "{constructor}" is never filled from Object's prototype.
 */
export function format(template: string, params: Record<string, string> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? params[name]! : whole));
}

/** A sentence whose placeholders may be elements (a link inside a sentence). */
export function formatParts(
  template: string,
  params: Record<string, ComponentChild>,
): ComponentChild[] {
  const parts: ComponentChild[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    parts.push(template.slice(last, match.index));
    parts.push(Object.hasOwn(params, name) ? params[name] : match[0]);
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(template.slice(last));
  return parts.filter((part) => part !== '');
}

/**
 * The sentences of one language, by key. Typed by the keys it may be asked for: a page's
 * (PageKey) by default, so a component that asks the page for a privacy sentence fails tsc.
 */
export interface Translator<Key extends MessageKey = PageKey> {
  lang: Lang;
  t<K extends Key>(key: K, ...params: Placeholders<English[K]> extends never ? [] : [Params<K>]): string;
  parts<K extends Key>(key: K, params: Record<Placeholders<English[K]>, ComponentChild>): ComponentChild[];
  /** A sentence with its {placeholders} unfilled, for lib/sentences.ts. */
  template(key: Key): string;
}

export function translator<Key extends MessageKey = PageKey>(
  lang: Lang,
  messages: Readonly<Partial<Record<Key, string>>>,
): Translator<Key> {
  // A guide sentence asked for where only the popup's are loaded is a bug: say so loudly.
  const sentence = (key: Key): string => {
    const value = (messages as Record<Key, string | undefined>)[key];
    if (value === undefined) throw new Error(`No sentence "${key}" is loaded in ${lang}`);
    return value;
  };
  return {
    lang,
    t: (key, ...params) => format(sentence(key), params[0] as Record<string, string> | undefined),
    parts: (key, params) => formatParts(sentence(key), params),
    template: sentence,
  };
}
