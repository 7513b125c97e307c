/**
 * The popup's one script. WXT builds it alone, as an unlisted script (popup.js), and
 * public/popup.html runs it as a plain script at the end of its body. Why the popup is a
 * static page and not a WXT HTML entrypoint: see the comment in public/popup.html.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PopupApp } from '@/components/popup/PopupApp';
import { browserDefaults } from '@/lib/region';
import { loadPopupMessages } from '@/locales/popup-messages';
// The shared rules, then the popup's own: the guide's stay out of the popup.
import '@/assets/shared.css';
import '@/assets/popup.css';

export default defineUnlistedScript({
  // Nothing else shares the page, so the bundle needs no global name.
  globalName: false,
  async main() {
    let initial = browserDefaults();
    // The popup waits for its language's pack, so it paints once, in its language.
    const messages = await loadPopupMessages(initial.lang).catch(async (error: unknown) => {
      // Never a blank popup: English, with the failure in the console.
      console.error(error);
      initial = { ...initial, lang: 'en' };
      return loadPopupMessages('en');
    });
    render(
      <PopupApp initial={initial} messages={messages} loadMessages={loadPopupMessages} />,
      document.getElementById('app')!,
    );
  },
});
