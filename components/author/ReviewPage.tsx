/**
 * The review page of one draft: the article with every proposal
 * highlighted, the list of proposals with their decisions and forms, the
 * selection bar for making records by hand, and Save. Save posts the
 * reviewed draft (the reducer's state, nothing else) and shows what the
 * server answers: the summary of what was added, or every problem, each
 * also shown on its proposal's card.
 *
 * It talks to no server itself; the caller passes `onAccept` and `onKeep`,
 * so the page is tested with the same accept step the server runs.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { AcceptProblem, ReviewedDraft, ReviewedProposal } from '@/lib/accept/review';
import { UNTITLED, defaultPublicationNote } from '@/lib/accept/defaults';
import { ArticlePane } from './ArticlePane';
import { TextField, actorOptions } from './fields';
import { ProposalCard } from './ProposalCard';
import { reviewReducer, type CreatableKind, type DraftBundle } from './review-state';
import type { TextSpan } from './selection-offsets';

export interface SaveResult {
  ok: boolean;
  lines: string[];
  problems?: AcceptProblem[];
}

export interface ReviewPageProps {
  bundle: DraftBundle & { text: string };
  /** Accept the reviewed draft into the data (the server's /accept). */
  onAccept: (draft: ReviewedDraft) => Promise<SaveResult>;
  /** Keep the review so far in the draft file, accepting nothing. */
  onKeep: (draft: ReviewedDraft) => Promise<SaveResult>;
}

const KINDS = ['event', 'statement', 'actor', 'mention', 'date'] as const;
const CREATABLE: CreatableKind[] = ['event', 'statement', 'actor', 'mention'];

type Filter = 'all' | 'undecided' | ReviewedProposal['kind'];

