/**
 * The article under review: the raw text exactly as stored (right to left,
 * in the Arabic face, line breaks kept by `white-space: pre-wrap`), cut into
 * runs at every proposal boundary, each run marked with the kinds of the
 * proposals covering it. The element holds the text and nothing else, so
 * a selection in it maps to offsets of the raw text (selection-offsets.ts).
 *
 * Clicking a run picks the narrowest proposal there; clicking again picks
 * the next wider one, so nested proposals (a name in a quotation in an
 * event's sentence) are all reachable. Selecting text reports its span for
 * the reviewer to make a record of by hand.
 */
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { ReviewedProposal } from '@/lib/accept/review';
import { segmentSpans } from '@/components/reader/segments';
import { selectionSpan, trimSpan, type TextSpan } from './selection-offsets';

export interface ArticlePaneProps {
  text: string;
  proposals: readonly ReviewedProposal[];
  selectedId: string | null;
  onPick: (id: string) => void;
  /** The trimmed span of a new selection in the article, or null when the selection collapsed inside it. */
  onSelectText: (span: TextSpan | null) => void;
}

const KIND_ORDER = ['event', 'statement', 'date', 'actor', 'mention'] as const;

function runClass(covering: readonly ReviewedProposal[], selectedId: string | null): string {
  const live = covering.filter((p) => p.decision !== 'rejected');
  const classes = KIND_ORDER.filter((k) => live.some((p) => p.kind === k)).map((k) => `k-${k}`);
  if (live.length === 0 && covering.length > 0) classes.push('k-rejected');
  if (covering.some((p) => p.id === selectedId)) classes.push('is-selected');
  return classes.join(' ');
}

/** The proposals over `offset`, narrowest first. */
export function proposalsAt(proposals: readonly ReviewedProposal[], offset: number): ReviewedProposal[] {
  return proposals.filter((p) => p.start <= offset && offset < p.end).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
}

/** The one to pick on a click at `offset`: the next wider after the current one, else the narrowest. */
export function nextPick(proposals: readonly ReviewedProposal[], offset: number, current: string | null): string | null {
  const here = proposalsAt(proposals, offset);
  const at = here.findIndex((p) => p.id === current);
  return (here[at + 1] ?? here[0])?.id ?? null;
}

export function ArticlePane({ text, proposals, selectedId, onPick, onSelectText }: ArticlePaneProps) {
  const root = useRef<HTMLDivElement>(null);
  const runs = useMemo(
    () => segmentSpans(text, proposals, (p) => p, (a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id)),
    [text, proposals],
  );

  useEffect(() => {
    const element = root.current;
    if (element === null) return;
    const onChange = () => {
      const selection = document.getSelection();
      const span = selectionSpan(element, selection);
      if (span !== null) onSelectText(trimSpan(text, span));
      else if (selection?.anchorNode && element.contains(selection.anchorNode)) onSelectText(null);
      // A selection elsewhere (in a form field) leaves the article's last selection for the Create buttons.
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, onSelectText]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (document.getSelection()?.isCollapsed === false) return; // the end of a drag that selected text
    const run = (event.target as HTMLElement).closest<HTMLElement>('[data-start]');
    if (run === null) return;
    const picked = nextPick(proposals, Number(run.dataset.start), selectedId);
    if (picked !== null) onPick(picked);
  };

  return (
    // The list beside the article is the keyboard way to every proposal; clicks here are a shortcut.
    <div ref={root} className="author-article ar" lang="ar" dir="rtl" data-testid="article" onClick={onClick}>
      {runs.map((run) => (
        <span key={run.start} data-start={run.start} className={runClass(run.items, selectedId) || undefined}>
          {run.text}
        </span>
      ))}
    </div>
  );
}
