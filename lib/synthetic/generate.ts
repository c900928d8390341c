/**
 * `generateDataset`: a whole synthetic dataset for a seed, as the records
 * and texts `data/` holds. The plan (plan.ts) says what happens; this file
 * writes each article's text sentence by sentence, remembering the span of
 * every piece a record cites, and then cuts the passages from the finished
 * texts, so offsets, quotes and hashes hold by construction.
 */
import { createHash } from 'node:crypto';
import { isoDay } from '../dates';
import { dayNumber } from '../day';
import { passageAt } from '../passage';
import type { Actor, AtharEvent, Passage, Relation, Source, Statement } from '../schema';
import { RELATION_TYPES } from '../vocabulary';
import { planActors, type ActorPlan } from './actors';
import { articleId, planDataset, type EventPlan, type RelationPlan } from './plan';
import { seededRandom, type Random } from './random';
import { TextBuilder, type Span } from './text-builder';
import { NAME_WORDS, RELATION_TELLING, TOPICS } from './words';

export interface SyntheticOptions {
  events: number;
  actors: number;
  seed: number;
}

/** The records of a dataset and the raw text of each source by id. */
export interface SyntheticDataset {
  sources: Source[];
  texts: Record<string, string>;
  actors: Actor[];
  events: AtharEvent[];
  statements: Statement[];
  relations: Relation[];
}

/** Articles carry about this many events each; more articles when there are many actors to introduce. */
const EVENTS_PER_ARTICLE = 40;
const ACTORS_PER_ARTICLE = 200;
/** Publication days run over ten years. */
const FIRST_DAY = dayNumber('2013-01-01');
const LAST_DAY = dayNumber('2022-12-31');

function articleDays(count: number, random: Random): number[] {
  const step = (LAST_DAY - FIRST_DAY) / count;
  return Array.from({ length: count }, (_, i) => Math.round(FIRST_DAY + i * step + random.next() * step * 0.8));
}

/** What one article says, collected before any of it is written. */
interface ArticleJobs {
  write: ((text: TextBuilder) => void)[];
}

export function generateDataset(options: SyntheticOptions): SyntheticDataset {
  const { events: eventCount, actors: actorCount, seed } = options;
  if (!Number.isInteger(eventCount) || eventCount < 0) throw new RangeError(`events must be a whole number ≥ 0, not ${eventCount}`);
  if (!Number.isInteger(actorCount) || actorCount < 2) throw new RangeError(`actors must be a whole number ≥ 2, not ${actorCount}`);
  const random = seededRandom(seed);
  const actors = planActors(actorCount, random);
  const articleCount = Math.max(2, Math.ceil(eventCount / EVENTS_PER_ARTICLE), Math.ceil(actorCount / ACTORS_PER_ARTICLE));
  const published = articleDays(articleCount, random);
  const plan = planDataset(actors, eventCount, published, random);
  const jobs: ArticleJobs[] = published.map(() => ({ write: [] }));
  const alias = (i: number) => actors[i]!.aliases[0]!;

  // Spans each record cites, filled in as the texts are written.
  const mentions: Span[][] = actors.map(() => []);
  const profiles: (Span | null)[] = actors.map(() => null);
  const evidence = new Map<string, Span[]>();
  const dateSpans = new Map<string, Span>();
  const statementSpans = new Map<string, Span>();
  const relationSpans = new Map<string, Span>();

  const tellRelation = (r: RelationPlan) => {
    const telling = RELATION_TELLING[r.type];
    return `${telling.verb} ${alias(r.source)}${telling.link ? ` ${telling.link}` : ''} ${alias(r.target)}`;
  };

  for (const event of plan.events) {
    const relation = plan.relations[event.relation]!;
    jobs[event.source]!.write.push((text) => {
      const start = text.mark();
      dateSpans.set(event.id, text.span(event.date.expression));
      const presence = event.extras.length > 0 ? ` بحضور ${event.extras.map(alias).join(' و')}` : '';
      text.write(`، ${tellRelation(relation)} بشأن ${event.topic[0]} ${event.circumstance[0]}${presence}.`);
      evidence.set(event.id, [text.since(start)]);
      const statement = event.statement;
      if (statement) {
        const claim = statement.claim[0].replace('%', event.topic[0]);
        text.write(statement.mode === 'direct-quote' ? ` وقال ${alias(relation.source)}: "` : ` وأكد ${alias(relation.source)} أن `);
        statementSpans.set(statement.id, text.span(claim));
        text.write(statement.mode === 'direct-quote' ? '".' : '.');
      }
    });
    if (event.corroboratedBy !== null) {
      jobs[event.corroboratedBy]!.write.push((text) => {
        const span = text.span(`وكانت تقارير سابقة قد أفادت بأن ${alias(relation.source)} ${RELATION_TELLING[relation.type].verb} ${alias(relation.target)} بشأن ${event.topic[0]}.`);
        evidence.get(event.id)?.push(span);
      });
    }
  }
  actors.forEach((actor, i) => {
    jobs[i % articleCount]!.write.push((text) => writeProfile(text, actor, i, actors, mentions, profiles, random));
  });
  for (const relation of plan.relations) {
    if (relation.events.length > 0) continue;
    jobs[Number(relation.id.slice(-6)) % articleCount]!.write.push((text) => {
      relationSpans.set(relation.id, text.span(`وذكرت المصادر أن ${alias(relation.source)} ${RELATION_TELLING[relation.type].verb} ${alias(relation.target)} في وقت سابق.`));
    });
  }

  const sources: Source[] = [];
  const texts: Record<string, string> = {};
  const cut = (span: Span): Passage => passageAt(span.source, texts[span.source]!, span.start, span.end);
  published.forEach((day, index) => {
    const id = articleId(index);
    const topic = random.pick(TOPICS);
    const agency = random.pick(NAME_WORDS);
    const hour = String(random.int(6, 22)).padStart(2, '0');
    const minute = String(random.int(0, 59)).padStart(2, '0');
    const text = new TextBuilder(id);
    text.write(`${topic[0]}: تقرير رقم ${index + 1}\n`);
    const dateline = text.span(`${isoDay(day).replaceAll('-', '/')} الساعة ${hour}:${minute} (مكة المكرمة)`);
    text.write('\n\n');
    jobs[index]!.write.forEach((write, k) => {
      if (k > 0) text.write(k % 4 === 0 ? '\n\n' : ' ');
      write(text);
    });
    text.write('\n\nالمصدر: ');
    const publisher = text.span(`وكالة ${agency[0]} للأنباء`);
    text.write('\n');
    texts[id] = text.toString();
    sources.push({
      id,
      title: { ar: `${topic[0]}: تقرير رقم ${index + 1}`, en: `Synthetic report ${index + 1} on ${topic[1]}` },
      language: 'ar',
      textFile: `${id}.txt`,
      sha256: createHash('sha256').update(texts[id], 'utf8').digest('hex'),
      publisher: { stated: { name: `${agency[1]} News Agency (وكالة ${agency[0]} للأنباء)`, passage: cut(publisher) }, inferred: null, credit: null },
      publication: {
        datetime: `${isoDay(day)}T${hour}:${minute}:00+03:00`,
        basis: 'stated',
        passage: cut(dateline),
        note: 'The dateline states the publication time in Mecca time (UTC+3).',
      },
    });
  });

  return {
    sources,
    texts,
    actors: actors.map((actor, i) => actorRecord(actor, actors, mentions[i]!.map(cut), profiles[i] ? cut(profiles[i]) : null)),
    events: plan.events.map((event) => eventRecord(event, plan.relations[event.relation]!, actors, evidence.get(event.id)!.map(cut), cut(dateSpans.get(event.id)!))),
    statements: plan.events.flatMap((event) => {
      const s = event.statement;
      if (!s) return [];
      const relation = plan.relations[event.relation]!;
      return [{
        id: s.id,
        speaker: actors[relation.source]!.id,
        addressee: actors[relation.target]!.id,
        event: event.id,
        passage: cut(statementSpans.get(s.id)!),
        gloss: `${s.claim[1].replace('%', event.topic[1])}.`,
        mode: s.mode,
        reportedBy: s.reportedBy === null ? null : actors[s.reportedBy]!.id,
      }];
    }),
    relations: plan.relations.map((r) => ({
      id: r.id,
      type: r.type,
      source: actors[r.source]!.id,
      target: actors[r.target]!.id,
      events: r.events,
      passages: relationSpans.has(r.id) ? [cut(relationSpans.get(r.id)!)] : [],
    })),
  };
}

