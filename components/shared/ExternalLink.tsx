import type { ComponentChildren } from 'preact';
import { NewTabLink } from './NewTabLink';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
}

/** Another organisation's website, in a new tab. Only https: addresses: anything else is a bug. */
export function ExternalLink(props: Props) {
  if (!/^https:\/\/[^/\s]+/.test(props.href)) throw new Error(`Not an https: address: ${props.href}`);
  return <NewTabLink {...props} />;
}
