/**
 * The popup's one script. WXT builds it alone, as an unlisted script (popup.js), and
 * public/popup.html runs it as a plain script at the end of its body. Why the popup is a
 * static page and not a WXT HTML entrypoint: see the comment in public/popup.html.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PopupApp } from '@/components/popup/PopupApp';
import { loadPopupPack as load } from '@/lib/load-pack';
import { browserDefaults } from '@/lib/region';
// The shared rules, then the popup's own: the guide's stay out of the popup.
import '@/assets/shared.css';
import '@/assets/popup.css';

export default defineUnlistedScript({
  // Nothing else shares the page, so the bundle needs no global name.
  globalName: false,
  async main() {
    const { region, lang } = browserDefaults();
    // The popup waits for its region's pack in its language, so it paints once, in its language.
    const pack = await load(region, lang).catch((error: unknown) => {
      // Never a blank popup: English, with the failure in the console.
      console.error(error);
      return load(region, 'en');
    });
    render(<PopupApp pack={pack} loadPack={load} />, document.getElementById('app')!);
  },
});
