import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  document.documentElement.lang = '';
});

// jsdom has no layout; the guide scrolls a section into view from its contents.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
