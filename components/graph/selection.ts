/**
 * Which elements are selected, highlighted or dimmed, as plain data. The
 * view applies these classes to Cytoscape; keeping the rule here makes it
 * testable without a canvas and keeps the component about lifecycle only.
 */
import type { GraphElement, RelationEdgeElement } from './elements';

/** The classes this module owns on elements; anything else (e.g. `hover`) is left alone. */
export const STATE_CLASSES = ['selected', 'highlighted', 'dimmed'] as const;
export type StateClass = (typeof STATE_CLASSES)[number];

export interface SelectionState {
  selectedActorId: string | null;
  /** Participants of the selected event. */
  highlightActorIds: readonly string[];
  selectedEdgeId: string | null;
}

// Shared and frozen (callers only read them): every element in the same state gets the same list (FocusClasses).
const SELECTED = Object.freeze(['selected']) as StateClass[];
const HIGHLIGHTED = Object.freeze(['highlighted']) as StateClass[];
const DIMMED = Object.freeze(['dimmed']) as StateClass[];
const NONE = Object.freeze([]) as unknown as StateClass[];

/**
 * What a selection reads about the elements on show: which ids there are,
 * an edge's ends by its id, and the edges at an actor. The Cytoscape view
 * reads its element list (tableOf below), the canvas view its scene
 * (./canvas/scene-links), so both follow the one rule set in
 * `focusClasses`.
 */
export interface FocusTable {
  /** How many distinct ids. */
  readonly size: number;
  has(id: string): boolean;
  /** An edge's ends by its id (the first edge with that id). */
  ends(edgeId: string): { source: string; target: string } | undefined;
  /** Each edge at an actor, once (a loop too). */
  forEachEdgeAt(actor: string, visit: (id: string, source: string, target: string) => void): void;
  /** Every id, in element order; an id may repeat. */
  ids(): Iterable<string>;
}

/**
 * An element list's table, made once per list: the ids, and each edge by
 * its id and by its two ends. A selection then reads the few edges at the
 * selected actor instead of scanning 15,000 (6 ms a click at 5,000 actors);
 * the list changes only with the data, a brush or a filter. (The canvas
 * view, drawn at thousands of actors, makes its scene's links at a quiet
 * moment instead: ./canvas/scene warmScene.)
 */
const tables = new WeakMap<readonly GraphElement[], FocusTable>();
function tableOf(elements: readonly GraphElement[]): FocusTable {
  const kept = tables.get(elements);
  if (kept) return kept;
  const ids = new Set<string>();
  const edgeById = new Map<string, RelationEdgeElement>();
  const edgesAt = new Map<string, RelationEdgeElement[]>();
  const at = (actor: string, el: RelationEdgeElement) => {
    const list = edgesAt.get(actor);
    if (list) list.push(el);
    else edgesAt.set(actor, [el]);
  };
  for (const el of elements) {
    const { id, source, target } = el.data;
    ids.add(id);
    if (el.group !== 'edges') continue;
    if (!edgeById.has(id)) edgeById.set(id, el);
    at(source, el);
    if (target !== source) at(target, el);
  }
  const table: FocusTable = {
    size: ids.size,
    has: (id) => ids.has(id),
    ends: (id) => edgeById.get(id)?.data,
    forEachEdgeAt: (actor, visit) => {
      for (const { data } of edgesAt.get(actor) ?? []) visit(data.id, data.source, data.target);
    },
    ids: () => elements.map((el) => el.data.id),
  };
  tables.set(elements, table);
  return table;
}

/**
 * The classes of every element as a read-only map, holding only the few
 * selected and highlighted ids: every other element's list is the same
 * (dimmed, or none), so a selection does not write an entry for each of
 * 20,000 elements (13 ms a click at 5,000 actors, the bench's profile).
 */
class FocusClasses implements ReadonlyMap<string, StateClass[]> {
  constructor(
    private readonly table: FocusTable,
    private readonly selected: ReadonlySet<string>,
    private readonly highlighted: ReadonlySet<string>,
    private readonly rest: StateClass[],
  ) {}

  /** The selected and highlighted ids: every other element has the same classes, so a view can draw the focus from these alone. */
  focusedIds(): ReadonlySet<string> {
    return new Set([...this.selected, ...this.highlighted]);
  }

  get size(): number {
    return this.table.size;
  }

  has(id: string): boolean {
    return this.table.has(id);
  }

  get(id: string): StateClass[] | undefined {
    if (!this.table.has(id)) return undefined;
    return this.selected.has(id) ? SELECTED : this.highlighted.has(id) ? HIGHLIGHTED : this.rest;
  }

  *entries(): MapIterator<[string, StateClass[]]> {
    const seen = new Set<string>();
    for (const id of this.table.ids()) {
      if (seen.has(id)) continue;
      seen.add(id);
      yield [id, this.get(id)!];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<StateClass[]> {
    for (const [, list] of this.entries()) yield list;
  }

  [Symbol.iterator](): MapIterator<[string, StateClass[]]> {
    return this.entries();
  }

  forEach(callback: (value: StateClass[], key: string, map: ReadonlyMap<string, StateClass[]>) => void, thisArg?: unknown): void {
    for (const [id, list] of this.entries()) callback.call(thisArg, list, id, this);
  }
}

/**
 * Classes by element id:
 * - the selected actor or edge is `selected`;
 * - a selected actor's neighbours and edges, a selected edge's two ends, the
 *   selected event's participants and the edges among them are `highlighted`;
 * - while anything is selected or highlighted, every other element is `dimmed`,
 *   so the focus reads at a glance.
 * With no focus at all, every element gets an empty list (all classes cleared).
 */
export function selectionClasses(elements: readonly GraphElement[], state: SelectionState): ReadonlyMap<string, StateClass[]> & FocusedIds {
  return focusClasses(tableOf(elements), state);
}

/** `selectionClasses` over any focus table (the canvas view's scene). */
export function focusClasses(table: FocusTable, state: SelectionState): ReadonlyMap<string, StateClass[]> & FocusedIds {
  const selected = new Set<string>();
  const highlighted = new Set<string>();
  const participants = new Set(state.highlightActorIds.filter((id) => table.has(id)));

  if (state.selectedActorId !== null && table.has(state.selectedActorId)) selected.add(state.selectedActorId);
  if (state.selectedEdgeId !== null && table.has(state.selectedEdgeId)) selected.add(state.selectedEdgeId);
  for (const id of participants) highlighted.add(id);

  const ends = state.selectedEdgeId === null ? undefined : table.ends(state.selectedEdgeId);
  if (ends) {
    highlighted.add(ends.source);
    highlighted.add(ends.target);
  }
  const actor = state.selectedActorId;
  if (actor !== null) {
    table.forEachEdgeAt(actor, (id, source, target) => {
      highlighted.add(id);
      highlighted.add(source === actor ? target : source);
    });
  }
  // An edge among the participants is at each of its ends: looking at one end's edges finds it.
  for (const p of participants) {
    table.forEachEdgeAt(p, (id, source, target) => {
      if (participants.has(source) && participants.has(target)) highlighted.add(id);
    });
  }

  const focused = selected.size > 0 || highlighted.size > 0;
  return new FocusClasses(table, selected, highlighted, focused ? DIMMED : NONE);
}

/** A focus that can name its selected and highlighted ids, so a view draws them without asking about every element. */
export interface FocusedIds {
  focusedIds(): ReadonlySet<string>;
}

export function hasFocusedIds(classes: ReadonlyMap<string, readonly StateClass[]>): classes is ReadonlyMap<string, readonly StateClass[]> & FocusedIds {
  return classes instanceof FocusClasses;
}
