import { telHref } from '../data/directory';
import type { Phone } from '../data/types';
import { useTranslator } from '../locales/context';

interface Props {
  phone: Phone;
  large?: boolean;
}

/** A number that dials when tapped (a text line opens messaging). Its name says so. */
export function PhoneLink({ phone, large = false }: Props) {
  const tr = useTranslator();
  const href = phone.text ? `sms:${phone.e164}` : telHref(phone);
  const label = tr.t(phone.text ? 'helpline.text' : 'helpline.call', { number: phone.display });
  return (
    <a href={href} class={large ? 'phone phone-large' : 'phone'} aria-label={label}>
      {phone.display}
    </a>
  );
}
