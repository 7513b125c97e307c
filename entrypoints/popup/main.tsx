import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { browserDefaults } from '../../lib/region';
import { loadPopupMessages as loadMessages } from '../../locales/load';
import '../../assets/signpost.css';

async function openGuide() {
  // The browser API wrapper is needed only here, so it loads on this click, not before.
  const { browser } = await import('wxt/browser');
  await browser.runtime.openOptionsPage();
  window.close();
}

const initial = browserDefaults();
const messages = await loadMessages(initial.lang);
render(
  <PopupApp initial={initial} messages={messages} loadMessages={loadMessages} openGuide={() => void openGuide()} />,
  document.getElementById('app')!,
);