export function ReviewPage({ bundle, onAccept, onKeep }: ReviewPageProps) {
  const [draft, dispatch] = useReducer(reviewReducer, bundle.draft);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [result, setResult] = useState<SaveResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState(bundle.accepted);
  const { text } = bundle;

  const actorChoices = useMemo(() => actorOptions(bundle.actors, draft.proposals), [bundle.actors, draft.proposals]);
  const toggleOpen = useCallback((id: string) => setOpen((s) => new Set(s.has(id) ? [...s].filter((x) => x !== id) : [...s, id])), []);
  const pick = useCallback((id: string) => setSelectedId(id), []);
  useEffect(() => {
    if (selectedId !== null) document.getElementById(`card-${selectedId}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  const showCard = (id: string) => {
    setFilter('all');
    setOpen((s) => new Set([...s, id]));
    setSelectedId(id);
  };

  const create = (kind: CreatableKind) => {
    if (selection === null) return;
    const id = `manual-${kind}-${selection.start}-${selection.end}`;
    dispatch({ type: 'create', kind, start: selection.start, end: selection.end, text: text.slice(selection.start, selection.end) });
    setOpen((s) => new Set([...s, id]));
    setSelectedId(id);
    setFilter('all');
  };

  const save = async (how: 'accept' | 'keep') => {
    setBusy(true);
    try {
      const answer = await (how === 'accept' ? onAccept : onKeep)(draft);
      setResult(answer);
      if (answer.ok && how === 'accept') setAccepted(true);
    } catch (error) {
      setResult({ ok: false, lines: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setBusy(false);
    }
  };

  const problemsBy = new Map<string, string[]>();
  for (const p of result?.problems ?? []) if (p.proposal !== null) problemsBy.set(p.proposal, [...(problemsBy.get(p.proposal) ?? []), p.message]);
  const shown = draft.proposals.filter((p) => filter === 'all' || (filter === 'undecided' ? p.decision === undefined : p.kind === filter));
  const undecided = draft.proposals.filter((p) => p.decision === undefined).length;
  const { source } = draft;

  return (
    <div className="review">
      <header className="review-head">
        <h1>
          Review <span className="mono">{bundle.id}</span>
        </h1>
        <p>
          Published {source.publication.datetime} ({source.publication.basis}
          {source.publication.passage ? <>: <bdi>&quot;{source.publication.passage.exact}&quot;</bdi></> : ''}) · {draft.proposals.length} proposals, {undecided} without a decision (left out when saved)
        </p>
        {source.publication.warnings.map((w) => (
          <p key={w} className="card-warning">
            ⚠ {w}
          </p>
        ))}
        <div className="source-fields">
          <TextField label="Title (Arabic)" arabic value={source.record?.titleAr} placeholder={source.title?.exact ?? UNTITLED.ar} onChange={(v) => dispatch({ type: 'source', patch: { titleAr: v || undefined } })} />
          <TextField label="Title (English)" required={source.title !== null} value={source.record?.titleEn} placeholder={source.title ? '' : UNTITLED.en} onChange={(v) => dispatch({ type: 'source', patch: { titleEn: v || undefined } })} />
          <TextField label="Publication note" multiline value={source.record?.note} placeholder={defaultPublicationNote(source.publication)} onChange={(v) => dispatch({ type: 'source', patch: { note: v || undefined } })} />
        </div>
        {(problemsBy.get('source') ?? []).map((m) => (
          <p key={m} className="card-problem" role="alert">
            ✗ source: {m}
          </p>
        ))}
      </header>

      <section className="review-article" aria-label="Article">
        <p className="legend" aria-hidden="true">
          {KINDS.map((k) => (
            <span key={k} className={`legend-item k-${k}`}>
              {k}
            </span>
          ))}
          <span className="legend-item k-rejected">rejected</span>
        </p>
        <ArticlePane text={text} proposals={draft.proposals} selectedId={selectedId} onPick={pick} onSelectText={setSelection} />
        <div className="selection-bar" role="group" aria-label="Make a record from the selected text">
          {selection === null ? (
            <span>Select words in the article to make an event, statement, actor or mention by hand.</span>
          ) : (
            <>
              <span>
                Selected <q className="ar-inline" lang="ar" dir="rtl">{text.slice(selection.start, selection.end)}</q> [{selection.start}, {selection.end})
              </span>
              {CREATABLE.map((kind) => (
                <button key={kind} type="button" onClick={() => create(kind)}>
                  New {kind}
                </button>
              ))}
            </>
          )}
        </div>
      </section>

      <section className="review-list" aria-label="Proposals">
        <label className="field filter">
          <span className="field-label">Show</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">all proposals</option>
            <option value="undecided">without a decision</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}s
              </option>
            ))}
          </select>
        </label>
        <ul className="cards">
          {shown.map((p) => (
            <ProposalCard
              key={p.id}
              proposal={p}
              draft={draft}
              selected={p.id === selectedId}
              open={open.has(p.id)}
              actors={bundle.actors}
              events={bundle.events}
              actorChoices={actorChoices}
              dispatch={dispatch}
              onPick={pick}
              onToggleOpen={toggleOpen}
              problems={problemsBy.get(p.id) ?? []}
            />
          ))}
        </ul>
      </section>

      <footer className="review-save">
        <button type="button" className="primary" disabled={busy || accepted} onClick={() => void save('accept')}>
          {accepted ? 'Accepted' : 'Save: accept into the data'}
        </button>
        <button type="button" disabled={busy} onClick={() => void save('keep')}>
          Keep review in the draft
        </button>
        <div role="status" aria-live="polite" className={result === null ? undefined : result.ok ? 'result-ok' : 'result-problems'}>
          {result === null ? null : (
            <>
              <p>{result.ok ? '✓ Saved.' : `✗ Not saved: ${result.lines.length} problem${result.lines.length === 1 ? '' : 's'}. Nothing was written.`}</p>
              <ul>
                {result.lines.map((line, i) => {
                  // The server answers one line per problem, in order: a line about a proposal leads to its card.
                  const about = result.problems?.[i]?.proposal;
                  const card = about !== undefined && about !== null && draft.proposals.some((p) => p.id === about);
                  return (
                    <li key={i}>
                      {card ? (
                        <button type="button" className="link" onClick={() => showCard(about)}>
                          {line}
                        </button>
                      ) : (
                        line
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      </footer>
    </div>
  );
}
