import type { ComponentChild } from 'preact';
import type { Lang } from '../lib/region';
import { cy } from './cy';
import { en } from './en';

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

/** The {names} in an English sentence, as a union of string literals. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type Params<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string>;

export const MESSAGES: Record<Lang, Messages> = { en, cy };

/** BCP 47 tags for Intl: GOV.UK-style dates and times follow British English. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', cy: 'cy' };

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** A sentence with its placeholders filled in, as plain text. */
export function format(template: string, params: Record<string, string> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => params[name] ?? whole);
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
    parts.push(name in params ? params[name] : match[0]);
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(template.slice(last));
  return parts.filter((part) => part !== '');
}

export interface Translator {
  lang: Lang;
  intlLocale: string;
  t<K extends MessageKey>(key: K, ...params: Placeholders<(typeof en)[K]> extends never ? [] : [Params<K>]): string;
  parts<K extends MessageKey>(key: K, params: Record<Placeholders<(typeof en)[K]>, ComponentChild>): ComponentChild[];
  has(key: string): key is MessageKey;
  /** For keys built from data ("service.<id>.about"): the sentence, or undefined if none. */
  maybe(key: string, params?: Record<string, string>): string | undefined;
  maybeParts(key: string, params: Record<string, ComponentChild>): ComponentChild[] | undefined;
}

export function translator(lang: Lang): Translator {
  const messages = MESSAGES[lang];
  return {
    lang,
    intlLocale: INTL_LOCALE[lang],
    t: (key, ...params) => format(messages[key], params[0] as Record<string, string> | undefined),
    parts: (key, params) => formatParts(messages[key], params),
    has: (key): key is MessageKey => Object.hasOwn(messages, key),
    maybe: (key, params) =>
      Object.hasOwn(messages, key) ? format(messages[key as MessageKey], params) : undefined,
    maybeParts: (key, params) =>
      Object.hasOwn(messages, key) ? formatParts(messages[key as MessageKey], params) : undefined,
  };
}
