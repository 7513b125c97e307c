/**
 * What a tap on a number opens: the phone's dialler (tel:) or, for a text line, its
 * messages (sms:). A number that can be dialled only inside its country (Australia's 1800
 * and 13 numbers) is linked as dialled there, without the +61. Only digits and a leading +
 * ever go into the address: anything else is a bug in the data, and fails loudly.
 */
import { REGIONS } from '@/data/directory';
import type { Phone } from '@/data/types';

/** Each numbering plan's calling code, from the regions' homes. */
const CALLING_CODES = new Map(
  REGIONS.flatMap((region): [string, string][] =>
    region.numbering ? [[region.numbering.country, region.numbering.callingCode]] : [],
  ),
);

export function dialHref(phone: Phone): string {
  if (!/^\+?\d+$/.test(phone.e164)) throw new Error(`Not a number to dial: ${phone.e164}`);
  const scheme = phone.text ? 'sms' : 'tel';
  if (!phone.national) return `${scheme}:${phone.e164}`;
  const code = CALLING_CODES.get(phone.country);
  if (!code) throw new Error(`No calling code for ${phone.country}`);
  const prefix = `+${code}`;
  if (!phone.e164.startsWith(prefix)) throw new Error(`${phone.e164} is not a ${phone.country} number`);
  return `${scheme}:${phone.e164.slice(prefix.length)}`;
}
