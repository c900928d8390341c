'use client';
/**
 * The source reader: one article exactly as stored, right to left, with every
 * passage the dataset cites highlighted by what it supports. Clicking a
 * highlight (or Enter on it) selects the event, statement or actor behind it;
 * the selected item's passages are marked strongly; the focused passage is
 * outlined and scrolled into view.
 *
 * Built for hundreds of passages: the highlight tree is computed once per
 * text, passages and focus; handlers are delegated to the article; hovering
 * only re-renders the tooltip; ↑/↓ move between highlights.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type SyntheticEvent } from 'react';
import type { Source } from '@/lib/schema';
import type { PassageOwner, PassageRef } from '@/lib/query';
import { anchorRefs, type Span } from './segments';
import { buildLines, focusFits, type HighlightNode } from './highlight-tree';
import { passageFragment } from './anchors';
import { scrollIntoContainer } from './scroll-into-container';
import { ArticleText } from './ArticleText';
import { SourceHeader } from './SourceHeader';
import { HighlightLegend } from './HighlightLegend';
import { useLang } from '@/components/i18n/lang-context';
import { READER_STRINGS } from './strings';
import './reader.css';

export interface SourceReaderProps {
  /** The source whose text is shown. */
  source: Source;
  /** Its raw text, exactly as stored (`dataset.texts[source.id]`). */
  text: string;
  /** Passages to highlight (`index.passagesBySource.get(source.id)`); any that do not match the text are listed, not drawn. */
  passages: readonly PassageRef[];
  /** What a passage supports, in words, e.g. "Event: Kerry announces working group"; shown on hover and focus. */
  describe: (ref: PassageRef) => string;
  /** The selected event, statement or actor; its passages are marked strongly. */
  selected: PassageOwner | null;
  /** A range to outline and scroll into view (a passage opened from a panel, or a `#p-<start>-<end>` link). */
  focusPassage: Span | null;
  /** Called with the owner of a highlight the user clicks or presses Enter on. */
  onSelect: (owner: PassageOwner) => void;
  /** Level of the article title heading (see SourceHeader). */
  headingLevel?: 1 | 2 | 3;
  /** Whether bringing the focused passage into view may scroll the page (true on the source's own page). */
  scrollPage?: boolean;
}

interface Tip {
  /** Passages under the pointer or focus, innermost first. */
  indices: number[];
  top: number;
  left: number;
}

/** Index of the first passage piece in document order, or -1 when nothing is highlighted. */
function firstRefIndex(nodes: readonly HighlightNode[]): number {
  for (const node of nodes) {
    if (node.type === 'ref' && node.first) return node.index;
    if (node.type !== 'text') {
      const inner = firstRefIndex(node.children);
      if (inner >= 0) return inner;
    }
  }
  return -1;
}

