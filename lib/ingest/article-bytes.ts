/**
 * What ingest refuses before reading an article as text, and how it says
 * so: a file too large to be one article, a binary file (an image, a PDF, a
 * word-processor file), and text in an encoding other than UTF-8, with the
 * encoding it looks like and the command that converts it. Pure: bytes in,
 * a sentence (or null) out.
 */
import { invalidUtf8Offset } from '../validate-text';

/**
 * The largest article ingest takes: 2 MiB. The longest news article in the
 * corpus is under 20 KB; a file past this is a whole site, a dump or binary
 * data, and its draft (every passage offset-checked) would take minutes.
 */
export const ARTICLE_MAX_BYTES = 2 * 1024 * 1024;

/** File signatures of what people mistake for an article, by their first bytes. */
const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document (copy its text out into a .txt file)', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive or a Word/OpenDocument file (save it as plain text, UTF-8)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Share of the decoded characters that are Arabic letters, among all letters. */
function arabicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  const arabic = letters.filter((c) => /\p{Script=Arabic}/u.test(c)).length;
  return letters.length === 0 ? 0 : arabic / letters.length;
}

/**
 * UTF-16 without a byte-order mark: text of mostly one-byte characters has a
 * NUL in every other byte, on the odd side for little-endian. Null when the
 * NULs do not fall that way (plain binary).
 */
function utf16WithoutMark(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  let even = 0;
  let odd = 0;
  const pairs = Math.min(bytes.length, 4096) >> 1;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  if (pairs === 0) return null;
  if (odd / pairs > 0.3 && even / pairs < 0.05) return 'UTF-16LE';
  if (even / pairs > 0.3 && odd / pairs < 0.05) return 'UTF-16BE';
  // Arabic in UTF-16 has no NULs in its letters, but its high bytes are 0x06 on one side.
  const sixes = (side: number) => {
    let n = 0;
    for (let i = side; i < pairs * 2; i += 2) if (bytes[i] === 0x06) n += 1;
    return n / pairs;
  };
  if (odd + even > 0 && sixes(1) > 0.3) return 'UTF-16LE';
  if (odd + even > 0 && sixes(0) > 0.3) return 'UTF-16BE';
  return null;
}

/**
 * Why these bytes cannot be ingested as an article, as a sentence to follow
 * the file name; null when they are UTF-8 text ingest can read. Empty and
 * whitespace-only files are left to the caller.
 */
export function articleBytesProblem(bytes: Uint8Array, size: number = bytes.length): string | null {
  if (size > ARTICLE_MAX_BYTES) {
    return `the file is ${mib(size)}, over the ${mib(ARTICLE_MAX_BYTES)} an article may be (ARTICLE_MAX_BYTES in lib/ingest/article-bytes.ts); is it one article? Split it, or copy the article's text out of it.`;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const [mark, name] = bytes[0] === 0xff ? ['FF FE', 'UTF-16LE'] : ['FE FF', 'UTF-16BE'];
    return `the file is UTF-16 (byte-order mark ${mark}): ${name}, not UTF-8; convert it with \`iconv -f ${name} -t UTF-8 FILE > FILE.utf8.txt\` (dropping the mark) and run ingest on the result.`;
  }
  for (const [what, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) return `the file is ${what}, not a text article: binary data (it contains NUL bytes or bytes that are not text).`;
  }
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) {
      return `the file contains NUL bytes: it looks like ${utf16} without a byte-order mark, not UTF-8; convert it with \`iconv -f ${utf16} -t UTF-8 FILE > FILE.utf8.txt\`.`;
    }
    return 'the file contains NUL bytes: binary data, not an article.';
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const where = `the file is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad})`;
    const arabic = arabicShare(new TextDecoder('windows-1256').decode(bytes));
    if (arabic > 0.5) {
      return `${where}; it reads as Arabic in Windows-1256 (Arabic Windows); convert it with \`iconv -f WINDOWS-1256 -t UTF-8 FILE > FILE.utf8.txt\`.`;
    }
    return `${where}; it is in a single-byte encoding (Windows-1256 for Arabic, Windows-1252 or ISO-8859-1 for Latin text); convert it, e.g. \`iconv -f WINDOWS-1256 -t UTF-8 FILE > FILE.utf8.txt\`, and save it as UTF-8.`;
  }
  return null;
}
