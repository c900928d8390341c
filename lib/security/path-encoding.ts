/**
 * Whether a request path is well-formed percent-encoded UTF-8. Next decodes
 * each segment of a path that may match a dynamic route (`/actors/[id]`) and,
 * in 16.4, answers a segment it cannot decode (`%zz`, a lone `%`, the
 * surrogate bytes `%ED%A0%80`, the overlong `%C0%AF`) with a bare 500. The
 * proxy refuses such a path first, with a 400 that says why: it is the
 * client's malformed address, not a server failure.
 */

/** The first segment of `pathname` that is not valid percent-encoded UTF-8, or null when every segment is. */
export function malformedPathSegment(pathname: string): string | null {
  for (const segment of pathname.split('/')) {
    if (!segment.includes('%')) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      // URIError is how the standard decoder reports a malformed escape or invalid UTF-8: that is the answer sought.
      return segment;
    }
  }
  return null;
}

/** The body of the 400 answer; it never repeats the path, so nothing a link carried is reflected. */
export const MALFORMED_PATH_MESSAGE =
  'Bad request: this address is not valid percent-encoded UTF-8 (a "%" must be followed by two hexadecimal digits that spell UTF-8). Open / for the explorer.\n';
