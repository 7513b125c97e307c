import type { ComponentChildren } from 'preact';
import { useTranslator } from '@/locales/context';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
}

/** A link that opens in a new tab, says so to screen readers, and hands on no referrer or opener. */
export function NewTabLink({ href, children, class: className }: Props) {
  const tr = useTranslator();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="visually-hidden"> {tr.t('link.newTab')}</span>
    </a>
  );
}
