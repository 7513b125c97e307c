/**
 * Types and formatting for the locale modules. This file imports no sentences, so the guide
 * loads only the language it shows (see load.ts); tests use all of them (all.ts).
 */
import type { ComponentChild } from 'preact';
import type enGuide from './en/guide';
import type enPopup from './en/popup';
import type { Lang } from './langs';

type English = typeof enPopup & typeof enGuide;
/** Sentences the popup uses (and the guide too). */
export type PopupKey = keyof typeof enPopup;
/** Sentences only the guide uses; the popup never loads them. */
export type GuideKey = keyof typeof enGuide;
export type MessageKey = PopupKey | GuideKey;
export type PopupMessages = { readonly [K in PopupKey]: string };
export type GuideMessages = { readonly [K in GuideKey]: string };
/** What a page holds: every popup sentence, and the guide's where the guide is open. */
export type Messages = PopupMessages & Partial<GuideMessages>;

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
  has(key: string): key is MessageKey;
  /** For keys built from data ("service.<id>.about"): the sentence, or undefined if none. */
  maybe(key: string, params?: Record<string, string>): string | undefined;
  maybeParts(key: string, params: Record<string, ComponentChild>): ComponentChild[] | undefined;
}

export function translator(lang: Lang, messages: Messages): Translator {
  // A guide sentence asked for where only the popup's are loaded is a bug: say so loudly.
  const sentence = (key: MessageKey): string => {
    const value = messages[key];
    if (value === undefined) throw new Error(`No sentence "${key}" is loaded in ${lang}`);
    return value;
  };
  return {
    lang,
    t: (key, ...params) => format(sentence(key), params[0] as Record<string, string> | undefined),
    parts: (key, params) => formatParts(sentence(key), params),
    has: (key): key is MessageKey => Object.hasOwn(messages, key),
    maybe: (key, params) =>
      Object.hasOwn(messages, key) ? format(sentence(key as MessageKey), params) : undefined,
    maybeParts: (key, params) =>
      Object.hasOwn(messages, key) ? formatParts(sentence(key as MessageKey), params) : undefined,
  };
}
