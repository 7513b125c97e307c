/**
 * Types and formatting for the locale modules. This file imports no sentences, so the guide
 * loads only the language it shows (see load.ts); tests use all of them (all.ts).
 */
import type { ComponentChild } from 'preact';
import type enGuide from './en/guide';
import type enPopup from './en/popup';
import type { Lang } from './langs';
import type { GuideServiceWords, PopupServiceWords, ServiceWords } from './words';

export type { GuideServiceWords, PopupServiceWords, ServiceWords };

/** Every language words exactly the services and fields English does. */
type SameServices<T> = { readonly [Id in keyof T]: { readonly [Field in keyof T[Id]]: string } };

type English = Omit<typeof enPopup, 'services'> & Omit<typeof enGuide, 'services'>;
/** Sentences the popup uses (and the guide too). */
export type PopupKey = Exclude<keyof typeof enPopup, 'services'>;
/** Sentences only the guide uses; the popup never loads them. */
export type GuideKey = Exclude<keyof typeof enGuide, 'services'>;
export type MessageKey = PopupKey | GuideKey;
export type PopupMessages = { readonly [K in PopupKey]: string } & {
  readonly services: SameServices<(typeof enPopup)['services']>;
};
export type GuideMessages = { readonly [K in GuideKey]: string } & {
  readonly services: SameServices<(typeof enGuide)['services']>;
};
/** What a page holds: every popup sentence, the guide's where the guide is open, and the services' words of both. */
export type Messages = { readonly [K in PopupKey]: string } & { readonly [K in GuideKey]?: string } & {
  readonly services: Readonly<Record<string, ServiceWords>>;
};

/** A language's popup and guide words as one: each service's fields from both files. */
export function joinWords(popup: PopupMessages, guide: GuideMessages): Messages {
  const services: Record<string, ServiceWords> = {};
  for (const [id, words] of [...Object.entries(popup.services), ...Object.entries(guide.services)]) {
    services[id] = { ...services[id], ...(words as ServiceWords) };
  }
  return { ...popup, ...guide, services };
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

export interface Translator {
  lang: Lang;
  t<K extends MessageKey>(key: K, ...params: Placeholders<English[K]> extends never ? [] : [Params<K>]): string;
  parts<K extends MessageKey>(key: K, params: Record<Placeholders<English[K]>, ComponentChild>): ComponentChild[];
  /** The words about a service, by its id: none where the language has none for it. */
  service(id: string): ServiceWords;
  /** A sentence with its {placeholders} unfilled, for lib/sentences.ts. */
  template(key: MessageKey): string;
}

export function translator(lang: Lang, messages: Messages): Translator {
  // A guide sentence asked for where only the popup's are loaded is a bug: say so loudly.
  const sentence = (key: MessageKey): string => {
    const value = (messages as Record<MessageKey, string | undefined>)[key];
    if (value === undefined) throw new Error(`No sentence "${key}" is loaded in ${lang}`);
    return value;
  };
  return {
    lang,
    t: (key, ...params) => format(sentence(key), params[0] as Record<string, string> | undefined),
    parts: (key, params) => formatParts(sentence(key), params),
    service: (id) => (Object.hasOwn(messages.services, id) ? messages.services[id]! : {}),
    template: sentence,
  };
}
