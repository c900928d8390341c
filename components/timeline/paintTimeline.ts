/**
 * Paints one frame of the timeline on a 2D canvas: lane bands, the tick grid,
 * density bands with their counts, and every event glyph with its title, in
 * the visual vocabulary of lib/timeline/glyphs (the legend explains it). The
 * SVG overlay above the canvas keeps what must stay in the DOM: axis labels,
 * lane names, the brush, the selection and focus outlines, the hit regions.
 *
 * The cost of a frame follows what is drawn, not the size of the data: a
 * crowded lane arrives here as a few hundred bins.
 */
import { BADGE_PX, DOUBLE_OUTLINE_PX, RING_HALF_HEIGHT_PX, RING_PAD_PX, type Glyph, type OpacityStop } from '@/lib/timeline/glyphs';
import type { Emphasis } from '@/lib/timeline/emphasis';
import type { DensityBin } from '@/lib/timeline/density';
import type { Lane, LaneItem } from '@/lib/timeline/lanes';
import type { Side } from '@/lib/timeline-model';
import { SIDE_COLORS } from '@/components/theme';

/** Height of an interval bar; a day mark is as tall as it is wide. */
export const BAR_HEIGHT = 12;

/** The page's colours and fonts, read once from its CSS variables. */
export interface Palette {
  panel: string;
  bandAlt: string;
  ink: string;
  line: string;
  muted: string;
  highlight: string;
  highlightSoft: string;
  fontUi: string;
  fontArabic: string;
}

export const DEFAULT_PALETTE: Palette = {
  panel: '#ffffff',
  bandAlt: '#f7f5f0',
  ink: '#1b2027',
  line: '#d9d6cf',
  muted: '#5b6470',
  highlight: '#f2c230',
  highlightSoft: '#fbeeb8',
  fontUi: 'system-ui, sans-serif',
  fontArabic: "'Noto Naskh Arabic', serif",
};

export interface TimelineFrame {
  width: number;
  height: number;
  /** Vertical offset of lane coordinates on the canvas (the axis and brush above, minus the lanes scrolled away). */
  lanesTop: number;
  /** Top of the lanes area on the canvas; nothing of the lanes is drawn above it. */
  clipTop: number;
  plotLeft: number;
  plotRight: number;
  lanes: readonly Lane[];
  items: readonly LaneItem[];
  /** Bins of the highlighted events of each crowded lane, by lane key. */
  highlightBins: ReadonlyMap<string, readonly DensityBin[]>;
  /** Tick grid: x and whether major. */
  grid: readonly { x: number; major: boolean }[];
  emphasisOf(item: LaneItem): Emphasis;
  selectedEventId: string | null;
  rtlText: boolean;
  rowHeight: number;
}

function withAlpha(hex: string, alpha: number): string {
  // Palette colours are #rrggbb; anything else is drawn as given, fully opaque.
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return hex;
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** A colour that follows the glyph's opacity stops across its box, or the plain colour. */
function fading(ctx: CanvasRenderingContext2D, color: string, glyph: Glyph, stops: OpacityStop[] | null): string | CanvasGradient {
  if (!stops) return color;
  const gradient = ctx.createLinearGradient(glyph.x, 0, glyph.x + glyph.width, 0);
  for (const stop of stops) gradient.addColorStop(stop.offset, withAlpha(color, stop.opacity));
  return gradient;
}

function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  const radius = Math.min(r, w / 2, h / 2);
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + w, y, x + w, y + h, radius);
  ctx.arcTo(x + w, y + h, x, y + h, radius);
  ctx.arcTo(x, y + h, x, y, radius);
  ctx.arcTo(x, y, x + w, y, radius);
  ctx.closePath();
}

/** The glyph's shape as the current path, or a copy grown by `grow` pixels all round. */
function shapePath(ctx: CanvasRenderingContext2D, glyph: Glyph, y: number, grow: number): void {
  if (glyph.shape === 'diamond') {
    const half = glyph.width / 2 + grow * Math.SQRT2;
    const cx = glyph.x + glyph.width / 2;
    ctx.beginPath();
    ctx.moveTo(cx, y - half);
    ctx.lineTo(cx + half, y);
    ctx.lineTo(cx, y + half);
    ctx.lineTo(cx - half, y);
    ctx.closePath();
    return;
  }
  const h = BAR_HEIGHT + 2 * grow;
  roundedRect(ctx, glyph.x - grow, y - h / 2, glyph.width + 2 * grow, h, 2 + grow);
}

/** One glyph (lib/timeline/glyphs) at row centre `y`, in `color`. */
export function paintGlyph(ctx: CanvasRenderingContext2D, glyph: Glyph, y: number, color: string, palette: Palette): void {
  const hollow = glyph.fill === 'hollow';
  const stroke = fading(ctx, color, glyph, glyph.opacityStops);
  if (glyph.outline === 'double') {
    shapePath(ctx, glyph, y, DOUBLE_OUTLINE_PX);
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = stroke;
    ctx.setLineDash([]);
    ctx.stroke();
  }
  shapePath(ctx, glyph, y, 0);
  ctx.fillStyle = hollow ? fading(ctx, palette.panel, glyph, glyph.opacityStops) : stroke;
  ctx.fill();
  ctx.lineWidth = hollow ? 2 : 1;
  ctx.strokeStyle = stroke;
  ctx.setLineDash(glyph.dash ? glyph.dash.split(' ').map(Number) : []);
  ctx.stroke();
  ctx.setLineDash([]);
  if (glyph.arrow) {
    const { x, pointsRight } = glyph.arrow;
    ctx.beginPath();
    ctx.moveTo(x, y - 6);
    ctx.lineTo(x + (pointsRight ? 8 : -8), y);
    ctx.lineTo(x, y + 6);
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
  }
  if (glyph.badge) {
    ctx.beginPath();
    ctx.arc(glyph.badge.cx, y, BADGE_PX / 2, 0, 2 * Math.PI);
    ctx.fillStyle = palette.panel;
    ctx.fill();
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = color;
    ctx.stroke();
    ctx.fillStyle = color;
    ctx.font = `700 10px ${palette.fontUi}`;
    ctx.textAlign = 'center';
    ctx.direction = 'ltr';
    ctx.fillText(String(glyph.badge.count), glyph.badge.cx, y + 3.5);
  }
}

