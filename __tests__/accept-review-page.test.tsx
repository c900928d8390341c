/**
 * The review page (components/author) in jsdom, saving through the same
 * accept step the authoring server runs, into a temporary copy of data/:
 * accept one proposal, reject one, make an event from a selection, save,
 * and the files change. Also the selection → offset mapping on its own.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { render, screen, within, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewPage, type SaveResult } from '@/components/author/ReviewPage';
import { rangeSpan, trimSpan } from '@/components/author/selection-offsets';
import type { DraftBundle } from '@/components/author/review-state';
import { formatSummary } from '@/lib/accept/summary';
import type { ReviewedDraft } from '@/lib/accept/review';
import { loadDataset } from '@/lib/load';
import type { Actor, AtharEvent } from '@/lib/schema';
import { acceptIntoDataDir } from '@/scripts/accept-files';
import { ARTICLE, reviewedDraft, snapshot, SOURCE_ID, span, tempDataDir } from './helpers/accept-fixture';

// jsdom has no TextDecoder; the data loader behind the save needs Node's.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

let data: string;
beforeEach(() => {
  data = tempDataDir('athar-review-page-');
});
afterEach(() => rmSync(path.dirname(data), { recursive: true, force: true }));

/** The fixture draft as ingest writes it: no decisions, no reviewer fields. */
function freshBundle(): DraftBundle & { text: string } {
  const draft = reviewedDraft();
  for (const p of draft.proposals) {
    delete p.decision;
    delete p.record;
  }
  const real = loadDataset(data);
  return {
    id: SOURCE_ID,
    draft,
    text: ARTICLE,
    accepted: false,
    actors: real.actors.map((a) => ({ id: a.id, nameEn: a.name.en, nameAr: a.name.ar, kind: a.kind })),
    events: real.events.map((e) => ({ id: e.id, titleEn: e.title.en, type: e.type, edtf: e.date.edtf, participants: e.participants.map((p) => p.actor) })),
  };
}

/** What the authoring server does on Save, in process. */
async function acceptHere(draft: ReviewedDraft): Promise<SaveResult> {
  const { outcome } = acceptIntoDataDir(data, JSON.parse(JSON.stringify(draft)) as unknown);
  return outcome.ok ? { ok: true, lines: formatSummary(outcome.summary) } : { ok: false, lines: outcome.problems.map((p) => `${p.proposal}: ${p.message}`), problems: outcome.problems };
}

/** Selects [start, end) of the article as a reader would, across the highlight runs. */
function selectInArticle(article: HTMLElement, start: number, end: number): void {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    if (start >= at && start <= at + length && range.startContainer === document) range.setStart(node, start - at);
    if (end >= at && end <= at + length) {
      range.setEnd(node, end - at);
      break;
    }
    at += length;
  }
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

function card(id: string): HTMLElement {
  const element = document.getElementById(`card-${id}`);
  if (element === null) throw new Error(`no card ${id}`);
  return element;
}

