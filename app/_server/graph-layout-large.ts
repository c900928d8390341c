/**
 * The build-time layout for large graphs, and the file cache that keeps any
 * layout from being computed twice for the same data.
 *
 * Above LARGE_GRAPH_NODES actors the careful recipe of ./graph-layout (two
 * fcose passes, then a placement pass that clears every label, quadratic in
 * the number of actors) would take minutes. Measured on this 2-core machine
 * for 5,000 actors and 15,000 relations (under a shared load): fcose in
 * draft quality alone ~24 s, d3-force Barnes–Hut 200 ticks ~21 s; unloaded
 * both are a few seconds. The large layout is d3-force: a Barnes–Hut
 * many-body force, link springs and a weak pull to the centre, a fixed
 * number of ticks from d3's deterministic phyllotaxis start (d3-force draws
 * its jitter from a fixed-seed generator), so the same data gives the same
 * picture. At this size labels cannot all be clear anyway: the view hides
 * them below a zoom level and brings back the focused actors' names.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import type { Point } from '@/components/graph/elements';

/** From this many actors on, the large layout replaces the label-clearing recipe. */
export const LARGE_GRAPH_NODES = 150;
const TICKS = 160;

interface ForceNode extends SimulationNodeDatum {
  id: string;
  size: number;
}

/**
 * Positions for a large graph, in model px rounded to integers, centred on
 * the origin. `nodes` and `links` must be sorted (by id) by the caller, so
 * the order of records in data/ does not matter.
 */
export function largeGraphLayout(nodes: readonly { id: string; size: number }[], links: readonly [string, string][]): Record<string, Point> {
  const simNodes: ForceNode[] = nodes.map((n) => ({ id: n.id, size: n.size }));
  const known = new Set(simNodes.map((n) => n.id));
  const simLinks = links.filter(([a, b]) => a !== b && known.has(a) && known.has(b)).map(([source, target]) => ({ source, target }));
  const simulation = forceSimulation(simNodes)
    .force('charge', forceManyBody<ForceNode>().strength(-120).theta(0.9).distanceMax(1500))
    .force('link', forceLink<ForceNode, { source: string; target: string }>(simLinks).id((n) => n.id).distance(80).strength(0.25))
    .force('x', forceX<ForceNode>(0).strength(0.02))
    .force('y', forceY<ForceNode>(0).strength(0.02))
    .stop();
  simulation.tick(TICKS);
  const xs = simNodes.map((n) => n.x ?? 0);
  const ys = simNodes.map((n) => n.y ?? 0);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const out: Record<string, Point> = {};
  for (const n of [...simNodes].sort((a, b) => a.id.localeCompare(b.id))) {
    out[n.id] = { x: Math.round((n.x ?? 0) - cx), y: Math.round((n.y ?? 0) - cy) };
  }
  return out;
}

/** Bumped whenever a layout recipe changes, so old cached pictures are not reused. */
const LAYOUT_VERSION = 1;

/** The cache key of a layout: a hash of what it depends on (recipe version and the sorted layout input). */
export function layoutKey(input: unknown): string {
  return createHash('sha256').update(JSON.stringify([LAYOUT_VERSION, input])).digest('hex').slice(0, 32);
}

/** `ATHAR_LAYOUT_CACHE` (a folder), else node_modules/.cache/athar-graph-layout; `ATHAR_LAYOUT_CACHE=off` disables it. */
function cacheDir(): string | null {
  const configured = process.env.ATHAR_LAYOUT_CACHE;
  if (configured === 'off') return null;
  return path.resolve(/*turbopackIgnore: true*/ configured ?? path.join(process.cwd(), 'node_modules', '.cache', 'athar-graph-layout'));
}

const memory = new Map<string, Record<string, Point>>();

/**
 * The layout for `key` from memory or the cache folder, else `compute()`d
 * and stored (temp file + rename, so a build killed mid-write leaves no
 * half file). A cache that cannot be read or written is skipped: the layout
 * is then computed, never wrong.
 */
export function cachedLayout(key: string, compute: () => Record<string, Point>): Record<string, Point> {
  const hit = memory.get(key);
  if (hit) return hit;
  const dir = cacheDir();
  const file = dir === null ? null : path.join(dir, `${key}.json`);
  if (file !== null && existsSync(file)) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Point>;
      memory.set(key, stored);
      return stored;
    } catch {
      // A damaged entry is recomputed and overwritten below.
    }
  }
  const positions = compute();
  memory.set(key, positions);
  if (dir !== null && file !== null) {
    try {
      mkdirSync(dir, { recursive: true });
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, JSON.stringify(positions));
      renameSync(temp, file);
    } catch {
      // Read-only checkout: the build still has its layout, only the next one recomputes it.
    }
  }
  return positions;
}
