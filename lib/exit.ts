/**
 * Leaving the guide in a hurry: blank the page at once, then close the tab. Closing needs
 * no permission (tabs.getCurrent and tabs.remove work on the extension's own tab); where
 * the tab cannot be closed, the page is replaced by a blank one, so Back does not return.
 */
export interface ExitDeps {
  blank: () => void;
  currentTabId: () => Promise<number | undefined>;
  removeTab: (id: number) => Promise<void>;
  replaceWithBlank: () => void;
}

export async function exitPage(deps: ExitDeps): Promise<'closed' | 'replaced'> {
  deps.blank();
  try {
    const id = await deps.currentTabId();
    if (id === undefined) throw new Error('not in a tab');
    await deps.removeTab(id);
    return 'closed';
  } catch {
    deps.replaceWithBlank();
    return 'replaced';
  }
}
