/**
 * The hostile strings the hostile dataset carries and the e2e suite looks
 * for. Every script payload would set `window.__pwned` if it ever ran.
 */
export const PAYLOAD = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=1">',
  svg: '<svg onload="window.__pwned=1">',
  link: 'javascript:window.__pwned=1',
  /** A spreadsheet formula: CSV exports must not let Excel evaluate it. */
  formula: '=HYPERLINK("http://127.0.0.1:9/x","open")',
  /** Right-to-left override (U+202E) closed by pop directional formatting (U+202C). */
  bidi: '\u202Eevil name\u202C',
  /** A right-to-left override left open: unless isolated, it reverses everything after it in its paragraph. */
  bidiOpen: '\u202Eopen override',
  /** Zero-width space, non-joiner, joiner and a stray byte-order mark inside a word. */
  zeroWidth: 'مت\u200Bحدث\u200Cخ\u200Dفي\uFEFF',
  /** Combining marks stacked on every letter. */
  zalgo: 'Z\u0351\u0352\u0357\u035B\u0300\u0301a\u0302\u0303\u0304\u0305l\u0306\u0307\u0308\u0309g\u030A\u030B\u030C\u030Do\u030E\u030F\u0310\u0311',
} as const;

/** Source ids of the hostile dataset. */
export const HOSTILE_SOURCE = 'hostile-2013-05-15';
export const LONG_SOURCE = 'hostile-long-2013-05-15';
/** Ids of its records, for the routes the suite visits. */
export const HOSTILE_IDS = {
  scriptActor: 'script-actor',
  bidiActor: 'bidi-actor',
  longActor: 'long-name-actor',
  zalgoActor: 'zalgo-actor',
  event: 'hostile-talks-progress',
  bidiEvent: 'hostile-bidi-statement',
  briefing: 'hostile-briefing',
} as const;

/** The longest unbroken token the dataset puts in a summary, a note and a text (no break opportunity inside). */
export const LONG_TOKEN_LENGTH = 10_000;
/** Size of the one-paragraph source text, in UTF-8 bytes (at least). */
export const LONG_PARAGRAPH_BYTES = 1_000_000;
