/**
 * Reading the cells of an events CSV row (layout in events-csv.ts): days,
 * precision, EDTF, participants and notes. Each reader pushes the reason a
 * cell is wrong and returns what it could read, so a row reports every
 * problem in one pass.
 */
import { PRECISIONS } from '../schema';
import type { AnalystNote, Participant, Precision } from '../schema';
import { isIsoDay } from '../dates';
import { dayNumber, isoDay } from '../day';
import { ACLED_TIME_PRECISION, NOTE_PREFIX, PARTICIPANT_SEPARATOR } from './events-csv';

const NOTE_BASIS = 'written in the notes column of an imported CSV file, without a stated basis';

/** The reasons a row fails, collected, so one row reports all of them at once. */
export type Reasons = string[];

/** Last day of the month of an ISO day. */
function monthEnd(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return isoDay(dayNumber(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) - 1);
}

/** The EDTF of an interval: a day, a whole month or year, a span of whole months, or a day span, with `..` for open ends. */
export function edtfFor(earliest: string | null, latest: string | null): string {
  if (earliest === null || latest === null) return `${earliest ?? '..'}/${latest ?? '..'}`;
  if (earliest === latest) return earliest;
  const monthAligned = earliest.endsWith('-01') && latest === monthEnd(latest);
  if (monthAligned && earliest.endsWith('-01-01') && latest.endsWith('-12-31') && earliest.slice(0, 4) === latest.slice(0, 4)) return earliest.slice(0, 4);
  if (monthAligned && earliest.slice(0, 7) === latest.slice(0, 7)) return earliest.slice(0, 7);
  if (monthAligned) return `${earliest.slice(0, 7)}/${latest.slice(0, 7)}`;
  return `${earliest}/${latest}`;
}

export function readDay(value: string, column: string, reasons: Reasons): string | null {
  if (value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) reasons.push(`bad date: ${column} "${value}" is not an ISO day YYYY-MM-DD`);
  else if (!isIsoDay(value)) reasons.push(`bad date: ${column} "${value}" is not a calendar day`);
  else return value;
  return null;
}

/** The precision word, checked against ACLED's code, or derived from the code and the interval. */
export function readPrecision(word: string, code: string, earliest: string | null, latest: string | null, reasons: Reasons): Precision | null {
  if (code !== '' && !['1', '2', '3'].includes(code)) {
    reasons.push(`bad date: time_precision "${code}" is not 1 (day), 2 (week) or 3 (month or vaguer)`);
    return null;
  }
  if (word !== '') {
    if (!(PRECISIONS as readonly string[]).includes(word)) {
      reasons.push(`bad date: precision "${word}" is not one of ${PRECISIONS.join(', ')}`);
      return null;
    }
    const precision = word as Precision;
    if (code !== '' && ACLED_TIME_PRECISION[precision] !== code) {
      reasons.push(`bad date: time_precision ${code} does not agree with precision "${precision}" (which is ${ACLED_TIME_PRECISION[precision]})`);
    }
    return precision;
  }
  if (code === '1') return 'day';
  if (code === '2') return 'week';
  const edtf = edtfFor(earliest, latest);
  if (code === '' && earliest !== null && earliest === latest) return 'day';
  return /^\d{4}-\d{2}$/.test(edtf) ? 'month' : /^\d{4}$/.test(edtf) ? 'year' : 'vague';
}

export function readParticipants(cell: string, actor1: string, actor2: string, reasons: Reasons): Participant[] {
  if (cell === '') {
    const list: Participant[] = [{ actor: actor1, role: 'source' }];
    if (actor2 !== '') list.push({ actor: actor2, role: 'target' });
    return list;
  }
  const list: Participant[] = [];
  for (const item of cell.split(PARTICIPANT_SEPARATOR.trim()).map((s) => s.trim()).filter(Boolean)) {
    const [actor = '', role = ''] = item.split(':').map((s) => s.trim());
    if (role !== 'source' && role !== 'target' && role !== 'participant') {
      reasons.push(`participants: "${item}" is not actor-id:role with role source, target or participant`);
    } else list.push({ actor, role });
  }
  for (const [column, id] of [['actor1', actor1], ['actor2', actor2]] as const) {
    if (id !== '' && !list.some((p) => p.actor === id)) reasons.push(`${column} "${id}" is not among the participants (${cell})`);
  }
  return list;
}

export function readNotes(cell: string): { dateNote?: string; analystNotes: AnalystNote[] } {
  const analystNotes: AnalystNote[] = [];
  const dateNotes: string[] = [];
  for (const raw of cell.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(NOTE_PREFIX.date) || line.startsWith(NOTE_PREFIX.evidence)) continue;
    if (line.startsWith(NOTE_PREFIX.dateNote)) dateNotes.push(line.slice(NOTE_PREFIX.dateNote.length));
    else {
      const text = line.startsWith(NOTE_PREFIX.analyst) ? line.slice(NOTE_PREFIX.analyst.length) : line;
      const basis = /^(.+) \[basis: (.+)\]$/.exec(text);
      analystNotes.push(basis ? { text: basis[1]!, basis: basis[2]! } : { text, basis: NOTE_BASIS });
    }
  }
  return dateNotes.length > 0 ? { dateNote: dateNotes.join(' '), analystNotes } : { analystNotes };
}
