/**
 * Checks on the characters of the dataset, before any schema: what no
 * renderer can show faithfully is refused here with its file and place,
 * instead of turning into U+FFFD or a broken page later.
 *
 * - Bytes that are not UTF-8 (a Windows-1256 or UTF-16 file saved into
 *   data/): the decoder would silently replace them, and the passages and
 *   hashes would then be over text nobody wrote.
 * - Lone surrogates in JSON strings (`"\ud800"`): JSON allows the escape,
 *   but it is not a Unicode character; it cannot be written as UTF-8 and
 *   comes out of every page, export and search as U+FFFD.
 * - NUL and the other C0 control characters (tab and line breaks aside) in
 *   JSON strings, and NUL in a source text: never part of a news article,
 *   always a sign of binary data or a broken copy.
 *
 * Markup, bidi controls, zero-width characters and combining marks are
 * valid text: the views render every string as text (never as HTML) and
 * isolate its direction, and the hostile-data e2e suite proves it.
 */

/** Where, in UTF-16 code units, a string holds a surrogate with no partner; -1 when it holds none. */
export function loneSurrogateAt(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return i;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return i;
  }
  return -1;
}

/** Control characters a JSON string of the dataset may not hold: C0 except tab, LF and CR, and DEL. */
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function hex(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a string cannot be part of the dataset, or null when its characters are fine. */
export function stringProblem(value: string): string | null {
  const lone = loneSurrogateAt(value);
  if (lone >= 0) {
    return `holds a lone surrogate ${hex(value.charCodeAt(lone))} at character ${lone}: half of a UTF-16 pair, not a Unicode character (it cannot be stored as UTF-8 and would show as �); remove it or write the whole character`;
  }
  const control = FORBIDDEN_CONTROL.exec(value);
  if (control) {
    return `holds the control character ${hex(control[0].charCodeAt(0))} at character ${control.index}: binary data or a broken copy, not text`;
  }
  return null;
}

/** Reports every string (keys included) of a parsed JSON value whose characters `stringProblem` refuses. */
export function checkJsonStrings(value: unknown, path: string, report: (path: string, message: string) => void): void {
  if (typeof value === 'string') {
    const problem = stringProblem(value);
    if (problem) report(path, `The text ${problem}.`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkJsonStrings(item, `${path}[${index}]`, report));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = stringProblem(key);
      if (keyProblem) report(path, `A field name ${keyProblem}.`);
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
      checkJsonStrings(item, `${path}${name}`, report);
    }
  }
}

/** Offset of the first byte that breaks UTF-8, or -1 when all of `bytes` is valid UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Slow path, only to say where: walk the sequences until one does not decode.
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i] ?? 0;
      const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      if (length === 0) return i;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
      i += length;
    }
    return 0;
  }
}

/** The sentence for a file whose bytes are not UTF-8 at `offset`, with how to convert the likely encoding. */
export function notUtf8Message(bytes: Uint8Array, offset: number): string {
  const byte = `0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}`;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const hint = utf16
    ? ' It starts with a UTF-16 byte-order mark; convert it with `iconv -f UTF-16 -t UTF-8`.'
    : ' Arabic text in a single-byte encoding is usually Windows-1256; convert it with `iconv -f WINDOWS-1256 -t UTF-8`.';
  return `The file is not valid UTF-8 (byte ${byte} at byte offset ${offset}).${hint}`;
}
