/**
 * The plan of a synthetic dataset before any text is written: which actors
 * are related, which events happen in which article, who takes part and
 * who speaks. Activity is skewed (a Zipf draw over a seeded ranking of the
 * actors): a few actors take part in a large share of the events and hold
 * many relations, most appear rarely, as in real coverage.
 */
import { RELATION_TYPES, type RelationType } from '../vocabulary';
import type { ActorPlan } from './actors';
import { draftDate, type DraftDate } from './fuzzy-dates';
import { zipfSampler, type Random } from './random';
import { CIRCUMSTANCES, CLAIMS, TOPICS, type Pair } from './words';

export interface RelationPlan {
  id: string;
  type: RelationType;
  source: number;
  target: number;
  /** Events told with this relation (capped, see MAX_EVENTS_PER_RELATION). */
  events: string[];
}

export interface StatementPlan {
  id: string;
  mode: 'direct-quote' | 'reported-speech';
  claim: Pair;
  /** A news agency actor relaying the words, or null. */
  reportedBy: number | null;
}

export interface EventPlan {
  id: string;
  source: number;
  relation: number;
  /** Actors beyond the relation's two, present as participants. */
  extras: number[];
  date: DraftDate;
  topic: Pair;
  circumstance: Pair;
  statement: StatementPlan | null;
  /** Another article that also tells of the event, or null. */
  corroboratedBy: number | null;
}

export interface DatasetPlan {
  relations: RelationPlan[];
  events: EventPlan[];
}

/** Relations per actor, as the issue asks (M actors, about 3M relations). */
export const RELATIONS_PER_ACTOR = 3;
/** A relation lists at most this many events: enough for the graph's weights, bounded for the JSON. */
const MAX_EVENTS_PER_RELATION = 40;
const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/** The id of the article at `index`, in publication order. */
export function articleId(index: number): string {
  return `article-${String(index + 1).padStart(5, '0')}`;
}

/** A seeded permutation of 0..n-1 (Fisher–Yates). */
function shuffled(n: number, random: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Plans relations and events. `published` holds each article's publication
 * day number; events are spread over the articles in order, so the timeline
 * runs across all their dates.
 */
export function planDataset(actors: readonly ActorPlan[], eventCount: number, published: readonly number[], random: Random): DatasetPlan {
  const ranking = shuffled(actors.length, random);
  const rank = zipfSampler(actors.length, 1, random);
  const active = () => ranking[rank()]!;
  const agencies = actors.flatMap((a, i) => (a.kind === 'news-media' ? [i] : []));

  const relations: RelationPlan[] = [];
  const relationsOf: number[][] = actors.map(() => []);
  for (let a = 0; a < actors.length && actors.length > 1; a++) {
    const affiliation = actors[a]!.affiliation;
    for (let k = 0; k < RELATIONS_PER_ACTOR; k++) {
      // A person's first relation is membership of the body it works for; the others go to active actors.
      let b = k === 0 && affiliation !== null ? affiliation : active();
      for (let tries = 0; b === a && tries < 5; tries++) b = active();
      if (b === a) b = (a + 1) % actors.length;
      const type = k === 0 && affiliation !== null ? 'member-of' : random.pick(RELATION_TYPE_NAMES.filter((t) => t !== 'member-of'));
      const index = relations.length;
      relations.push({ id: `relation-${String(index + 1).padStart(6, '0')}`, type, source: a, target: b, events: [] });
      relationsOf[a]!.push(index);
      relationsOf[b]!.push(index);
    }
  }

  const events: EventPlan[] = [];
  for (let e = 0; e < eventCount && relations.length > 0; e++) {
    const id = `event-${String(e + 1).padStart(6, '0')}`;
    const source = Math.min(published.length - 1, Math.floor((e * published.length) / eventCount));
    const relation = random.pick(relationsOf[active()]!);
    const plan = relations[relation]!;
    const extras = new Set<number>();
    for (let k = random.int(0, 2); k > 0; k--) {
      const extra = active();
      if (extra !== plan.source && extra !== plan.target) extras.add(extra);
    }
    const date = draftDate(published[source]!, articleId(source), random);
    const statement: StatementPlan | null = random.chance(0.4)
      ? {
          id: `statement-${String(e + 1).padStart(6, '0')}`,
          mode: random.chance(0.6) ? 'direct-quote' : 'reported-speech',
          claim: random.pick(CLAIMS),
          reportedBy: agencies.length > 0 && random.chance(0.3) ? random.pick(agencies) : null,
        }
      : null;
    const corroboratedBy = published.length > 1 && random.chance(0.1) ? (source + random.int(1, published.length - 1)) % published.length : null;
    events.push({ id, source, relation, extras: [...extras], date, topic: random.pick(TOPICS), circumstance: random.pick(CIRCUMSTANCES), statement, corroboratedBy });
    if (plan.events.length < MAX_EVENTS_PER_RELATION) plan.events.push(id);
  }
  return { relations, events };
}
