import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GuideApp } from '../../components/GuideApp';
import { exitPage } from '../../lib/exit';
import '../../assets/signpost.css';

function exit() {
  void exitPage({
    blank: () => document.body.replaceChildren(),
    currentTabId: async () => (await browser.tabs.getCurrent())?.id,
    removeTab: (id) => browser.tabs.remove(id),
    replaceWithBlank: () => window.location.replace('about:blank'),
  });
}

render(
  <GuideApp
    hash={window.location.hash}
    manifest={browser.runtime.getManifest()}
    exit={exit}
    replaceHash={(hash) => history.replaceState(null, '', hash)}
  />,
  document.getElementById('app')!,
);
