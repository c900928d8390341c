import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_INFO, type FormatInfo } from '../lib/exchange/formats';

/**
 * Every URL the production server answers, listed from the dataset itself
 * (not from the build), so a page added to the data is checked without
 * editing a test: the security-headers and URL-fuzz specs walk these.
 */
const DATA = join(__dirname, '..', 'data');

function ids(file: string): string[] {
  return (JSON.parse(readFileSync(join(DATA, file), 'utf8')) as { id: string }[]).map((record) => record.id);
}

function idsOfFolder(folder: string): string[] {
  return readdirSync(join(DATA, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export const ACTOR_IDS = ids('actors.json');
export const EVENT_IDS = ids('events.json');
export const SOURCE_IDS = idsOfFolder('sources');
export const BRIEFING_IDS = idsOfFolder('briefings');

/** Every HTML page, answered with 200. */
export const PAGE_ROUTES: readonly string[] = [
  '/',
  '/actors',
  ...ACTOR_IDS.map((id) => `/actors/${id}`),
  '/events',
  ...EVENT_IDS.map((id) => `/events/${id}`),
  '/sources',
  ...SOURCE_IDS.map((id) => `/sources/${id}`),
  '/briefing',
  ...BRIEFING_IDS.flatMap((id) => [`/briefing/${id}`, `/briefing/${id}/presenter`, `/briefing/${id}/print`]),
];

/** The exchange downloads, `/export/<fileName>`, with the format each must declare. */
export const EXPORT_FILES: readonly FormatInfo[] = FORMAT_INFO;

/** One route of each kind with a dynamic segment, for junk in that segment. */
export const DYNAMIC_PREFIXES: readonly string[] = ['/actors/', '/events/', '/sources/', '/briefing/', '/export/'];
