/**
 * What a focus looks up in a scene, made once per scene: each edge by its
 * id, and the edges at each node. Both are compact (one map of first
 * indexes, the rest in typed arrays) because a brush at 100,000 events makes
 * a new scene, and the per-id lists and sets this replaced were ~9 MB of
 * maps and arrays over five brushes and five clears (allocation profile),
 * all of it live at the next young-generation collection, which then fell
 * inside the brush.
 */
import type { FocusTable } from '../selection';
import type { Scene } from './scene';

export interface SceneLinks {
  /** The first edge with each id, by id. */
  firstEdge: ReadonlyMap<string, number>;
  /** The next edge with the same id as edge i, or -1 (ids repeat only in hand-made element lists). */
  nextSameId: Int32Array;
  /** The edges at node n are `edgesAt[atStart[n] .. atStart[n + 1])`, in scene order; a loop is listed once. */
  atStart: Int32Array;
  edgesAt: Int32Array;
}

function buildLinks(scene: Scene): SceneLinks {
  const { nodes, edges } = scene;
  const firstEdge = new Map<string, number>();
  const nextSameId = new Int32Array(edges.length).fill(-1);
  const atStart = new Int32Array(nodes.length + 1);
  for (let i = 0; i < edges.length; i += 1) {
    const edge = edges[i]!;
    const first = firstEdge.get(edge.id);
    if (first === undefined) firstEdge.set(edge.id, i);
    else {
      // A repeat goes at the end of its id's chain, so the chain keeps scene order (repeats are rare: no second map of last edges).
      let last = first;
      while (nextSameId[last]! >= 0) last = nextSameId[last]!;
      nextSameId[last] = i;
    }
    atStart[edge.source + 1]! += 1;
    if (edge.target !== edge.source) atStart[edge.target + 1]! += 1;
  }
  for (let n = 0; n < nodes.length; n += 1) atStart[n + 1]! += atStart[n]!;
  const edgesAt = new Int32Array(atStart[nodes.length]!);
  // Where each node's next edge goes.
  const next = atStart.slice(0, nodes.length);
  for (let i = 0; i < edges.length; i += 1) {
    const { source, target } = edges[i]!;
    edgesAt[next[source]!++] = i;
    if (target !== source) edgesAt[next[target]!++] = i;
  }
  return { firstEdge, nextSameId, atStart, edgesAt };
}

const links = new WeakMap<Scene, SceneLinks>();

/** The scene's links, made the first time a focus needs them (or at a quiet moment: warmScene). */
export function linksOf(scene: Scene): SceneLinks {
  let made = links.get(scene);
  if (!made) links.set(scene, (made = buildLinks(scene)));
  return made;
}

/** Every edge with this id, in scene order. */
export function edgesWithId(scene: Scene, id: string, visit: (edge: number) => void): void {
  const { firstEdge, nextSameId } = linksOf(scene);
  for (let i = firstEdge.get(id) ?? -1; i >= 0; i = nextSameId[i]!) visit(i);
}

/**
 * The scene as a focus table (../selection): the canvas graph's selection
 * follows the same rules as the Cytoscape view's, read from its scene.
 */
export function sceneFocusTable(scene: Scene): FocusTable {
  const { firstEdge, atStart, edgesAt } = linksOf(scene);
  const { nodes, edges, nodeIndex } = scene;
  return {
    size: nodeIndex.size + firstEdge.size,
    has: (id) => nodeIndex.has(id) || firstEdge.has(id),
    ends: (id) => {
      const i = firstEdge.get(id);
      if (i === undefined) return undefined;
      const edge = edges[i]!;
      return { source: nodes[edge.source]!.id, target: nodes[edge.target]!.id };
    },
    forEachEdgeAt: (actor, visit) => {
      const n = nodeIndex.get(actor);
      if (n === undefined) return;
      for (let k = atStart[n]!; k < atStart[n + 1]!; k += 1) {
        const edge = edges[edgesAt[k]!]!;
        visit(edge.id, nodes[edge.source]!.id, nodes[edge.target]!.id);
      }
    },
    *ids() {
      for (const node of nodes) yield node.id;
      for (const [id] of firstEdge) yield id;
    },
  };
}
