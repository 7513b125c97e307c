import { telHref } from '../data/directory';
import type { Phone } from '../data/types';
import { useTranslator } from '../locales/context';

interface Props {
  phone: Phone;
  large?: boolean;
}

/**
 * A number that dials when tapped (a text line opens messaging). Its name says so. Only
 * digits and a leading + ever go into the link: anything else is a bug in the data.
 */
export function PhoneLink({ phone, large = false }: Props) {
  const tr = useTranslator();
  if (!/^\+?\d+$/.test(phone.e164)) throw new Error(`Not a number to dial: ${phone.e164}`);
  const href = phone.text ? `sms:${phone.e164}` : telHref(phone);
  const label = tr.t(phone.text ? 'helpline.text' : 'helpline.call', { number: phone.display });
  return (
    <a href={href} class={large ? 'phone phone-large' : 'phone'} aria-label={label}>
      {phone.display}
    </a>
  );
}
