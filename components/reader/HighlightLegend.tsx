'use client';
/**
 * The key to the reader's highlights: one entry per kind of passage present
 * in the text, drawn in its own style, with a switch to hide that kind when
 * the text gets crowded (names are mentioned everywhere), and how to move
 * through the highlights with the keyboard.
 */
import type { PassageRef } from '@/lib/query';
import { useLang } from '@/components/i18n/lang-context';
import { READER_STRINGS } from './strings';

/** What each kind of passage is, in the words of the legend. */
export const ROLE_LABELS: Record<PassageRef['role'], string> = READER_STRINGS.en.roles;

const ROLE_ORDER = Object.keys(ROLE_LABELS) as Array<PassageRef['role']>;

export interface HighlightLegendProps {
  /** The passages drawn on this text (before hiding), to count each kind. */
  anchored: readonly PassageRef[];
  /** Kinds the user has hidden. */
  hiddenRoles: ReadonlySet<PassageRef['role']>;
  onToggle: (role: PassageRef['role']) => void;
  /** How many highlights belong to the selected item. */
  selectedCount: number;
  hasSelection: boolean;
}

export function HighlightLegend({ anchored, hiddenRoles, onToggle, selectedCount, hasSelection }: HighlightLegendProps) {
  const words = READER_STRINGS[useLang()];
  const counts = new Map<PassageRef['role'], number>();
  for (const r of anchored) counts.set(r.role, (counts.get(r.role) ?? 0) + 1);
  const present = ROLE_ORDER.filter((role) => counts.has(role));

  return (
    <div className="rdr-legend">
      {present.length > 0 ? (
        <fieldset className="rdr-legend-kinds">
          <legend>{words.highlights(anchored.length)}</legend>
          {present.map((role) => (
            <label key={role} className="rdr-legend-item">
              <input type="checkbox" checked={!hiddenRoles.has(role)} onChange={() => onToggle(role)} />{' '}
              <span className={`rdr-hl rdr-hl--${role} rdr-swatch`} aria-hidden="true">
                abc
              </span>{' '}
              {words.roles[role]} ({counts.get(role)})
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="rdr-muted">{words.noPassages}</p>
      )}
      {hasSelection && (
        <p className="rdr-selection-count" role="status">
          {selectedCount === 0 ? words.selectionNone : words.selectionCount(selectedCount)}
        </p>
      )}
      {present.length > 0 && (
        <p className="rdr-hint">{words.hint}</p>
      )}
    </div>
  );
}
