/**
 * Runs inside a Signpost page (Playwright and Puppeteer alike): works every control that
 * keeps the person on the page, in every region and language, and answers what it used.
 * Links to other websites are left to the caller, who hovers, focuses or clicks them.
 * Self-contained, because it is sent to the page as source.
 */
export async function useEveryControlInPage(): Promise<{ regions: string[]; langs: string[]; used: number }> {
  // A print dialog is one the test could not close; printing changes nothing on the page.
  window.print = () => undefined;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
  const regionSelect = () => document.querySelector<HTMLSelectElement>('#region');
  const regions = [...(regionSelect()?.options ?? [])].map((option) => option.value);
  const langs: string[] = [];
  let used = 0;

  const useAll = async () => {
    for (const summary of document.querySelectorAll<HTMLElement>('summary')) {
      summary.click();
      used++;
    }
    for (const button of document.querySelectorAll<HTMLButtonElement>('button:not([data-exit])')) {
      button.click();
      used++;
    }
    // The skip link and the guide's contents: links that stay on the page.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      link.click();
      used++;
      await settle();
    }
  };

  // Every language the switch offers.
  const langSelect = () => document.querySelector<HTMLSelectElement>('#lang');
  const codes = [...(langSelect()?.options ?? [])].map((option) => option.value);
  for (const code of codes) {
    if (document.documentElement.lang !== code) {
      const select = langSelect()!;
      select.value = code;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      used++;
      for (let wait = 0; wait < 100 && document.documentElement.lang !== code; wait++) await settle();
    }
    langs.push(document.documentElement.lang);
    for (const region of regions) {
      const select = regionSelect()!;
      select.value = region;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      used++;
      await settle();
      await useAll();
    }
  }
  return { regions, langs, used };
}
