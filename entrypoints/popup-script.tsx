/**
 * The popup's script. WXT builds it as one self-contained file (an unlisted script), which
 * public/popup.html runs as a plain script at the end of its body: the popup fetches one file
 * and draws almost as soon as a static page would. Its stylesheet is built beside it.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PopupApp } from '../components/PopupApp';
import { browserDefaults } from '../lib/region';
import { cy } from '../locales/cy';
import { en } from '../locales/en';
import '../assets/signpost.css';

export default defineUnlistedScript({
  // Nothing else shares the page, so the bundle needs no global name.
  globalName: false,
  main() {
    render(<PopupApp initial={browserDefaults()} messages={{ en, cy }} />, document.getElementById('app')!);
  },
});
