/** @jest-environment node */
/**
 * The large-graph layout and the layout cache: same picture for the same
 * data whatever the order, every actor placed apart from the others, and a
 * cached picture reused until the data changes.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cachedLayout, largeGraphLayout, layoutKey } from '@/app/_server/graph-layout-large';

const NODES = Array.from({ length: 400 }, (_, i) => ({ id: `a-${String(i).padStart(3, '0')}`, size: 26 + (i % 5) * 4 }));
const LINKS: [string, string][] = NODES.flatMap((n, i) => [
  [n.id, NODES[(i * 7 + 1) % NODES.length]!.id] as [string, string],
  [n.id, NODES[i % 10]!.id] as [string, string],
]);

describe('largeGraphLayout', () => {
  const first = largeGraphLayout(NODES, LINKS);

  it('places every actor at integer coordinates, the same on every run', () => {
    expect(Object.keys(first)).toHaveLength(NODES.length);
    for (const { x, y } of Object.values(first)) expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
    expect(largeGraphLayout(NODES, LINKS)).toEqual(first);
  });

  it('keeps actors apart: no two share a spot', () => {
    const spots = new Set(Object.values(first).map(({ x, y }) => `${x},${y}`));
    expect(spots.size).toBe(NODES.length);
  });

  it('draws linked actors closer than unlinked ones on average', () => {
    const distance = (a: string, b: string) => Math.hypot(first[a]!.x - first[b]!.x, first[a]!.y - first[b]!.y);
    const linked = LINKS.reduce((sum, [a, b]) => sum + distance(a, b), 0) / LINKS.length;
    const random = NODES.slice(0, 200).reduce((sum, n, i) => sum + distance(n.id, NODES[399 - i]!.id), 0) / 200;
    expect(linked).toBeLessThan(random);
  });
});

describe('cachedLayout', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'athar-layout-'));
  beforeAll(() => {
    process.env.ATHAR_LAYOUT_CACHE = dir;
  });
  afterAll(() => {
    delete process.env.ATHAR_LAYOUT_CACHE;
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes once per key and stores the picture in a file named by the key', () => {
    const key = layoutKey(['test', 1]);
    let runs = 0;
    const compute = () => {
      runs++;
      return { a: { x: 1, y: 2 } };
    };
    expect(cachedLayout(key, compute)).toEqual({ a: { x: 1, y: 2 } });
    expect(cachedLayout(key, compute)).toEqual({ a: { x: 1, y: 2 } });
    expect(runs).toBe(1);
    expect(readdirSync(dir)).toEqual([`${key}.json`]);
  });

  it('gives a different key when the data changes', () => {
    expect(layoutKey([['a', 26, 'A'], ['a', 'b']])).not.toBe(layoutKey([['a', 26, 'A'], ['b', 'a']]));
    expect(layoutKey([['a', 26, 'A']])).toBe(layoutKey([['a', 26, 'A']]));
  });
});
