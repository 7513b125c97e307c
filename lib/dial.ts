/**
 * What a tap on a number opens: the phone's dialler (tel:) or, for a text line, its
 * messages (sms:). A number that can be dialled only inside its country (Australia's 1800
 * and 13 numbers) is linked as dialled there, without the +61. Only digits and a leading +
 * ever go into the address: anything else is a bug in the data, and fails loudly.
 */
import type { Phone } from '@/data/types';

/** Country calling codes, for the numbers the directory holds. */
const COUNTRY_CODES: Record<Phone['country'], string> = { GB: '44', IE: '353', US: '1', AU: '61', DE: '49' };

export function dialHref(phone: Phone): string {
  if (!/^\+?\d+$/.test(phone.e164)) throw new Error(`Not a number to dial: ${phone.e164}`);
  const scheme = phone.text ? 'sms' : 'tel';
  if (!phone.national) return `${scheme}:${phone.e164}`;
  const prefix = `+${COUNTRY_CODES[phone.country]}`;
  if (!phone.e164.startsWith(prefix)) throw new Error(`${phone.e164} is not a ${phone.country} number`);
  return `${scheme}:${phone.e164.slice(prefix.length)}`;
}
