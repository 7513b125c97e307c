import { render } from 'preact';
import { GuideApp } from '@/components/guide/GuideApp';
import type { InstalledFacts } from '@/components/guide/PrivacySection';
import { exitPage } from '@/lib/exit';
import { loadGuidePack as load, loadPrivacyWords } from '@/lib/load-pack';
import { browserDefaults } from '@/lib/region';
// The shared rules, then the guide's own (and its printed card's).
import '@/assets/shared.css';
import '@/assets/guide.css';

// The browser API wrapper loads after first paint: only the privacy section and the exit use it.
const browserApi = () => import('wxt/browser').then((module) => module.browser);

function exit() {
  void exitPage({
    blank: () => document.body.replaceChildren(),
    currentTabId: async () => (await (await browserApi()).tabs.getCurrent())?.id,
    removeTab: async (id) => (await browserApi()).tabs.remove(id),
    replaceWithBlank: () => window.location.replace('about:blank'),
  });
}

/** The manifest as the browser reads it, and the shortcut the person has (none on Android). */
async function loadFacts(): Promise<InstalledFacts> {
  const browser = await browserApi();
  const commands = browser.commands ? await browser.commands.getAll() : undefined;
  const popup = commands?.find((command) => command.name === '_execute_action' || command.name === '_execute_browser_action');
  return { ...browser.runtime.getManifest(), shortcut: commands ? (popup?.shortcut ?? '') : undefined };
}

// The guide opens as the browser's defaults say, never from its address (lib/guide.ts).
const { region, lang } = browserDefaults();
// No top-level await: what loads after the first paint (the card) can then share this
// script's code rather than split it in two.
void load(region, lang)
  .catch((error: unknown) => {
    console.error(error);
    return load(region, 'en');
  })
  .then((pack) =>
    render(
      <GuideApp pack={pack} loadPack={load} loadFacts={loadFacts} loadPrivacy={loadPrivacyWords} exit={exit} />,
      document.getElementById('app')!,
    ),
  );
