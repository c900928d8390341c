'use client';
/**
 * Which relation types the graph shows. Lists only the types present in the
 * graph, each with its count of edges. `null` means all, so a type added to
 * the data later is shown without anyone having to tick it. Recorded
 * affiliations (dashed edges) are shown and hidden with "member of", the
 * same fact, so the value only ever holds real relation types.
 */
import type { RelationType } from '@/lib/schema';
import { edgeTypeLabel } from './elements';
import './graph.css';
import { useLang } from '@/components/i18n/lang-context';
import { GRAPH_STRINGS } from './strings';

export interface RelationFilterProps {
  /**
   * Edges of each type in the unfiltered graph, so a type switched off still
   * has its checkbox; listed in this order (`edgeTypeCounts` of a graph, or
   * the explorer payload's `relationCounts` before the graph is built).
   */
  counts: ReadonlyMap<RelationType, number>;
  /** Types shown; null = all. */
  value: string[] | null;
  /** Receives null whenever every present type is ticked, so "all" has one spelling. */
  onChange: (types: string[] | null) => void;
}

export function RelationFilter({ counts, value, onChange }: RelationFilterProps) {
  const types = [...counts.keys()];

  const isShown = (type: string) => value === null || value.includes(type);
  const words = GRAPH_STRINGS[useLang()];
  const typeLabel = (type: string) => (type in words.relationTypes ? words.relationTypes[type as RelationType] : edgeTypeLabel(type));

  const toggle = (type: RelationType, show: boolean) => {
    const current: string[] = value ?? types;
    const next = show ? [...current, type] : current.filter((t) => t !== type);
    const all = types.every((t) => next.includes(t));
    // Keep the order of the list, not the order of clicks, so equal choices give equal values (and URLs).
    onChange(all ? null : types.filter((t) => next.includes(t)));
  };

  return (
    <fieldset className="relation-filter">
      <legend>{words.relationsShown}</legend>
      <label className="relation-filter__all">
        <input type="checkbox" checked={value === null} onChange={(e) => onChange(e.target.checked ? null : [])} />
        {words.all}
      </label>
      <ul>
        {types.map((type) => (
          <li key={type}>
            <label>
              <input type="checkbox" checked={isShown(type)} onChange={(e) => toggle(type, e.target.checked)} />
              <span className="relation-filter__label">{typeLabel(type)}</span>{' '}
              <span className="relation-filter__count">({counts.get(type) ?? 0})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export default RelationFilter;
