import type { ComponentChildren } from 'preact';
import { useTranslator } from '@/locales/context';
import { useHeldAddress } from './use-held-address';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
}

/**
 * A link that opens in a new tab, says so to screen readers, and hands on no referrer or
 * opener. A link to another website holds its address back while a pointer is over it, so
 * that a press the person takes back names no site (use-held-address.ts).
 */
export function NewTabLink({ href, children, class: className }: Props) {
  const tr = useTranslator();
  return (
    <a target="_blank" rel="noopener noreferrer" class={className} {...useHeldAddress(href)}>
      {children}
      <span class="visually-hidden"> {tr.t('link.newTab')}</span>
    </a>
  );
}