export function SourceReader({ source, text, passages, describe, selected, focusPassage, onSelect, headingLevel, scrollPage = true }: SourceReaderProps) {
  const base = `rdr${useId().replace(/[^\w-]/g, '')}`;
  const words = READER_STRINGS[useLang()];
  const frameRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const [hiddenRoles, setHiddenRoles] = useState<ReadonlySet<PassageRef['role']>>(() => new Set());
  const [tip, setTip] = useState<Tip | null>(null);

  const { anchored, unanchored } = useMemo(() => {
    const result = anchorRefs(text, passages.filter((r) => r.passage.source === source.id));
    // A passage of another source is as unusable here as one whose offsets drifted.
    return { anchored: result.anchored, unanchored: [...result.unanchored, ...passages.filter((r) => r.passage.source !== source.id)] };
  }, [text, passages, source.id]);

  const selKind = selected?.kind;
  const selId = selected?.id;
  const isSelected = (r: PassageRef) => r.owner.kind === selKind && r.owner.id === selId;
  // A hidden kind of highlight still shows for the selected item: selection must always be visible.
  // The selection is read only while a kind is hidden: otherwise every passage shows, and a new selection keeps the
  // drawn lines (rebuilding them took ~10 ms of each selection at 100,000 events, the bench's profile).
  const keptKind = hiddenRoles.size > 0 ? selKind : undefined;
  const keptId = hiddenRoles.size > 0 ? selId : undefined;
  const visible = useMemo(
    () => (hiddenRoles.size === 0 ? anchored : anchored.filter((r) => !hiddenRoles.has(r.role) || (r.owner.kind === keptKind && r.owner.id === keptId))),
    [anchored, hiddenRoles, keptKind, keptId],
  );
  const selectedSet = useMemo(
    () => new Set(visible.flatMap((r, i) => (r.owner.kind === selKind && r.owner.id === selId ? [i] : []))),
    [visible, selKind, selId],
  );

  // Depend on the numbers, not the object: callers often pass a fresh `{start, end}` each render.
  const focusStart = focusPassage?.start ?? null;
  const focusEnd = focusPassage?.end ?? null;
  const focus = focusStart !== null && focusEnd !== null ? { start: focusStart, end: focusEnd } : null;
  const focusDrawn = focusFits(text, focus);
  const lines = useMemo(
    () => buildLines(text, visible, focusStart !== null && focusEnd !== null ? { start: focusStart, end: focusEnd } : null),
    [text, visible, focusStart, focusEnd],
  );
  const descriptions = useMemo(() => visible.map((r) => describe(r)), [visible, describe]);
  // The tab stop follows the last highlight that had focus; before that it is the first passage of the text.
  const [lastFocused, setLastFocused] = useState<number | null>(null);
  // The first highlight in document order, read off the drawn tree (nested passages that start together nest in its order).
  const firstInText = useMemo(() => firstRefIndex(lines.flatMap((l) => l.nodes)), [lines]);
  const tabStop = lastFocused !== null && lastFocused < visible.length ? lastFocused : firstInText;

  useEffect(() => {
    const target = articleRef.current?.querySelector<HTMLElement>('[data-focused]');
    if (target) scrollIntoContainer(target, { allowPage: scrollPage });
  }, [focusStart, focusEnd, text, scrollPage]);

  /** The highlight piece an event happened in, if any. */
  const pieceOf = (e: SyntheticEvent): HTMLElement | null => {
    const el = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-ref]') : null;
    return el && articleRef.current?.contains(el) ? el : null;
  };
  const selectPiece = (el: HTMLElement) => {
    const ref = visible[Number(el.dataset.ref)];
    if (ref) onSelect(ref.owner);
  };
  const showTip = (el: HTMLElement | null) => {
    if (!el) return setTip(null);
    const indices: number[] = [];
    for (let n: HTMLElement | null = el; n && n !== articleRef.current; n = n.parentElement) {
      if (n.dataset.ref !== undefined) indices.push(Number(n.dataset.ref));
    }
    const box = el.getBoundingClientRect();
    const frame = frameRef.current?.getBoundingClientRect();
    const next = { indices, top: box.bottom - (frame?.top ?? 0) + 6, left: Math.max(0, box.left - (frame?.left ?? 0)) };
    setTip((prev) => (prev && prev.top === next.top && prev.left === next.left && prev.indices.join() === next.indices.join() ? prev : next));
  };

  const onClick = (e: MouseEvent) => {
    const el = pieceOf(e);
    // A drag that selected text (to copy a quote) is not a click on the highlight.
    if (el && (window.getSelection()?.isCollapsed ?? true)) selectPiece(el);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const el = pieceOf(e);
    if (!el || e.target !== el) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      selectPiece(el);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const all = Array.from(articleRef.current?.querySelectorAll<HTMLElement>('[data-ref]') ?? []);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      let i = all.indexOf(el) + step;
      while (i >= 0 && i < all.length && all[i]?.dataset.first === undefined) i += step;
      const next = all[i];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    } else if (e.key === 'Escape') setTip(null);
  };

  const toggleRole = (role: PassageRef['role']) => {
    setTip(null); // its indices point into the list of drawn passages, which is about to change
    setHiddenRoles((prev) => {
      const next = new Set(prev);
      if (next.has(role)) next.delete(role);
      else next.add(role);
      return next;
    });
  };

  const headingId = `${base}-title`;
  return (
    <section className="rdr" aria-labelledby={headingId}>
      <SourceHeader source={source} headingId={headingId} headingLevel={headingLevel} />
      <HighlightLegend anchored={anchored} hiddenRoles={hiddenRoles} onToggle={toggleRole} selectedCount={selectedSet.size} hasSelection={selected !== null} />
      {unanchored.length > 0 && (
        <details className="notice rdr-unanchored">
          <summary>
            {words.unanchored(unanchored.length)}
          </summary>
          <ul>
            {unanchored.map((r, i) => (
              <li key={i}>
                {describe(r)} — [{r.passage.position.start}, {r.passage.position.end}) in {r.passage.source}
              </li>
            ))}
          </ul>
        </details>
      )}
      <a className="rdr-skip" href={`#${base}-end`}>
        {words.skipArticle}
      </a>
      <div className="rdr-frame" ref={frameRef} onMouseLeave={() => setTip(null)}>
        <article
          ref={articleRef}
          className="rdr-text ar"
          dir="rtl"
          lang="ar"
          aria-labelledby={headingId}
          data-focus={focusDrawn ? passageFragment(focus) : undefined}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onMouseOver={(e) => showTip(pieceOf(e))}
          onFocus={(e) => {
            const piece = pieceOf(e);
            if (piece) setLastFocused(Number(piece.dataset.ref));
            showTip(piece);
          }}
          onBlur={() => setTip(null)}
        >
          <ArticleText lines={lines} selected={selectedSet} descriptionPrefix={`${base}-d-`} focusId={focusDrawn ? passageFragment(focus) : `${base}-focus`} tabStop={tabStop} />
        </article>
        {tip && (
          <div className="rdr-tooltip" role="tooltip" style={{ top: tip.top, left: tip.left }}>
            <ul>
              {tip.indices.map((i, depth) => {
                const ref = visible[i];
                return ref ? (
                  <li key={i} data-selected={isSelected(ref) ? '' : undefined}>
                    {depth > 0 && <span className="rdr-within">{words.within}</span>}
                    {/* The kind tells apart two layers of one item (an event's date inside its evidence). */}
                    <span className="rdr-tip-role">{words.roles[ref.role]}: </span>
                    {descriptions[i]}
                  </li>
                ) : null;
              })}
            </ul>
          </div>
        )}
      </div>
      <div id={`${base}-end`} tabIndex={-1} className="rdr-end" />
      {/* Descriptions live outside the article so its text stays the source's text alone. */}
      <div hidden>
        {descriptions.map((d, i) => (
          <span key={i} id={`${base}-d-${i}`}>
            {d}
          </span>
        ))}
      </div>
    </section>
  );
}
