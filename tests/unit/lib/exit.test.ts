import { describe, expect, it, vi } from 'vitest';
import { exitPage } from '@/lib/exit';

describe('exitPage', () => {
  it('blanks the page first, then closes its tab', async () => {
    const calls: string[] = [];
    const result = await exitPage({
      blank: () => calls.push('blank'),
      currentTabId: async () => {
        calls.push('getCurrent');
        return 7;
      },
      removeTab: async (id) => {
        calls.push(`remove ${id}`);
      },
      replaceWithBlank: () => calls.push('replace'),
    });
    expect(result).toBe('closed');
    expect(calls).toEqual(['blank', 'getCurrent', 'remove 7']);
  });

  it.each([
    ['no tab (opened some other way)', async () => undefined, async () => undefined],
    ['the browser refuses to close it', async () => 3, async () => Promise.reject(new Error('no'))],
    ['the tab API is missing', async () => Promise.reject(new Error('undefined')), async () => undefined],
  ])('replaces the page with a blank one when %s', async (_name, currentTabId, removeTab) => {
    const replaceWithBlank = vi.fn();
    const blank = vi.fn();
    const result = await exitPage({ blank, currentTabId, removeTab, replaceWithBlank });
    expect(result).toBe('replaced');
    expect(blank).toHaveBeenCalledOnce();
    expect(replaceWithBlank).toHaveBeenCalledOnce();
  });
});
