import type { ComponentChildren } from 'preact';
import { useTranslator } from '../locales/context';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
}

/** A link to another website: a new tab, and no referrer or opener handed to it. */
export function ExternalLink({ href, children, class: className }: Props) {
  const tr = useTranslator();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="visually-hidden"> {tr.t('link.newTab')}</span>
    </a>
  );
}
