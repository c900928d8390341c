/**
 * The graph's legend, drawn from the same tables as the stylesheet (kinds,
 * country colours), so it cannot drift from what the canvas shows. Plain
 * markup with decorative SVG; every entry is also said in words.
 */
import type { ActorSummary } from '@/lib/actor-summary';
import { ACTOR_KINDS, type ActorKind } from '@/lib/vocabulary';
import { countryColor, HIGHLIGHT, INK, MUTED } from '@/components/theme';
import { COUNTRY_LEGEND, KIND_LOOKS } from './kinds';
import { useLang } from '@/components/i18n/lang-context';
import { GRAPH_STRINGS } from './strings';
import { PANEL_STRINGS } from '@/components/panels/strings';

/** A kind's shape as a small inline icon; decorative, the label says the same. */
export function KindIcon({ kind, color = MUTED, size = 16 }: { kind: ActorKind; color?: string; size?: number }) {
  return (
    <svg className="kind-icon" width={size} height={size} viewBox="-1.15 -1.15 2.3 2.3" aria-hidden="true" focusable="false">
      <path d={KIND_LOOKS[kind].iconPath} fill={color} stroke={INK} strokeWidth={0.12} strokeLinejoin="round" />
    </svg>
  );
}

function LineIcon({ dashed, arrow }: { dashed: boolean; arrow: boolean }) {
  return (
    <svg className="line-icon" width={36} height={12} viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line x1={2} y1={6} x2={arrow ? 27 : 34} y2={6} stroke={MUTED} strokeWidth={2} strokeDasharray={dashed ? '5 3' : undefined} />
      {arrow && <path d="M 26 1 L 35 6 L 26 11 Z" fill={MUTED} />}
    </svg>
  );
}

export interface GraphLegendProps {
  /** When given, only the kinds these actors have are listed. */
  actors?: readonly ActorSummary[];
}

export default function GraphLegend({ actors }: GraphLegendProps) {
  const present = actors ? new Set(actors.map((a) => a.kind)) : null;
  const kinds = ACTOR_KINDS.filter((k) => present === null || present.has(k));
  const lang = useLang();
  const words = GRAPH_STRINGS[lang];
  return (
    <div className="graph-legend">
      <div className="graph-legend__group">
        <p className="graph-legend__heading">{words.legendShape}</p>
        <ul>
          {kinds.map((kind) => (
            <li key={kind}>
              <KindIcon kind={kind} /> {PANEL_STRINGS[lang].kinds[kind]}
            </li>
          ))}
        </ul>
      </div>
      <div className="graph-legend__group">
        <p className="graph-legend__heading">{words.legendColour}</p>
        <ul>
          {COUNTRY_LEGEND.map(({ country, label }) => (
            <li key={label}>
              <span className="graph-legend__swatch" style={{ background: countryColor(country) }} aria-hidden="true" />{' '}
              {words.countries[country === 'US' || country === 'CN' || country === 'XX' ? country : 'none']}
            </li>
          ))}
        </ul>
      </div>
      <div className="graph-legend__group">
        <p className="graph-legend__heading">{words.legendLines}</p>
        <ul>
          <li>
            <LineIcon dashed={false} arrow /> {words.legendDirected}
          </li>
          <li>
            <LineIcon dashed={false} arrow={false} /> {words.legendMutual}
          </li>
          <li>
            <LineIcon dashed arrow /> {words.legendAffiliation}
          </li>
          <li>{words.legendSize}</li>
          <li>
            <span className="graph-legend__ring" style={{ background: HIGHLIGHT, borderColor: INK }} aria-hidden="true" />{' '}
            {words.legendHighlight}
          </li>
        </ul>
      </div>
    </div>
  );
}
