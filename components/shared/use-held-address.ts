import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';

/**
 * A press is not a click. Pressing the mouse (or a finger) on a link and moving away before
 * letting go, as a person who hesitates does, makes Chromium and Firefox look the link's
 * site up and connect to it, naming it on the network, though nothing is opened: Chromium
 * reads the address as the pointer goes down, before any page script runs; Firefox as it
 * handles the press. So while a pointer is over a link to another website, the link holds
 * its address back: a press then finds none. The address is given back the moment the link
 * is activated (click, middle click, Enter, the context menu: the browser reads it right
 * after these events, to open the page or build the menu) and when the pointer leaves. A
 * pointer is always over a link before it presses it (pointerover comes first, for a mouse,
 * a pen and a finger alike), and a link nobody points at keeps its address, for the
 * keyboard, for screen readers and for the status bar. While it holds its address back the
 * link keeps its role and its place in the tab order, so it is still announced as a link.
 */
export interface HeldAddress {
  href: string | undefined;
  ref?: RefObject<HTMLAnchorElement>;
  role?: 'link' | undefined;
  tabIndex?: 0 | undefined;
  onPointerOver?(): void;
  onPointerOut?(event: PointerEvent): void;
  onClickCapture?(): void;
  onAuxClickCapture?(): void;
  onContextMenuCapture?(): void;
  onKeyDownCapture?(event: KeyboardEvent): void;
}

/**
 * The address and the handlers of a link: one to another website holds its address back
 * while a pointer is over it. The handlers change the link itself, at once, because the
 * browser reads the address before Preact would draw again; a link drawn again while held
 * (a region chosen from the keyboard while the pointer rests on it) is drawn held.
 */
export function useHeldAddress(href: string): HeldAddress {
  const ref = useRef<HTMLAnchorElement>(null);
  const over = useRef(false);
  const address = useRef(href);
  address.current = href;
  // Signpost's own pages (the guide) are looked up nowhere.
  if (!href.startsWith('http')) return { href };
  const set = (held: boolean) => {
    const link = ref.current;
    if (!link) return;
    if (held) link.removeAttribute('href');
    else link.setAttribute('href', address.current);
    for (const [name, value] of [['role', 'link'], ['tabindex', '0']] as const) {
      if (held) link.setAttribute(name, value);
      else link.removeAttribute(name);
    }
  };
  // Once the browser has read the address, held back again if the pointer is still there.
  const activate = () => {
    set(false);
    setTimeout(() => over.current && set(true));
  };
  const held = over.current;
  return {
    ref,
    href: held ? undefined : href,
    role: held ? 'link' : undefined,
    tabIndex: held ? 0 : undefined,
    onPointerOver() {
      over.current = true;
      set(true);
    },
    onPointerOut(event) {
      // Moving onto the link's own words is not leaving it.
      if (event.relatedTarget instanceof Node && ref.current?.contains(event.relatedTarget)) return;
      over.current = false;
      set(false);
    },
    onClickCapture: activate,
    onAuxClickCapture: activate,
    onContextMenuCapture: activate,
    onKeyDownCapture(event) {
      if (event.key === 'Enter') activate();
    },
  };
}
