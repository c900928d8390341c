/**
 * The key to the reader's highlights: one entry per kind of passage present
 * in the text, drawn in its own style, with a switch to hide that kind when
 * the text gets crowded (names are mentioned everywhere), and how to move
 * through the highlights with the keyboard.
 */
import type { PassageRef } from '@/lib/query';

/** What each kind of passage is, in the words of the legend. */
export const ROLE_LABELS: Record<PassageRef['role'], string> = {
  evidence: 'Event evidence',
  statement: 'Statement (words said)',
  date: 'Date expression',
  mention: 'Actor mention',
  role: 'Actor’s role or title',
  affiliation: 'Affiliation',
  relation: 'Relation',
  publication: 'Publication date',
  publisher: 'Publisher or credit',
};

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
  const counts = new Map<PassageRef['role'], number>();
  for (const r of anchored) counts.set(r.role, (counts.get(r.role) ?? 0) + 1);
  const present = ROLE_ORDER.filter((role) => counts.has(role));

  return (
    <div className="rdr-legend">
      {present.length > 0 ? (
        <fieldset className="rdr-legend-kinds">
          <legend>Highlights ({anchored.length})</legend>
          {present.map((role) => (
            <label key={role} className="rdr-legend-item">
              <input type="checkbox" checked={!hiddenRoles.has(role)} onChange={() => onToggle(role)} />{' '}
              <span className={`rdr-hl rdr-hl--${role} rdr-swatch`} aria-hidden="true">
                abc
              </span>{' '}
              {ROLE_LABELS[role]} ({counts.get(role)})
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="rdr-muted">No passage of this text is cited yet.</p>
      )}
      {hasSelection && (
        <p className="rdr-selection-count" role="status">
          {selectedCount === 0
            ? 'The selected item has no passage in this source.'
            : `${selectedCount} ${selectedCount === 1 ? 'highlight belongs' : 'highlights belong'} to the selected item (marked strongly).`}
        </p>
      )}
      {present.length > 0 && (
        <p className="rdr-hint">Tab to the highlighted passages; ↑ ↓ move between them; Enter selects what a passage supports.</p>
      )}
    </div>
  );
}
