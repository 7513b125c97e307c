/**
 * What a browser leaves behind, read from its own records rather than through a proxy (a
 * manual proxy hides Firefox's DNS prefetch): the hosts its resolver was asked for, and
 * the rows of its history database.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { SERVICES } from '../../data/directory';

/** Hosts Firefox's resolver was asked for, from a MOZ_LOG folder (see hostLogEnv). */
export function hostsFromMozLog(folder: string): string[] {
  const hosts = new Set<string>();
  for (const file of readdirSync(folder)) {
    const text = readFileSync(join(folder, file), 'utf8');
    for (const match of text.matchAll(/Resolving host \[([^\]]+)\]/g)) hosts.add(match[1]!.toLowerCase());
  }
  return [...hosts];
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { host?: string } }[];
}

/** Hosts Chromium's resolver was asked for, from its --log-net-log file. */
export function hostsFromNetLog(file: string): string[] {
  let text = readFileSync(file, 'utf8').trim();
  // A browser that did not shut down cleanly leaves the event list open.
  if (!text.endsWith('}')) text = `${text.replace(/,\s*$/, '')}]}`;
  const log = JSON.parse(text) as NetLog;
  const resolverTypes = new Set(
    Object.entries(log.constants.logEventTypes)
      .filter(([name]) => name.startsWith('HOST_RESOLVER'))
      .map(([, type]) => type),
  );
  const hosts = new Set<string>();
  for (const event of log.events) {
    const host = event.params?.host;
    if (!resolverTypes.has(event.type) || typeof host !== 'string') continue;
    // Chromium writes "https://name:port" or "name:port".
    hosts.add(host.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase());
  }
  return [...hosts];
}

// Second-level names under which organisations register (samaritans.org, iwf.org.uk).
const SHARED_SUFFIXES = new Set(['org.uk', 'co.uk', 'police.uk', 'gov.uk', 'gov.au', 'org.au', 'com.au', 'net.au']);

/** The site a host belongs to: "report.iwf.org.uk" and "www.iwf.org.uk" are both iwf.org.uk. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.');
  const keep = SHARED_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Every site a Signpost link leads to: none may be looked up before a person clicks. */
export const DIRECTORY_SITES: ReadonlySet<string> = new Set(
  SERVICES.flatMap((service) => (service.url ? [siteOf(new URL(service.url).hostname)] : [])),
);

/** The directory's sites among the hosts a resolver was asked for. */
export function directorySitesIn(hosts: readonly string[]): string[] {
  return [...new Set(hosts.map(siteOf).filter((site) => DIRECTORY_SITES.has(site)))].sort();
}

const require = createRequire(import.meta.url);

/** Rows of a query on an SQLite file (a closed browser's History or places.sqlite). */
export async function queryDatabase(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const SQL = await initSqlJs({ locateFile: (name: string) => require.resolve(`sql.js/dist/${name}`) });
  const db = new SQL.Database(readFileSync(file));
  try {
    const [result] = db.exec(sql);
    if (!result) return [];
    return result.values.map((row) => Object.fromEntries(result.columns.map((column, index) => [column, row[index]])));
  } finally {
    db.close();
  }
}
