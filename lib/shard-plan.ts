/**
 * Which shards (./dataset-shards) a view needs: the event chunks holding the
 * selected event, statement, actor's or edge's records, and the source the
 * reader shows. Worked out from the page's columns alone, before any record
 * is loaded.
 *
 * A busy actor at 100,000 events takes part in thousands of events spread
 * over most chunks; loading them all would bring most of the dataset into
 * the tab. A selection loads at most MAX_CHUNKS chunks, those with the most
 * of its records inside the brushed window first (then anywhere), and the
 * panel says how many of the records it shows (`ScopeCoverage`).
 */
import { eventWindowTest, type EventDays, type GraphColumns } from './graph-columns';
import { ACTOR_SHARD_MAX_EVENTS, eventChunkOf } from './dataset-shards';
import type { DayWindow } from './query';

export const MAX_CHUNKS = 4;

/** Lookups built once per page from the columns. */
export interface ShardLookups {
  eventNo: ReadonlyMap<string, number>;
  actorNo: ReadonlyMap<string, number>;
  /** Event number of each statement. */
  statementEvent: ReadonlyMap<string, number>;
  /** Event numbers of each actor's statements, by actor number. */
  spokenIn: readonly (readonly number[])[];
}

/**
 * The lookups, each built the first time it is read: the page makes them
 * before its first drawing, which reads none of them, and at 100,000 events
 * the event map alone took 45 ms there.
 */
export function shardLookups(graph: GraphColumns): ShardLookups {
  let eventNo: Map<string, number> | undefined;
  let actorNo: Map<string, number> | undefined;
  let statementEvent: Map<string, number> | undefined;
  let spokenIn: number[][] | undefined;
  return {
    get eventNo() {
      return (eventNo ??= new Map(graph.eventId.map((id, n) => [id, n])));
    },
    get actorNo() {
      return (actorNo ??= new Map(graph.actors.map((id, i) => [id, i])));
    },
    get statementEvent() {
      return (statementEvent ??= new Map(graph.statementId.map((id, s) => [id, graph.statementEvent[s] as number])));
    },
    get spokenIn() {
      if (!spokenIn) {
        const lists: number[][] = graph.actors.map(() => []);
        graph.statementSpeaker.forEach((speaker, s) => {
          const e = graph.statementEvent[s] as number;
          if (speaker >= 0 && e >= 0) lists[speaker]?.push(e);
        });
        spokenIn = lists;
      }
      return spokenIn;
    },
  };
}

/** Builds every lookup now (the page calls it at its first idle moment, so a first selection does not pay for them). */
export function warmShardLookups(lookups: ShardLookups): void {
  void lookups.eventNo;
  void lookups.actorNo;
  void lookups.statementEvent;
  void lookups.spokenIn;
}

/** The event numbers behind an actor: where it takes part and where it speaks. */
export function actorEventNumbers(graph: GraphColumns, lookups: ShardLookups, actorId: string): number[] {
  const i = lookups.actorNo.get(actorId);
  if (i === undefined) return [];
  return [...graph.actorEvents.slice(graph.actorEventStart[i], graph.actorEventStart[i + 1]), ...(lookups.spokenIn[i] ?? [])];
}

/** The chunks holding these events: the ones with most events in the window first, at most `max`. */
export function chunksFor(eventNumbers: readonly number[], days: EventDays, window: DayWindow | null, max = MAX_CHUNKS): number[] {
  const inWindow = eventWindowTest(days, window);
  const inside = new Map<number, number>();
  const all = new Map<number, number>();
  for (const n of eventNumbers) {
    if (n < 0) continue;
    const chunk = eventChunkOf(n);
    all.set(chunk, (all.get(chunk) ?? 0) + 1);
    if (inWindow === null || inWindow(n)) inside.set(chunk, (inside.get(chunk) ?? 0) + 1);
  }
  return [...all.keys()]
    .sort((a, b) => (inside.get(b) ?? 0) - (inside.get(a) ?? 0) || (all.get(b) ?? 0) - (all.get(a) ?? 0) || a - b)
    .slice(0, max)
    .sort((a, b) => a - b);
}

export interface ViewSelection {
  event: string | null;
  statement: string | null;
  actor: string | null;
  /** Events of the selected graph edge, if one is selected. */
  edgeEvents: readonly string[] | null;
}

/** The event chunks a selection needs, in chunk order. */
export function chunksForSelection(graph: GraphColumns, lookups: ShardLookups, days: EventDays, selection: ViewSelection, window: DayWindow | null): number[] {
  const chunks = new Set<number>();
  const eventChunk = (n: number | undefined) => {
    if (n !== undefined && n >= 0) chunks.add(eventChunkOf(n));
  };
  if (selection.event) eventChunk(lookups.eventNo.get(selection.event));
  if (selection.statement) eventChunk(lookups.statementEvent.get(selection.statement));
  if (selection.actor) chunksFor(actorEventNumbers(graph, lookups, selection.actor), days, window).forEach((c) => chunks.add(c));
  if (selection.edgeEvents) {
    const numbers = selection.edgeEvents.map((id) => lookups.eventNo.get(id) ?? -1);
    chunksFor(numbers, days, window).forEach((c) => chunks.add(c));
  }
  return [...chunks].sort((a, b) => a - b);
}

/**
 * The actor whose own shard (`/data/actors/<id>.json`, ./dataset-shards
 * `actorShard`) the view reads: an actor selected alone (no event,
 * statement or relation with it) and in at least one event. One small file
 * instead of up to MAX_CHUNKS chunks. With a period brushed, an actor in
 * more events than its shard holds reads the chunks with most of its
 * records in that period instead. Null otherwise.
 */
export function actorShardFor(graph: GraphColumns, lookups: ShardLookups, selection: ViewSelection, windowed: boolean): string | null {
  if (!selection.actor || selection.event || selection.statement || selection.edgeEvents) return null;
  const events = new Set(actorEventNumbers(graph, lookups, selection.actor).filter((n) => n >= 0)).size;
  if (events === 0 || (windowed && events > ACTOR_SHARD_MAX_EVENTS)) return null;
  return selection.actor;
}

/** Where each kind of shard is (lib/explorer-payload `shardUrl`). */
export interface ShardUrls {
  events(chunk: number): string;
  actor(id: string): string;
  source(id: string): string;
}

/**
 * The shards behind the detail panel for a selection: an actor in none of
 * the chunks (no event or statement names it, or none in the period) comes
 * with the first source that mentions it (`firstSource`, by actor number);
 * else the selected actor's own shard where it has one (actorShardFor);
 * otherwise the event chunks. A pure function of the selection, so the
 * explorer can start fetching them in the click's handler, before it renders
 * the new state.
 */
export function detailShardUrls(
  graph: GraphColumns,
  lookups: ShardLookups,
  days: EventDays,
  actors: readonly { firstSource?: string | null }[],
  selection: ViewSelection,
  window: DayWindow | null,
  urls: ShardUrls,
): string[] {
  const chunks = chunksForSelection(graph, lookups, days, selection, window);
  if (selection.actor && chunks.length === 0) {
    const quietSource = actors[lookups.actorNo.get(selection.actor) ?? -1]?.firstSource ?? null;
    if (quietSource) return [urls.source(quietSource)];
  }
  const own = actorShardFor(graph, lookups, selection, window !== null);
  return own ? [urls.actor(own)] : chunks.map((c) => urls.events(c));
}
