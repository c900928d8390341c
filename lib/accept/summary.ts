/**
 * What an accepted draft added, counted for the reviewer: the CLI prints it
 * and the authoring page shows it after a save. Plain data plus one
 * formatter, so both say the same thing.
 */
import type { ReviewedProposal } from './review';

export interface AcceptSummary {
  source: string;
  actorsAdded: string[];
  /** Existing actors that got new mention passages or aliases. */
  actorsExtended: { id: string; mentions: number; aliases: string[] }[];
  eventsAdded: string[];
  /** Existing events that got evidence (and participants) instead of a duplicate. */
  eventsExtended: { id: string; evidence: number; participants: string[] }[];
  statementsAdded: string[];
  decisions: { accepted: number; edited: number; rejected: number; undecided: number };
  /** Things done that the reviewer should know about. */
  notes: string[];
  /** Files written, relative to the data directory. */
  files: string[];
}

export function countDecisions(proposals: readonly ReviewedProposal[]): AcceptSummary['decisions'] {
  const counts = { accepted: 0, edited: 0, rejected: 0, undecided: 0 };
  for (const p of proposals) counts[p.decision ?? 'undecided'] += 1;
  return counts;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `: ${ids.join(', ')}`;
}

/** The summary as lines of text, most important first. */
export function formatSummary(summary: AcceptSummary): string[] {
  const { decisions: d } = summary;
  const lines = [
    `source ${summary.source}`,
    `${plural(summary.actorsAdded.length, 'new actor')}${list(summary.actorsAdded)}`,
    `${plural(summary.eventsAdded.length, 'new event')}${list(summary.eventsAdded)}`,
    `${plural(summary.statementsAdded.length, 'new statement')}${list(summary.statementsAdded)}`,
  ];
  for (const a of summary.actorsExtended) {
    const count = a.aliases.length === 1 ? '1 alias' : `${a.aliases.length} aliases`;
    const aliases = a.aliases.length > 0 ? ` and ${count} (${a.aliases.join('، ')})` : '';
    lines.push(`actor ${a.id}: +${plural(a.mentions, 'mention')}${aliases}`);
  }
  for (const e of summary.eventsExtended) {
    const who = e.participants.length > 0 ? `, +participants ${e.participants.join(', ')}` : '';
    lines.push(`event ${e.id} (existing): +${plural(e.evidence, 'evidence passage')}${who}`);
  }
  lines.push(
    `decisions: ${d.accepted} accepted, ${d.edited} edited, ${d.rejected} rejected` +
      (d.undecided > 0 ? `, ${d.undecided} without a decision (treated as rejected)` : ''),
  );
  for (const note of summary.notes) lines.push(`note: ${note}`);
  if (summary.files.length > 0) lines.push(`files: ${summary.files.join(', ')}`);
  return lines;
}
