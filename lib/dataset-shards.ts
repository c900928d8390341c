/**
 * The dataset cut into files the explorer fetches when it needs them. The
 * page carries what every view draws (timeline and graph columns, actor and
 * source summaries); the records behind a panel or the reader come in shards:
 *
 * - an event chunk: EVENT_CHUNK consecutive events in date order, their
 *   statements, and the actors and sources (without texts) they name;
 * - a source shard: one article, its text, and every record that cites a
 *   passage of it, with the records those name, so its highlights are whole;
 * - an actor's shard: what its panel lists (`actorShard` below).
 *
 * Every record of a shard is whole and exactly as validated. An actor's
 * shard leaves out the other actors its records name, whose names its panel
 * takes from the page's summaries. `mergeShards` unions the shards loaded so
 * far into one dataset (first copy of an id wins; copies are identical) and
 * `buildIndex` indexes it like the full one, so panels and reader run
 * unchanged.
 */
import type { Actor, AtharEvent, Dataset, Passage, Relation, Source, Statement } from './schema';
import { eventOrder, type DatasetIndex } from './query';

/** Events per chunk: about 1 MB of JSON at the synthetic datasets' density. */
export const EVENT_CHUNK = 500;

/** A slice of the dataset; briefings are not part of the explorer's shards. */
export type DatasetShard = Omit<Dataset, 'briefings'>;

export function eventChunkCount(eventCount: number): number {
  return Math.ceil(eventCount / EVENT_CHUNK);
}

/** The chunk holding the event with this number (its position in date order). */
export function eventChunkOf(eventNumber: number): number {
  return Math.floor(eventNumber / EVENT_CHUNK);
}

/** Collects records by id, once each, and the ids they refer to. */
class ShardBuilder {
  readonly actors = new Map<string, Actor>();
  readonly events = new Map<string, AtharEvent>();
  readonly statements = new Map<string, Statement>();
  readonly relations = new Map<string, Relation>();
  readonly sourceIds = new Set<string>();

  /**
   * `otherActors`: whether the actors an event, statement or relation names
   * come whole, with the sources of their own passages (mentions, role,
   * affiliation). An actor's panel only names them, and the explorer's page
   * already holds every actor's name: at 100,000 events their sources were
   * 60% of a busy actor's 230 sources, and their records 137 of its 384 KB.
   */
  constructor(
    private readonly index: DatasetIndex,
    private readonly otherActors = true,
  ) {}

  private passage(p: Passage | null | undefined): void {
    if (p) this.sourceIds.add(p.source);
  }

  actor(id: string, followAffiliation = true, withSources = true): void {
    const a = this.index.actors.get(id);
    if (!a || this.actors.has(id)) return;
    this.actors.set(id, a);
    if (withSources) {
      a.mentions.forEach((p) => this.passage(p));
      a.role?.evidence.forEach((p) => this.passage(p));
      a.affiliation?.evidence.forEach((p) => this.passage(p));
    }
    if (followAffiliation && a.affiliation) this.actor(a.affiliation.actor, false, this.otherActors);
  }

  /** An actor a record names: whole, or left to the page's summaries (see the constructor). */
  private named(id: string): void {
    if (this.otherActors) this.actor(id);
  }

  event(e: AtharEvent): void {
    if (this.events.has(e.id)) return;
    this.events.set(e.id, e);
    e.participants.forEach((p) => this.named(p.actor));
    e.evidence.forEach((p) => this.passage(p));
    this.passage(e.date.passage);
  }

  statement(s: Statement): void {
    if (this.statements.has(s.id)) return;
    this.statements.set(s.id, s);
    for (const id of [s.speaker, s.addressee, s.reportedBy]) if (id) this.named(id);
    this.passage(s.passage);
    const e = this.index.events.get(s.event);
    if (e) this.event(e);
  }

  relation(r: Relation): void {
    if (this.relations.has(r.id)) return;
    this.relations.set(r.id, r);
    this.named(r.source);
    this.named(r.target);
    r.passages.forEach((p) => this.passage(p));
  }

  shard(texts: Record<string, string>): DatasetShard {
    const sources: Source[] = [];
    for (const id of this.sourceIds) {
      const s = this.index.sources.get(id);
      if (s) sources.push(s);
    }
    return {
      sources,
      texts,
      actors: [...this.actors.values()],
      events: [...this.events.values()],
      statements: [...this.statements.values()],
      relations: [...this.relations.values()],
    };
  }
}

