/**
 * The popup's one script. WXT builds it alone, as an unlisted script (popup.js), and
 * public/popup.html runs it as a plain script at the end of its body. Why the popup is a
 * static page and not a WXT HTML entrypoint: see the comment in public/popup.html.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PopupApp } from '@/components/popup/PopupApp';
import { browserDefaults } from '@/lib/region';
import { POPUP_MESSAGES } from '@/locales/popup-messages';
import '@/assets/signpost.css';

export default defineUnlistedScript({
  // Nothing else shares the page, so the bundle needs no global name.
  globalName: false,
  main() {
    render(<PopupApp initial={browserDefaults()} messages={POPUP_MESSAGES} />, document.getElementById('app')!);
  },
});
