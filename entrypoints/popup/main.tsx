import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import '../../assets/signpost.css';

function openGuide() {
  void browser.runtime.openOptionsPage().then(() => window.close());
}

render(<PopupApp openGuide={openGuide} />, document.getElementById('app')!);
