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

// Shared and frozen (callers only read them): see the end of selectionClasses.
const SELECTED = Object.freeze(['selected']) as StateClass[];
const HIGHLIGHTED = Object.freeze(['highlighted']) as StateClass[];
const DIMMED = Object.freeze(['dimmed']) as StateClass[];
const NONE = Object.freeze([]) as unknown as StateClass[];

/**
 * Classes by element id:
 * - the selected actor or edge is `selected`;
 * - a selected actor's neighbours and edges, a selected edge's two ends, the
 *   selected event's participants and the edges among them are `highlighted`;
 * - while anything is selected or highlighted, every other element is `dimmed`,
 *   so the focus reads at a glance.
 * With no focus at all, every element gets an empty list (all classes cleared).
 */
export function selectionClasses(elements: readonly GraphElement[], state: SelectionState): Map<string, StateClass[]> {
  const ids = new Set(elements.map((el) => el.data.id));
  const selected = new Set<string>();
  const highlighted = new Set<string>();
  const participants = new Set(state.highlightActorIds.filter((id) => ids.has(id)));

  if (state.selectedActorId !== null && ids.has(state.selectedActorId)) selected.add(state.selectedActorId);
  if (state.selectedEdgeId !== null && ids.has(state.selectedEdgeId)) selected.add(state.selectedEdgeId);
  for (const id of participants) highlighted.add(id);

  for (const el of elements) {
    if (el.group !== 'edges') continue;
    const { id, source, target } = el.data;
    if (id === state.selectedEdgeId) {
      highlighted.add(source);
      highlighted.add(target);
    }
    if (source === state.selectedActorId || target === state.selectedActorId) {
      highlighted.add(id);
      highlighted.add(source === state.selectedActorId ? target : source);
    }
    if (participants.has(source) && participants.has(target)) highlighted.add(id);
  }

  const focused = selected.size > 0 || highlighted.size > 0;
  const classes = new Map<string, StateClass[]>();
  // One list per state, shared: at 20,000 elements a list each was most of this function's time.
  const rest = focused ? DIMMED : NONE;
  for (const el of elements) {
    const id = el.data.id;
    classes.set(id, selected.has(id) ? SELECTED : highlighted.has(id) ? HIGHLIGHTED : rest);
  }
  return classes;
}