it('accepts one proposal, rejects one, makes an event from a selection, and saves into the data', async () => {
  const user = userEvent.setup();
  const before = snapshot(data);
  render(<ReviewPage bundle={freshBundle()} onAccept={acceptHere} onKeep={acceptHere} />);

  const article = screen.getByTestId('article');
  expect(article.textContent).toBe(ARTICLE);

  await user.click(within(card('mention-wang')).getByRole('button', { name: 'Accept' }));
  await user.click(within(card('mention-ministry')).getByRole('button', { name: 'Reject' }));
  expect(within(card('mention-wang')).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');

  const sentence = span('أن الجانبين سيلتقيان في يوليو المقبل');
  act(() => selectInArticle(article, sentence.start, sentence.end));
  await user.click(screen.getByRole('button', { name: 'New event' }));
  const made = card(`manual-event-${sentence.start}-${sentence.end}`);
  await user.selectOptions(within(made).getByRole('combobox', { name: 'Type' }), 'consultation');
  await user.click(within(made).getByRole('button', { name: 'Add participant' }));
  await user.selectOptions(within(made).getByRole('combobox', { name: 'Actor 1' }), 'a:china');
  await user.selectOptions(within(made).getByRole('combobox', { name: 'Status' }), 'expected');
  await user.type(within(made).getByRole('textbox', { name: 'Record id' }), 'sides-to-meet-in-july');

  await user.click(screen.getByRole('button', { name: 'Save: accept into the data' }));
  const status = await screen.findByText('✓ Saved.');
  expect(status.closest('[role="status"]')).toHaveTextContent('1 new event: sides-to-meet-in-july');
  expect(screen.getByRole('button', { name: 'Accepted' })).toBeDisabled();

  const after = snapshot(data);
  expect(Object.keys(after).filter((f) => after[f] !== before[f]).sort()).toEqual(['actors.json', 'events.json', `sources/${SOURCE_ID}.json`]);
  const events = JSON.parse(readFileSync(path.join(data, 'events.json'), 'utf8')) as AtharEvent[];
  expect(events.find((e) => e.id === 'sides-to-meet-in-july')).toMatchObject({ type: 'consultation', cameo: '04', status: 'expected', participants: [{ actor: 'china', role: 'participant' }], evidence: [{ quote: { exact: sentence.exact } }] });
  const actors = JSON.parse(readFileSync(path.join(data, 'actors.json'), 'utf8')) as Actor[];
  expect(actors.find((a) => a.id === 'wang-yi')?.mentions.at(-1)?.source).toBe(SOURCE_ID);
  expect(actors.find((a) => a.id === 'chinese-foreign-ministry')?.mentions.some((m) => m.source === SOURCE_ID)).toBe(false);
});

it('shows every problem on its card and writes nothing', async () => {
  const user = userEvent.setup();
  const before = snapshot(data);
  render(<ReviewPage bundle={freshBundle()} onAccept={acceptHere} onKeep={acceptHere} />);
  await user.click(within(card('statement-ready')).getByRole('button', { name: 'Accept' }));
  await user.click(screen.getByRole('button', { name: 'Save: accept into the data' }));
  expect(await screen.findByText(/Not saved: \d+ problems?\. Nothing was written\./)).toBeInTheDocument();
  expect(within(card('statement-ready')).getAllByRole('alert').map((a) => a.textContent).join('\n')).toMatch(/needs an English gloss[\s\S]*its event event-said was left undecided/);
  expect(snapshot(data)).toEqual(before);
});

it('clicking the article picks the narrowest proposal there, then the wider ones', async () => {
  const user = userEvent.setup();
  render(<ReviewPage bundle={freshBundle()} onAccept={acceptHere} onKeep={acceptHere} />);
  const run = screen.getByTestId('article').querySelector(`[data-start="${span('وانغ يي').start}"]`) as HTMLElement;
  await user.click(run);
  expect(card('mention-wang')).toHaveClass('is-selected');
  await user.click(run);
  expect(card('event-said')).toHaveClass('is-selected');
});

describe('selection → offsets', () => {
  const text = 'أ\u00a0ب "ج"\nد😀ه';
  function article(): HTMLElement {
    const root = document.createElement('div');
    // Runs of the text in nested spans, as the article draws highlights.
    root.innerHTML = '<span>أ\u00a0ب </span><span><b>"ج"</b>\n</span><span>د😀</span>ه';
    document.body.append(root);
    return root;
  }

  it('counts UTF-16 code units of the raw text, across runs and element boundaries', () => {
    const root = article();
    expect(root.textContent).toBe(text);
    const range = document.createRange();
    range.setStart(root.childNodes[1] as Node, 0); // (element, child index), before "ج"
    range.setEnd(root.childNodes[2]?.firstChild as Node, 3); // after the emoji (two code units)
    const got = rangeSpan(root, range);
    expect(got).toEqual({ start: text.indexOf('"'), end: text.indexOf('😀') + 2 });
    expect(text.slice(got?.start, got?.end)).toBe('"ج"\nد😀');
  });

  it('clips a selection that reaches outside the article, and trims white space', () => {
    const root = article();
    const outside = document.createElement('p');
    outside.textContent = 'before';
    root.before(outside);
    const range = document.createRange();
    range.setStart(outside.firstChild as Node, 2);
    range.setEnd(root.firstChild?.firstChild as Node, 4);
    expect(rangeSpan(root, range)).toEqual({ start: 0, end: 4 });
    expect(trimSpan(text, { start: 1, end: 4 })).toEqual({ start: 2, end: 3 });
    range.setStart(outside.firstChild as Node, 0);
    range.setEnd(outside.firstChild as Node, 3);
    expect(rangeSpan(root, range)).toBeNull();
  });
});
