/**
 * Where a record is read: its own page (/actors/<id>, /events/<id>,
 * /sources/<id>) when the build made one, else the explorer selecting it
 * (/?actor=<id>). A large dataset gets pages for its first records of each
 * kind only (app/_server/static-params.ts); the explorer reads every record.
 */
export type RecordKind = 'actor' | 'event' | 'source';

const SEGMENTS: Record<RecordKind, string> = { actor: 'actors', event: 'events', source: 'sources' };

/** The record's own page. */
export function recordPagePath(kind: RecordKind, id: string): string {
  return `/${SEGMENTS[kind]}/${encodeURIComponent(id)}`;
}

/** The explorer with the record selected (its URL state: lib/url-state). */
export function explorerRecordPath(kind: RecordKind, id: string): string {
  return `/?${kind}=${encodeURIComponent(id)}`;
}

/** The record's page if `hasPage`, else the explorer on it. */
export function recordPath(kind: RecordKind, id: string, hasPage: boolean): string {
  return hasPage ? recordPagePath(kind, id) : explorerRecordPath(kind, id);
}

/**
 * The record a record page's path names (`/events/e-1`, with or without a
 * trailing slash or `.html`, as a static host may serve it), or null for any
 * other path or an id that does not decode.
 */
export function recordOfPath(pathname: string): { kind: RecordKind; id: string } | null {
  const match = /^\/(actors|events|sources)\/([^/]+?)(?:\.html)?\/?$/.exec(pathname);
  if (!match) return null;
  const kind = (Object.keys(SEGMENTS) as RecordKind[]).find((k) => SEGMENTS[k] === match[1])!;
  try {
    const id = decodeURIComponent(match[2]!);
    return id.trim() === '' ? null : { kind, id };
  } catch {
    return null;
  }
}
