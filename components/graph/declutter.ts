/**
 * Which node labels to leave out so the ones drawn do not overlap, as plain
 * data (the view measures the boxes and applies the result as a class).
 *
 * The build-time layout keeps every label clear of the others at the
 * desktop panel's fit zoom, and labels hold their on-screen size as the
 * user zooms out (./label-geometry). On a narrower panel or further out the
 * labels grow relative to the picture and would pile up; then the less
 * important ones are left out, most important first: the selected actor,
 * its neighbours and the selected event's participants always keep their
 * names, then undimmed actors, then dimmed ones, busier actors before
 * quieter ones. Labels that always show (the names of focused relations)
 * can be passed as obstacles; a label that would cover another actor's
 * shape or stick out of the view is left out too (unless focused) rather
 * than drawn half hidden. Zooming in
 * brings the hidden names back.
 *
 * A focused name that would run into another focused name (a phone's panel
 * framing the selection close up) is moved above its actor instead, where
 * there is room, or else slid sideways under it, as far as clears the other
 * and no further than keeps it under its actor: both stay legible.
 */
import { boxesOverlap, type Box } from './label-geometry';
import type { StateClass } from './selection';

export interface LabelCandidate {
  id: string;
  /** The label's box (any one coordinate space for all candidates). */
  box: Box;
  /** The node's focus class, if any. */
  state: StateClass | null;
  /** Activity (events + statements): breaks ties between labels of the same rank. */
  activity: number;
}

/** Rank of a label: higher is drawn first and wins overlaps. */
function rank(state: StateClass | null): number {
  if (state === 'selected') return 3;
  if (state === 'highlighted') return 2;
  if (state === 'dimmed') return 0;
  return 1;
}

/** Labels that are always drawn, whatever they cover. */
export function keepsLabel(state: StateClass | null): boolean {
  return state === 'selected' || state === 'highlighted';
}

export interface DeclutterOptions {
  /** Boxes always drawn that other labels must not cover (focused relations' names). */
  obstacles?: readonly Box[];
  /** The actors' shapes by id: a label must not cover another actor's shape, which is drawn over it or under it. */
  shapes?: readonly { id: string; box: Box }[];
  /** The visible area: a label not wholly inside it is left out, unless focused. */
  within?: Box | null;
  /** Clear space required between two labels. */
  gap?: number;
}

function inside(box: Box, area: Box): boolean {
  return box.x1 >= area.x1 && box.y1 >= area.y1 && box.x2 <= area.x2 && box.y2 <= area.y2;
}

/** What the declutter decided: the labels left out, and the focused ones moved above their actor or slid sideways. */
export interface LabelPlacement {
  hidden: Set<string>;
  above: Set<string>;
  /** Focused labels slid sideways under their actor: by how much, in the boxes' units (+ to the right). */
  shifted: Map<string, number>;
}

/**
 * The box of a label drawn above its actor instead of below: its mirror
 * image about the middle of the actor's shape, keeping the same gap.
 */
export function labelAbove(below: Box, shape: Box): Box {
  const gap = below.y1 - shape.y2;
  const y2 = shape.y1 - gap;
  return { x1: below.x1, x2: below.x2, y1: y2 - (below.y2 - below.y1), y2 };
}

/**
 * The slides of a label's box, nearest first, that take it just past each
 * box in `others` it runs into, keeping the middle of its actor's shape
 * (`centre`) within its width, so it still reads as that actor's name.
 */
export function labelSlides(box: Box, centre: number, others: readonly Box[], gap: number): number[] {
  const slides: number[] = [];
  for (const other of others) {
    if (!boxesOverlap(other, box, gap)) continue;
    slides.push(other.x2 + gap - box.x1, other.x1 - gap - box.x2);
  }
  return slides.filter((dx) => box.x1 + dx <= centre && centre <= box.x2 + dx).sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
}

/**
 * Where each label goes, given every node's label box below its actor.
 * Greedy in rank order (then activity, then id): a label is drawn unless it
 * overlaps one already drawn, an obstacle or another actor's shape, or comes
 * closer to one than `gap`, or leaves the visible area; focus labels are
 * drawn regardless, above their actor when only there they are clear of
 * what is drawn, of the focus's other shapes and of the view's edge (they
 * may cover a faded actor, as they may below), or else slid sideways under
 * it where that is clear (./labelSlides). Deterministic for
 * the same input.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  { obstacles = [], shapes = [], within = null, gap = 0 }: DeclutterOptions = {},
): LabelPlacement {
  const ordered = [...candidates].sort(
    (a, b) => rank(b.state) - rank(a.state) || b.activity - a.activity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const drawn: Box[] = [...obstacles];
  /** The names drawn so far (drawn, without the obstacles). */
  const names: Box[] = [];
  const hidden = new Set<string>();
  const above = new Set<string>();
  const shifted = new Map<string, number>();
  /** Inside the view, clear of what is drawn (but `crossed`) and of the other actors' shapes among `avoid`. */
  const clearOf = (id: string, box: Box, avoid: readonly { id: string; box: Box }[], crossed: readonly Box[] = []) =>
    (within === null || inside(box, within)) &&
    !avoid.some((shape) => shape.id !== id && boxesOverlap(shape.box, box, gap)) &&
    !drawn.some((other) => !crossed.includes(other) && boxesOverlap(other, box, gap));
  const clear = (id: string, box: Box) => clearOf(id, box, shapes);
  // A focused name is drawn wherever it goes, over the faded actors behind it as below its own; where it moves it must
  // only keep clear of what is drawn (but the relations' names in `crossed`), of the focus's shapes and of the view's edge.
  const focused = new Set(candidates.filter((c) => keepsLabel(c.state)).map((c) => c.id));
  const focusShapes = shapes.filter((shape) => focused.has(shape.id));
  const clearForFocus = (id: string, box: Box, crossed: readonly Box[] = []) => clearOf(id, box, focusShapes, crossed);
  for (const candidate of ordered) {
    let box = candidate.box;
    if (!keepsLabel(candidate.state)) {
      if (!clear(candidate.id, box)) {
        hidden.add(candidate.id);
        continue;
      }
    } else if (drawn.some((other) => boxesOverlap(other, box, gap))) {
      const shape = shapes.find((s) => s.id === candidate.id);
      const flipped = shape ? labelAbove(box, shape.box) : null;
      if (flipped && clearForFocus(candidate.id, flipped)) {
        box = flipped;
        above.add(candidate.id);
      } else if (shape && names.some((other) => boxesOverlap(other, box, gap))) {
        // Slid only off another name: one that merely grazes a relation's name stays where it reads best, under its actor.
        // The slide must run into nothing new; a relation's name it already crossed below its actor may stay crossed.
        const below = box;
        const crossed = obstacles.filter((other) => boxesOverlap(other, below, gap));
        const slide = labelSlides(below, (shape.box.x1 + shape.box.x2) / 2, drawn, gap).find((dx) => clearForFocus(candidate.id, { ...below, x1: below.x1 + dx, x2: below.x2 + dx }, crossed));
        if (slide !== undefined) {
          box = { ...below, x1: below.x1 + slide, x2: below.x2 + slide };
          shifted.set(candidate.id, slide);
        }
      }
    }
    drawn.push(box);
    names.push(box);
  }
  return { hidden, above, shifted };
}