function paintDensity(ctx: CanvasRenderingContext2D, lane: Lane, frame: TimelineFrame, palette: Palette): void {
  if (!lane.density) return;
  const color = SIDE_COLORS[lane.side as Side];
  const top = frame.lanesTop + lane.rowsTop;
  const highlighted = frame.highlightBins.get(lane.key);
  const anyHighlight = frame.highlightBins.size > 0;
  const { bins, labels, maxCount } = lane.density;
  // Square-root scale: a bin with a quarter of the peak still reads as half as dark.
  const shade = (count: number) => 0.18 + 0.82 * Math.sqrt(count / Math.max(1, maxCount));
  for (const bin of bins) {
    ctx.fillStyle = withAlpha(color, anyHighlight ? shade(bin.count) * 0.35 : shade(bin.count));
    ctx.fillRect(bin.x0, top + 13, Math.max(1, bin.x1 - bin.x0 - 0.5), frame.rowHeight - 16);
  }
  for (const bin of highlighted ?? []) {
    ctx.fillStyle = palette.highlight;
    ctx.fillRect(bin.x0, top + 11, Math.max(2, bin.x1 - bin.x0 - 0.5), frame.rowHeight - 12);
  }
  ctx.fillStyle = palette.ink;
  ctx.font = `600 10px ${palette.fontUi}`;
  ctx.textAlign = 'center';
  ctx.direction = 'ltr';
  for (const label of labels) ctx.fillText(label.text, label.x, top + 10);
}

function paintItem(ctx: CanvasRenderingContext2D, item: LaneItem, frame: TimelineFrame, palette: Palette): void {
  const emphasis = frame.emphasisOf(item);
  const y = frame.lanesTop + item.y;
  const { glyph } = item;
  ctx.globalAlpha = emphasis === 'dimmed' && item.event.id !== frame.selectedEventId ? 0.28 : 1;
  if (emphasis === 'highlighted') {
    roundedRect(ctx, glyph.extent[0] - RING_PAD_PX, y - RING_HALF_HEIGHT_PX, glyph.extent[1] - glyph.extent[0] + 2 * RING_PAD_PX, 2 * RING_HALF_HEIGHT_PX, 5);
    ctx.fillStyle = palette.highlightSoft;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = palette.highlight;
    ctx.stroke();
  }
  paintGlyph(ctx, glyph, y, SIDE_COLORS[item.side], palette);
  if (item.label) {
    ctx.fillStyle = palette.ink;
    ctx.font = `${emphasis === 'highlighted' ? '700 ' : ''}12px ${frame.rtlText ? palette.fontArabic : palette.fontUi}`;
    ctx.direction = frame.rtlText ? 'rtl' : 'ltr';
    // 'start' grows towards reading order: right in LTR text, left in RTL text.
    ctx.textAlign = (item.labelSide === 'right') !== frame.rtlText ? 'start' : 'end';
    ctx.fillText(item.label, item.labelX, y + 4);
  }
  ctx.globalAlpha = 1;
}

/** Paints a whole frame; the canvas is already sized, `dpr` maps CSS pixels to device pixels. */
export function paintTimeline(ctx: CanvasRenderingContext2D, frame: TimelineFrame, dpr: number, palette: Palette = DEFAULT_PALETTE): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, frame.width, frame.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, frame.clipTop, frame.width, frame.height - frame.clipTop);
  ctx.clip();
  frame.lanes.forEach((lane, i) => {
    ctx.fillStyle = i % 2 ? palette.bandAlt : palette.panel;
    ctx.fillRect(frame.plotLeft, frame.lanesTop + lane.y, Math.max(0, frame.plotRight - frame.plotLeft), lane.height);
  });
  for (const tick of frame.grid) {
    ctx.strokeStyle = withAlpha(tick.major ? palette.muted : palette.line, tick.major ? 0.45 : 0.6);
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.round(tick.x) + 0.5, frame.clipTop);
    ctx.lineTo(Math.round(tick.x) + 0.5, frame.height);
    ctx.stroke();
  }
  for (const lane of frame.lanes) paintDensity(ctx, lane, frame, palette);
  for (const item of frame.items) paintItem(ctx, item, frame, palette);
  ctx.restore();
}

/** The page's colours and fonts from its CSS variables, falling back to the defaults. */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    panel: read('--panel', DEFAULT_PALETTE.panel),
    bandAlt: DEFAULT_PALETTE.bandAlt,
    ink: read('--ink', DEFAULT_PALETTE.ink),
    line: read('--line', DEFAULT_PALETTE.line),
    muted: read('--muted', DEFAULT_PALETTE.muted),
    highlight: read('--highlight', DEFAULT_PALETTE.highlight),
    highlightSoft: read('--highlight-soft', DEFAULT_PALETTE.highlightSoft),
    fontUi: read('--font-ui', DEFAULT_PALETTE.fontUi),
    fontArabic: read('--font-arabic', DEFAULT_PALETTE.fontArabic),
  };
}
