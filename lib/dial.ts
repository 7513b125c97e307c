/**
 * What a tap on a number opens: the phone's dialler (tel:) or, for a text line, its
 * messages (sms:). Only digits and a leading + ever go into the address: anything else is
 * a bug in the data, and fails loudly.
 */
import type { Phone } from '@/data/types';

export function dialHref(phone: Phone): string {
  if (!/^\+?\d+$/.test(phone.e164)) throw new Error(`Not a number to dial: ${phone.e164}`);
  return `${phone.text ? 'sms' : 'tel'}:${phone.e164}`;
}
