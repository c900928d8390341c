/**
 * Makes the canvas's masks of the names' glyphs while the page is quiet.
 *
 * Far out, the graph's first picture names no actor, so the first selection
 * is the first time its names are drawn, with their paper-coloured outline.
 * The canvas (Skia, without GPU) keeps a mask of each outlined glyph per
 * font, size, outline, scale and quarter-pixel position, and making the
 * masks is most of the cost of outlined text: at 100,000 events the first
 * selection's names took 7–11 ms to rasterise, the same names again ~2 ms.
 * Drawing every glyph the names use once at each quarter-pixel position
 * (in ~16 quiet moments of ~3 ms) brought 80 new names from 10 to 3.5 ms
 * (headless Chromium).
 */
import { haloText, setLabelPen } from './draw';
import { LABEL_LINE_PX } from './view';

/** Skia places glyphs of horizontal text at this many positions within a pixel, a mask for each. */
const SUBPIXEL_POSITIONS = 4;

/** Arabic letters join their neighbours: a letter has up to four shapes. */
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06fc]/u;
/** Letters that do not join the letter after them: they have no initial or medial shape. */
const RIGHT_JOINING_ONLY = new Set(Array.from('آأؤإاةدذرزوى'));
const LAM = 'ل';
/** A letter that joins on both sides: before a letter, it shows that letter's last shape. */
const BEH = 'ب';
/** The alef forms lam ligates with. */
const ALEFS = Array.from('اأإآ');

/** What to draw for every glyph the names use to appear: a left-to-right run and a right-to-left one. */
export interface GlyphRuns {
  ltr: string;
  rtl: string;
}

/**
 * Runs holding every character of the names, Arabic letters in each of
 * their shapes (alone, and first, middle and last in a word) and lam with
 * each alef present as its ligature. Characters come in first-seen order,
 * so the runs are the same for the same names.
 */
export function glyphRuns(names: Iterable<string>): GlyphRuns {
  const seen = new Set<string>();
  for (const name of names) for (const c of name) if (c.trim() !== '') seen.add(c);
  const ltr: string[] = [];
  const rtl: string[] = [];
  for (const c of seen) {
    if (!ARABIC_LETTER.test(c)) ltr.push(c);
    else if (RIGHT_JOINING_ONLY.has(c)) rtl.push(c, BEH + c);
    else rtl.push(c, c + c + c);
  }
  if (seen.has(LAM)) for (const alef of ALEFS) if (seen.has(alef)) rtl.push(LAM + alef);
  return { ltr: ltr.join(''), rtl: rtl.join(' ') };
}

/**
 * The warm-up as steps, one per weight, direction and quarter-pixel
 * position, each to be run at a quiet moment of its own (whenQuietInTurn).
 * `ratio` is the graph canvas's pixels per CSS pixel: masks are kept per scale.
 */
export function labelWarmSteps(names: () => Iterable<string>, ratio: number): (() => void)[] {
  let runs: GlyphRuns | null = null;
  const steps: (() => void)[] = [];
  for (const bold of [false, true])
    for (const direction of ['ltr', 'rtl'] as const)
      for (let position = 0; position < SUBPIXEL_POSITIONS; position++)
        steps.push(() => {
          runs ??= glyphRuns(names());
          const text = runs[direction];
          if (text !== '') drawOnce(text, direction, bold, position / SUBPIXEL_POSITIONS / ratio, ratio);
        });
  return steps;
}

function drawOnce(text: string, direction: 'ltr' | 'rtl', bold: boolean, shift: number, ratio: number): void {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  setLabelPen(ctx, bold);
  const width = Math.ceil(ctx.measureText(text).width) + 8;
  // Resizing resets the context: the pen is set again after.
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(LABEL_LINE_PX * ratio);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  setLabelPen(ctx, bold);
  ctx.textBaseline = 'top';
  ctx.direction = direction;
  ctx.textAlign = direction === 'rtl' ? 'right' : 'left';
  haloText(ctx, text, (direction === 'rtl' ? width - 4 : 4) + shift, 2);
  // Reading a pixel makes the canvas rasterise what it recorded now, in this quiet moment.
  ctx.getImageData(0, 0, 1, 1);
}
