/**
 * Hand-built scenes for the canvas graph's tests: element builders shaped
 * like ../../components/graph/elements' output (so a test states each
 * position, size and focus it relies on), and a grid of several hundred
 * actors with relations and affiliations for the component.
 */
import { AFFILIATION, type ActorNodeElement, type RelationEdgeElement } from '@/components/graph/elements';
import type { StateClass } from '@/components/graph/selection';
import type { ActorSummary } from '@/lib/actor-summary';
import type { ActorGraph, GraphEdge } from '@/lib/graph';
import { RELATION_TYPES, type ActorKind, type RelationType } from '@/lib/vocabulary';

interface NodeOptions {
  size?: number;
  activity?: number;
  en?: string;
  ar?: string;
  kind?: ActorKind;
  color?: string;
}

export function actorNode(id: string, x: number, y: number, { size = 26, activity = 0, en = `Actor ${id}`, ar = `فاعل ${id}`, kind = 'person', color = '#3366aa' }: NodeOptions = {}): ActorNodeElement {
  return {
    group: 'nodes',
    data: { id, labelEn: en, labelAr: ar, label: `${en}\n${ar}`, kind, country: null, color, size, eventCount: activity, statementCount: 0 },
    position: { x, y },
  };
}

export function relation(source: string, target: string, { type = 'meets' as RelationType, width = 2 } = {}): RelationEdgeElement {
  return {
    group: 'edges',
    data: { id: `${source}|${target}|${type}`, source, target, type, label: type, directed: RELATION_TYPES[type].directed, width, weight: 1, events: [] },
  };
}

export function affiliationLine(member: string, organisation: string, width = 2.5): RelationEdgeElement {
  return {
    group: 'edges',
    data: { id: `${member}|${organisation}|${AFFILIATION}`, source: member, target: organisation, type: AFFILIATION, label: 'affiliated with', directed: true, width, weight: 1, events: [] },
  };
}

/** A focus map as ../../components/graph/selection makes it: one class or none per element. */
export function focusMap(entries: Record<string, StateClass | null>): Map<string, StateClass[]> {
  return new Map(Object.entries(entries).map(([id, focus]) => [id, focus ? [focus] : []]));
}

/** The large grid: COLUMNS × ROWS actors, SPACING model px apart. */
export const COLUMNS = 25;
export const ROWS = 18;
export const SPACING = 100;

export const gridId = (row: number, column: number) => `a-${row}-${column}`;
export const gridNames = (row: number, column: number) => ({ en: `Actor ${row}-${column}`, ar: `فاعل ${row}-${column}` });

/**
 * 450 actors on a grid. Each row joins columns 2c and 2c+1 by a relation
 * (accuses for even rows, meets for odd ones), so every relation is a short
 * horizontal line with nothing else on its middle; in the last column each
 * even row's actor is affiliated with the actor under it (a short vertical
 * dashed line).
 */
export function gridGraph(): { graph: ActorGraph; actors: ActorSummary[]; positions: Record<string, { x: number; y: number }> } {
  const actors: ActorSummary[] = [];
  const positions: Record<string, { x: number; y: number }> = {};
  const edges: GraphEdge[] = [];
  for (let row = 0; row < ROWS; row++)
    for (let column = 0; column < COLUMNS; column++) {
      const id = gridId(row, column);
      const affiliated = column === COLUMNS - 1 && row % 2 === 0 && row + 1 < ROWS;
      actors.push({ id, name: gridNames(row, column), kind: 'person', country: 'US', affiliation: affiliated ? { actor: gridId(row + 1, column) } : null });
      positions[id] = { x: column * SPACING, y: row * SPACING };
      if (column % 2 === 0 && column + 1 < COLUMNS) {
        const type: RelationType = row % 2 === 0 ? 'accuses' : 'meets';
        const target = gridId(row, column + 1);
        edges.push({ id: `${id}|${target}|${type}`, source: id, target, type, directed: RELATION_TYPES[type].directed, relations: [`r-${id}`], events: [`e-${id}`], weight: 1 });
      }
    }
  const graph: ActorGraph = { nodes: actors.map((a) => ({ id: a.id, eventCount: 1, statementCount: 0 })), edges };
  return { graph, actors, positions };
}
