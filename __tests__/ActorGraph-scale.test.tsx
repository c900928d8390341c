/**
 * The actor graph at thousands of actors (./scale): cheap lines and names
 * only when zoomed in for the crowd, the full drawing for the selected actor
 * and its neighbours, and the renderer's moving-view shortcuts switched on.
 */
import { render } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { ActorGraph, type ActorGraphProps } from '@/components/graph/ActorGraph';
import { LABEL_MIN_SCREEN_PX, LARGE_GRAPH_NODES } from '@/components/graph/scale';
import type { ActorGraph as ActorGraphData } from '@/lib/graph';
import type { Actor } from '@/lib/schema';
import { ACTORS } from './graph-fixture';

beforeAll(() => {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

/** `count` actors in a ring, each related to the next (directed: "accuses"). */
function ring(count: number): { actors: Actor[]; graph: ActorGraphData } {
  const template = ACTORS[0]!;
  const actors = Array.from({ length: count }, (_, i) => ({ ...template, id: `actor-${i}`, name: { ar: `فاعل ${i}`, en: `Actor ${i}` }, affiliation: null }));
  const edges = actors.map((a, i) => {
    const target = actors[(i + 1) % count]!.id;
    return { id: `${a.id}|${target}|accuses`, source: a.id, target, type: 'accuses' as const, directed: true, relations: [`r-${i}`], events: [], weight: 1 };
  });
  return { actors, graph: { nodes: actors.map((a) => ({ id: a.id, eventCount: 1, statementCount: 0 })), edges } };
}

function props(data: { actors: Actor[]; graph: ActorGraphData }, overrides: Partial<ActorGraphProps> = {}): ActorGraphProps {
  const positions = Object.fromEntries(data.actors.map((a, i) => [a.id, { x: (i % 50) * 40, y: Math.floor(i / 50) * 40 }]));
  return {
    ...data,
    positions,
    selectedActorId: null,
    highlightActorIds: [],
    selectedEdgeId: null,
    relationTypes: null,
    onSelectActor: jest.fn(),
    onSelectEdge: jest.fn(),
    ...overrides,
  };
}

const liveCy = (): Core => window.__atharCy!;
/** The renderer's options; `renderer()` is public in Cytoscape but missing from its typings. */
const rendererOf = (cy: Core) => (cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }).renderer();

describe('ActorGraph above the size threshold', () => {
  const large = ring(LARGE_GRAPH_NODES);

  it('draws ordinary lines as haystack without arrows and names only from a readable size', () => {
    render(<ActorGraph {...props(large)} />);
    const cy = liveCy();
    expect(cy.edges()[0]!.style('curve-style')).toBe('haystack');
    expect(cy.edges()[0]!.style('target-arrow-shape')).toBe('none');
    expect(parseFloat(cy.nodes()[0]!.style('min-zoomed-font-size'))).toBe(LABEL_MIN_SCREEN_PX);
  });

  it('keeps the selected actor and its neighbours fully drawn: names at any zoom, curved lines with arrows', () => {
    render(<ActorGraph {...props(large, { selectedActorId: 'actor-5' })} />);
    const cy = liveCy();
    for (const id of ['actor-5', 'actor-4', 'actor-6']) expect(parseFloat(cy.getElementById(id).style('min-zoomed-font-size'))).toBe(0);
    const edge = cy.getElementById('actor-5|actor-6|accuses');
    expect(edge.style('curve-style')).toBe('bezier');
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    expect(cy.getElementById('actor-10|actor-11|accuses').style('curve-style')).toBe('haystack');
  });

  it('lets the renderer move a texture of the view and leave the lines out while it moves', () => {
    render(<ActorGraph {...props(large)} />);
    const options = rendererOf(liveCy());
    expect(options.textureOnViewport).toBe(true);
    expect(options.hideEdgesOnViewport).toBe(true);
  });
});

describe('ActorGraph below the size threshold', () => {
  it('keeps the careful drawing: curved lines with arrows for every directed relation', () => {
    render(<ActorGraph {...props(ring(20))} />);
    const cy = liveCy();
    expect(cy.edges()[0]!.style('curve-style')).toBe('bezier');
    expect(cy.edges()[0]!.style('target-arrow-shape')).toBe('triangle');
    expect(rendererOf(liveCy()).textureOnViewport).toBe(false);
  });
});
