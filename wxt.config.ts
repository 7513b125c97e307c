import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Extension pages may load only their own files and may connect nowhere, so the browser
// itself enforces "sends nothing", whatever the code does.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // The pages show no image: the QR code is drawn as inline SVG.
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "media-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Fixed so that Firefox keeps one add-on identity across versions and stores.
export const GECKO_ID = 'signpost@signpost-help.invalid';

/**
 * The keyboard shortcut that opens the popup. Alt+Shift+K is in none of the lists of
 * shortcuts the browsers and ChromeOS keep (Chrome: Alt+Shift+A, B, I, T; ChromeOS:
 * Alt+Shift+I, L, M, N, P, S, V; Firefox: no Alt+Shift+letter), and Chrome needs Ctrl or
 * Alt in a shortcut. On a Mac Option+Shift types characters, so there it is Control+Shift+K.
 */
const SHORTCUT = { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' };

export default defineConfig({
  hooks: {
    // WXT sets each build's chunk names itself; this runs after, on the final config.
    'vite:build:extendConfig': (_entrypoints, config) => {
      const output = config.build?.rollupOptions?.output;
      if (output && !Array.isArray(output)) {
        // Chunks by their names: the card as chunks/Card-….js.
        output.chunkFileNames = 'chunks/[name]-[hash].js';
      }
    },
  },
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    developmentIndicator: false,
  },
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: {
      // No source maps in the package: smaller, and nothing for a reviewer to wonder about.
      sourcemap: false,
      // Vite's preload polyfill fetches modules itself; every target browser preloads natively.
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extensionName__',
    short_name: '__MSG_extensionShortName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // The popup is public/popup.html: a static page that runs the bundled popup.js.
    action: { default_title: '__MSG_extensionShortName__', default_popup: 'popup.html' },
    // The guide is entrypoints/guide/, WXT's unlisted page guide.html.
    options_ui: { page: 'guide.html', open_in_tab: true },
    // WXT writes this as the plain string MV2 expects for the Firefox MV2 build.
    content_security_policy: { extension_pages: CONTENT_SECURITY_POLICY },
    // A command is not a permission: it asks for nothing.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: { suggested_key: SHORTCUT },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: data_collection_permissions needs 142 there too.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chrome and Edge: in a private window (once the person allows Signpost there), the
          // popup and the guide run in that window's own profile, so the guide opens in that
          // window and is forgotten with it. The default ("spanning") can never open an
          // extension page in a private window: the guide would land in a normal window, and in
          // its history. Firefox has no split mode, and installs an extension that asks for it
          // as never allowed in private windows: only this build says it.
          incognito: 'split' as const,
        }),
  }),
});
