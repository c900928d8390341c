/**
 * Paints one glyph description (lib/timeline/glyphs) in SVG: the shape, its
 * second outline when corroborated, the ongoing arrow and the source-count
 * badge. Colour comes from the caller; everything else from the description,
 * so a canvas painter can follow the same data.
 */
import { BADGE_PX, DOUBLE_OUTLINE_PX, ARROW_PX, type Glyph } from '@/lib/timeline/glyphs';

/** Height of an interval bar; a day mark is as tall as it is wide. */
export const BAR_HEIGHT = 12;

function diamond(cx: number, cy: number, half: number): string {
  return `${cx},${cy - half} ${cx + half},${cy} ${cx},${cy + half} ${cx - half},${cy}`;
}

/** Presentation attributes, plus a marker on the main shape that tests and e2e specs can find. */
interface Paint {
  fill: string;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
}

/** The glyph's shape, or a copy grown by `grow` pixels all round (the second outline). */
function Outline({ glyph, y, grow, ...paint }: { glyph: Glyph; y: number; grow: number; 'data-glyph-shape'?: string } & Paint) {
  if (glyph.shape === 'diamond') {
    const half = glyph.width / 2 + grow * Math.SQRT2;
    return <polygon points={diamond(glyph.x + glyph.width / 2, y, half)} {...paint} />;
  }
  const h = BAR_HEIGHT + 2 * grow;
  return <rect x={glyph.x - grow} y={y - h / 2} width={glyph.width + 2 * grow} height={h} rx={2 + grow} {...paint} />;
}

export interface GlyphShapeProps {
  glyph: Glyph;
  /** Vertical centre. */
  y: number;
  color: string;
  /** Unique, CSS-safe prefix for the fade's gradient and mask ids. */
  idPrefix: string;
  /** Background the hollow (expected) glyphs are filled with. */
  paper?: string;
}

export function GlyphShape({ glyph, y, color, idPrefix, paper = 'var(--panel, #fff)' }: GlyphShapeProps) {
  const hollow = glyph.fill === 'hollow';
  const body: Paint = {
    fill: hollow ? paper : color,
    stroke: color,
    strokeWidth: hollow ? 2 : 1,
    strokeDasharray: glyph.dash ?? undefined,
  };
  const stops = glyph.opacityStops;
  const mask = stops ? `${idPrefix}-mask` : undefined;
  const pad = DOUBLE_OUTLINE_PX + 2;
  return (
    <g>
      {stops && (
        <defs>
          <linearGradient id={`${idPrefix}-fade`} x1="0" x2="1" y1="0" y2="0">
            {stops.map((stop) => (
              <stop key={stop.offset} offset={stop.offset} stopColor="#fff" stopOpacity={stop.opacity} />
            ))}
          </linearGradient>
          <mask id={mask} maskUnits="userSpaceOnUse" x={glyph.x - pad} y={y - BAR_HEIGHT} width={glyph.width + 2 * pad} height={2 * BAR_HEIGHT}>
            <rect x={glyph.x} y={y - BAR_HEIGHT} width={glyph.width} height={2 * BAR_HEIGHT} fill={`url(#${idPrefix}-fade)`} />
          </mask>
        </defs>
      )}
      <g mask={mask ? `url(#${mask})` : undefined}>
        {glyph.outline === 'double' && <Outline glyph={glyph} y={y} grow={DOUBLE_OUTLINE_PX} fill="none" stroke={color} strokeWidth={1.25} />}
        <Outline glyph={glyph} y={y} grow={0} {...body} data-glyph-shape={glyph.shape} />
      </g>
      {glyph.arrow && (
        <polygon
          points={`${glyph.arrow.x},${y - 6} ${glyph.arrow.x + (glyph.arrow.pointsRight ? ARROW_PX : -ARROW_PX)},${y} ${glyph.arrow.x},${y + 6}`}
          fill={color}
        />
      )}
      {glyph.badge && (
        <g>
          <circle cx={glyph.badge.cx} cy={y} r={BADGE_PX / 2} fill={paper} stroke={color} strokeWidth={1.25} />
          <text x={glyph.badge.cx} y={y + 3.5} textAnchor="middle" fontSize={10} fontWeight={700} fill={color}>
            {glyph.badge.count}
          </text>
        </g>
      )}
    </g>
  );
}
