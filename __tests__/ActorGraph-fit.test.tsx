/**
 * A driven graph view (a briefing step): `fitActorIds` frames the requested
 * actors, jumps the first time and when no duration is asked for, and eases
 * otherwise. jsdom lays nothing out, so the panel's size is stubbed.
 */
import { render } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { ActorGraph, type ActorGraphProps } from '@/components/graph/ActorGraph';
import { ACTORS, GRAPH } from './graph-fixture';

const PANEL = { width: 800, height: 600 };
let restore: (() => void)[] = [];
beforeAll(() => {
  for (const [key, value] of [
    ['clientWidth', PANEL.width],
    ['clientHeight', PANEL.height],
  ] as const) {
    const before = Object.getOwnPropertyDescriptor(Element.prototype, key)!;
    Object.defineProperty(Element.prototype, key, { configurable: true, get: () => value });
    restore.push(() => Object.defineProperty(Element.prototype, key, before));
  }
});
afterAll(() => {
  restore.forEach((undo) => undo());
  restore = [];
});

/** Actors spread on a wide grid, so framing a few of them zooms in. */
const POSITIONS = Object.fromEntries(ACTORS.map((a, i) => [a.id, { x: (i % 4) * 600, y: Math.floor(i / 4) * 500 }]));

function props(overrides: Partial<ActorGraphProps> = {}): ActorGraphProps {
  return {
    graph: GRAPH,
    actors: ACTORS,
    positions: POSITIONS,
    selectedActorId: null,
    highlightActorIds: [],
    selectedEdgeId: null,
    relationTypes: null,
    onSelectActor: jest.fn(),
    onSelectEdge: jest.fn(),
    ...overrides,
  };
}

const cy = (): Core => window.__atharCy!;
/** Whether the actor's centre is on the panel (computed here: jsdom gives Cytoscape no size of its own). */
function inView(id: string): boolean {
  const { x, y } = cy().$id(id).renderedPosition();
  return x >= 0 && x <= PANEL.width && y >= 0 && y <= PANEL.height;
}

it('leaves the view alone without fitActorIds', () => {
  render(<ActorGraph {...props()} />);
  const zoom = cy().zoom();
  expect(ACTORS.every((a) => inView(a.id))).toBe(true);
  expect(zoom).toBeLessThan(0.5);
});

it('frames the requested actors, closer than the whole graph but no closer than the focus cap', () => {
  const { rerender } = render(<ActorGraph {...props()} />);
  const whole = cy().zoom();
  rerender(<ActorGraph {...props({ fitActorIds: ['john-kerry', 'wang-yi'] })} />);
  expect(cy().zoom()).toBeGreaterThan(whole);
  expect(cy().zoom()).toBeLessThanOrEqual(1.25);
  expect(inView('john-kerry') && inView('wang-yi')).toBe(true);
});

it('moves at once without a duration, and eases with one', () => {
  const { rerender } = render(<ActorGraph {...props({ fitActorIds: ['john-kerry'] })} />);
  const onKerry = { ...cy().pan() };
  rerender(<ActorGraph {...props({ fitActorIds: ['hackers'] })} />);
  expect(cy().pan()).not.toEqual(onKerry);
  expect(inView('hackers')).toBe(true);
  expect(cy().animated()).toBe(false);
  rerender(<ActorGraph {...props({ fitActorIds: ['john-kerry'], fitDurationMs: 500 })} />);
  expect(cy().animated()).toBe(true);
});

it('frames the whole graph for an empty list', () => {
  const { rerender } = render(<ActorGraph {...props({ fitActorIds: ['john-kerry'] })} />);
  rerender(<ActorGraph {...props({ fitActorIds: [] })} />);
  expect(ACTORS.every((a) => inView(a.id))).toBe(true);
});
