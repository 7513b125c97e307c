import type { PackPhone } from '@/lib/pack';
import { useTranslator } from '@/locales/context';

interface Props {
  phone: PackPhone;
  large?: boolean;
  /** Inside a sentence that already says "call" (or "text"): then its name is the number alone. */
  afterCall?: boolean;
}

/** A number that dials when tapped (a text line opens messaging). Its name says so. */
export function PhoneLink({ phone, large = false, afterCall = false }: Props) {
  const tr = useTranslator();
  const label = afterCall ? undefined : tr.t(phone.text ? 'helpline.text' : 'helpline.call', { number: phone.display });
  return (
    <a href={phone.href} class={large ? 'phone phone-large' : 'phone'} aria-label={label}>
      {phone.display}
    </a>
  );
}

/**
 * A number on a line of its own: a text line says so in words ("Text 4334"), since its
 * digits alone read like a number to call.
 */
export function NumberOnItsOwn({ phone }: { phone: PackPhone }) {
  const tr = useTranslator();
  return <>{phone.text ? tr.parts('helpline.text', { number: <PhoneLink phone={phone} afterCall /> }) : <PhoneLink phone={phone} />}</>;
}
