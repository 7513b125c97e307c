import { useState } from 'preact/hooks';

export type CopyOutcome = 'idle' | 'copied' | 'failed';

/**
 * Copies text for someone to paste elsewhere. Where the browser refuses the clipboard, the
 * text is selected on the page instead, so the person can copy it themselves.
 */
export function useCopy(): [CopyOutcome, (text: string, fallback: HTMLElement | null) => Promise<void>] {
  const [outcome, setOutcome] = useState<CopyOutcome>('idle');
  async function copy(text: string, fallback: HTMLElement | null) {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      const selection = window.getSelection();
      if (fallback && selection) selection.selectAllChildren(fallback);
      setOutcome('failed');
    }
  }
  return [outcome, copy];
}
