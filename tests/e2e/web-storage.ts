/** What a page holds in web storage, read inside the page (Playwright and Puppeteer alike). */
export async function readWebStorage() {
  const api = globalThis as { chrome?: { storage?: unknown }; browser?: { storage?: unknown } };
  return {
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    cookie: document.cookie,
    // Without the "storage" permission the extension storage API is not there at all.
    storageApi: typeof (api.browser?.storage ?? api.chrome?.storage),
  };
}

export const NOTHING_STORED = {
  localStorage: 0,
  sessionStorage: 0,
  indexedDB: [],
  caches: [],
  cookie: '',
  storageApi: 'undefined',
};