/** Chunk `chunk` of the events in date order, with their statements; null past the end. */
export function eventChunk(index: DatasetIndex, chunk: number): DatasetShard | null {
  if (!Number.isInteger(chunk) || chunk < 0 || chunk >= eventChunkCount(index.eventsInOrder.length)) return null;
  const b = new ShardBuilder(index);
  for (const e of index.eventsInOrder.slice(chunk * EVENT_CHUNK, (chunk + 1) * EVENT_CHUNK)) {
    b.event(e);
    (index.statementsByEvent.get(e.id) ?? []).forEach((s) => b.statement(s));
  }
  return b.shard({});
}

/** One source with its text and every record citing it; null for an unknown id. */
/**
 * An actor's shard holds at most this many of its events, the first in date
 * order (as its record page lists them). A busier actor's panel says how
 * many it shows; with a period brushed it reads the event chunks with most
 * of its records in that period instead (./shard-plan).
 */
export const ACTOR_SHARD_MAX_EVENTS = 200;

/** The events behind an actor's panel: those it takes part in and those it speaks in, in date order. */
export function actorShardEvents(index: DatasetIndex, actorId: string): AtharEvent[] {
  const ids = new Set<string>((index.eventsByActor.get(actorId) ?? []).map((e) => e.id));
  for (const s of index.statementsBySpeaker.get(actorId) ?? []) ids.add(s.event);
  return [...ids].flatMap((id) => index.events.get(id) ?? []).sort(eventOrder);
}

/**
 * `/data/actors/<id>.json`: an actor's first ACTOR_SHARD_MAX_EVENTS events
 * (all of them for most actors), each with all its statements, the actor
 * and its affiliation, and the sources of every passage the panel shows
 * (the actor's own, its events' and its statements'): what it lists, in one
 * file of a few hundred KB at most, where the event chunks holding them
 * would be up to four of 1.8 MB. The other actors its records name are not
 * in it: the panel names them from the page's summaries (the busiest actor
 * at 100,000 events: 247 KB, against 384 KB with their records). Null for an
 * unknown actor or one in no event (its record comes with the source that
 * mentions it).
 */
export function actorShard(index: DatasetIndex, actorId: string): DatasetShard | null {
  if (!index.actors.has(actorId)) return null;
  const events = actorShardEvents(index, actorId);
  if (events.length === 0) return null;
  const b = new ShardBuilder(index, false);
  b.actor(actorId);
  for (const e of events.slice(0, ACTOR_SHARD_MAX_EVENTS)) {
    b.event(e);
    (index.statementsByEvent.get(e.id) ?? []).forEach((s) => b.statement(s));
  }
  return b.shard({});
}

export function sourceShard(index: DatasetIndex, sourceId: string): DatasetShard | null {
  const source = index.sources.get(sourceId);
  if (!source) return null;
  const b = new ShardBuilder(index);
  b.sourceIds.add(sourceId);
  for (const ref of index.passagesBySource.get(sourceId) ?? []) {
    const { kind, id } = ref.owner;
    if (kind === 'event') {
      const e = index.events.get(id);
      if (e) b.event(e);
    } else if (kind === 'statement') {
      const s = index.statements.get(id);
      if (s) b.statement(s);
    } else if (kind === 'actor') b.actor(id);
    else if (kind === 'relation') {
      const r = index.relations.get(id);
      if (r) b.relation(r);
    }
  }
  return b.shard({ [sourceId]: index.dataset.texts[sourceId] ?? '' });
}

/** The union of shards as one dataset, in a stable order (by id within each kind). */
export function mergeShards(shards: readonly DatasetShard[]): Dataset {
  const pick = <T extends { id: string }>(lists: (readonly T[])[]): T[] => {
    const byId = new Map<string, T>();
    for (const list of lists) for (const r of list) if (!byId.has(r.id)) byId.set(r.id, r);
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };
  return {
    sources: pick(shards.map((s) => s.sources)),
    texts: Object.assign({}, ...shards.map((s) => s.texts)) as Record<string, string>,
    actors: pick(shards.map((s) => s.actors)),
    events: pick(shards.map((s) => s.events)),
    statements: pick(shards.map((s) => s.statements)),
    relations: pick(shards.map((s) => s.relations)),
    briefings: [],
  };
}