/** The sentences that introduce an actor: its full name (and a person's short form, role and employer). */
function writeProfile(text: TextBuilder, actor: ActorPlan, i: number, actors: readonly ActorPlan[], mentions: Span[][], profiles: (Span | null)[], random: Random): void {
  const topic = random.pick(TOPICS)[0];
  const start = text.mark();
  mentions[i]!.push(text.span(actor.aliases[0]!));
  if (actor.kind !== 'person') {
    text.write(`، وهي جهة معنية بملف ${topic}.`);
    return;
  }
  const employer = actor.affiliation === null ? null : actors[actor.affiliation]!;
  text.write(actor.role && employer ? `، ${actor.role[0]} في ${employer.aliases[0]}.` : ` من المتابعين لملف ${topic}.`);
  profiles[i] = text.since(start);
  text.write(' ويعرف ');
  mentions[i]!.push(text.span(actor.aliases[1]!));
  text.write(` بمواقفه من ${topic}.`);
}

function actorRecord(actor: ActorPlan, actors: readonly ActorPlan[], mentions: Passage[], profile: Passage | null): Actor {
  const employer = actor.affiliation === null ? null : actors[actor.affiliation]!;
  return {
    id: actor.id,
    name: actor.name,
    aliases: actor.aliases,
    kind: actor.kind,
    country: actor.country,
    affiliation: employer && profile ? { actor: employer.id, evidence: [profile] } : null,
    role: actor.role && profile ? { ar: actor.role[0], en: actor.role[1], evidence: [profile] } : null,
    mentions,
    analystNotes: [],
  };
}

function eventRecord(event: EventPlan, relation: RelationPlan, actors: readonly ActorPlan[], evidence: Passage[], datePassage: Passage): AtharEvent {
  const telling = RELATION_TELLING[relation.type];
  const [a, b] = [actors[relation.source]!, actors[relation.target]!];
  const { status, ...date } = event.date;
  const targetRole = RELATION_TYPES[relation.type].directed ? 'target' : 'participant';
  return {
    id: event.id,
    type: telling.event as AtharEvent['type'],
    cameo: telling.cameo,
    status,
    title: { en: `${a.name.en} ${telling.en} ${b.name.en} on ${event.topic[1]}`, ar: `${telling.verb} ${a.aliases[0]}${telling.link ? ` ${telling.link}` : ''} ${b.aliases[0]} بشأن ${event.topic[0]}` },
    summary: `${a.name.en} ${telling.en} ${b.name.en} on ${event.topic[1]}, ${event.circumstance[1]}.`,
    date: { ...date, passage: datePassage },
    participants: [
      { actor: a.id, role: RELATION_TYPES[relation.type].directed ? 'source' : 'participant' },
      { actor: b.id, role: targetRole },
      ...event.extras.map((x) => ({ actor: actors[x]!.id, role: 'participant' as const })),
    ],
    evidence,
    analystNotes: [],
  };
}
