'use client';
/**
 * Analyst knowledge: what the analyst adds that no source text says (a public
 * identity of an unnamed actor, an inferred date). The product promises that
 * such knowledge is never shown as if a source said it, so every note carries
 * the same visible badge and its basis, and the badge text is part of the
 * note's accessible content (not only a colour).
 */
import type { AnalystNote } from '@/lib/schema';
import { useLang } from '@/components/i18n/lang-context';
import { PANEL_STRINGS } from './strings';
import './panels.css';

/** The words of the badge, shared by every view that shows analyst knowledge. */
export const ANALYST_BADGE_TEXT = PANEL_STRINGS.en.analystBadge;

/** The badge alone, for inline use next to an inferred value. */
export function AnalystBadge({ children }: { children?: string }) {
  const words = PANEL_STRINGS[useLang()];
  return <span className="analyst-mark">{children ?? words.analystBadge}</span>;
}

export interface AnalystNotesProps {
  /** The notes to show; nothing is rendered for an empty list. */
  notes: readonly AnalystNote[];
  /** Heading above the list; omitted when the caller gives its own context. */
  heading?: string;
}

/** A list of analyst notes, each badged and with the reason the analyst gives. */
export function AnalystNotes({ notes, heading }: AnalystNotesProps) {
  const words = PANEL_STRINGS[useLang()];
  if (notes.length === 0) return null;
  heading ??= words.analystNotes;
  return (
    <section className="panel-notes">
      {heading && <h3 className="panel-subheading">{heading}</h3>}
      <ul className="panel-notes-list">
        {notes.map((note, i) => (
          // Notes have no id; their order in the record is stable, so the index is a sound key.
          <li key={i} className="panel-note" data-analyst="true">
            <AnalystBadge />
            <p className="panel-note-text" lang="en">
              {note.text}
            </p>
            <p className="panel-note-basis">
              <span className="panel-label">{words.basis}</span>
              <span lang="en">{note.basis}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
