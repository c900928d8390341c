/**
 * Which elements are selected, highlighted or dimmed, as plain data. The
 * view applies these classes to Cytoscape; keeping the rule here makes it
 * testable without a canvas and keeps the component about lifecycle only.
 */
import type { GraphElement } from './elements';

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
 * What a selection looks up in an element list, made once per list: the
 * ids, and each edge by its id and by its two ends. A selection then reads
 * the few edges at the selected actor instead of scanning 15,000 (6 ms a
 * click at 5,000 actors); the list changes only with the data, a brush or a
 * filter, and the page makes its table at an idle moment (warmSelection).
 */
interface ElementTable {
  ids: ReadonlySet<string>;
  edgeById: ReadonlyMap<string, GraphElement>;
  edgesAt: ReadonlyMap<string, GraphElement[]>;
}
const tables = new WeakMap<readonly GraphElement[], ElementTable>();
function tableOf(elements: readonly GraphElement[]): ElementTable {
  let table = tables.get(elements);
  if (table) return table;
  const ids = new Set<string>();
  const edgeById = new Map<string, GraphElement>();
  const edgesAt = new Map<string, GraphElement[]>();
  const at = (actor: string, el: GraphElement) => {
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
  tables.set(elements, (table = { ids, edgeById, edgesAt }));
  return table;
}

/** Makes the element list's table now, so the first selection does not (47 ms at 5,000 actors, the bench's profile). */
export function warmSelection(elements: readonly GraphElement[]): void {
  tableOf(elements);
}

/**
 * The classes of every element as a read-only map, holding only the few
 * selected and highlighted ids: every other element's list is the same
 * (dimmed, or none), so a selection does not write an entry for each of
 * 20,000 elements (13 ms a click at 5,000 actors, the bench's profile).
 */
class FocusClasses implements ReadonlyMap<string, StateClass[]> {
  constructor(
    private readonly elements: readonly GraphElement[],
    private readonly ids: ReadonlySet<string>,
    private readonly selected: ReadonlySet<string>,
    private readonly highlighted: ReadonlySet<string>,
    private readonly rest: StateClass[],
  ) {}

  /** The selected and highlighted ids: every other element has the same classes, so a view can draw the focus from these alone. */
  focusedIds(): ReadonlySet<string> {
    return new Set([...this.selected, ...this.highlighted]);
  }

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get(id: string): StateClass[] | undefined {
    if (!this.ids.has(id)) return undefined;
    return this.selected.has(id) ? SELECTED : this.highlighted.has(id) ? HIGHLIGHTED : this.rest;
  }

  *entries(): MapIterator<[string, StateClass[]]> {
    const seen = new Set<string>();
    for (const el of this.elements) {
      const id = el.data.id;
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
  const { ids, edgeById, edgesAt } = tableOf(elements);
  const selected = new Set<string>();
  const highlighted = new Set<string>();
  const participants = new Set(state.highlightActorIds.filter((id) => ids.has(id)));

  if (state.selectedActorId !== null && ids.has(state.selectedActorId)) selected.add(state.selectedActorId);
  if (state.selectedEdgeId !== null && ids.has(state.selectedEdgeId)) selected.add(state.selectedEdgeId);
  for (const id of participants) highlighted.add(id);

  const edge = state.selectedEdgeId === null ? undefined : edgeById.get(state.selectedEdgeId);
  if (edge) {
    highlighted.add(edge.data.source);
    highlighted.add(edge.data.target);
  }
  const actor = state.selectedActorId;
  for (const el of actor === null ? [] : (edgesAt.get(actor) ?? [])) {
    const { id, source, target } = el.data;
    highlighted.add(id);
    highlighted.add(source === actor ? target : source);
  }
  // An edge among the participants is at each of its ends: looking at one end's edges finds it.
  for (const p of participants) {
    for (const el of edgesAt.get(p) ?? []) {
      if (participants.has(el.data.source) && participants.has(el.data.target)) highlighted.add(el.data.id);
    }
  }

  const focused = selected.size > 0 || highlighted.size > 0;
  return new FocusClasses(elements, ids, selected, highlighted, focused ? DIMMED : NONE);
}

/** A focus that can name its selected and highlighted ids, so a view draws them without asking about every element. */
export interface FocusedIds {
  focusedIds(): ReadonlySet<string>;
}

export function hasFocusedIds(classes: ReadonlyMap<string, readonly StateClass[]>): classes is ReadonlyMap<string, readonly StateClass[]> & FocusedIds {
  return classes instanceof FocusClasses;
}
