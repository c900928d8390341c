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
/** Resize observers the component made, to play a panel resize to them (jsdom has none). */
let observers: (() => void)[] = [];
beforeAll(() => {
  for (const key of ['width', 'height'] as const) {
    const name = key === 'width' ? 'clientWidth' : 'clientHeight';
    const before = Object.getOwnPropertyDescriptor(Element.prototype, name)!;
    Object.defineProperty(Element.prototype, name, { configurable: true, get: () => PANEL[key] });
    restore.push(() => Object.defineProperty(Element.prototype, name, before));
  }
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      observers.push(callback);
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterAll(() => {
  restore.forEach((undo) => undo());
  restore = [];
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
});
beforeEach(() => {
  observers = [];
  Object.assign(PANEL, { width: 800, height: 600 });
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

it('frames the same actors again when the panel changes size (full screen)', () => {
  render(<ActorGraph {...props({ fitActorIds: ['hackers'], fitDurationMs: 500 })} />);
  const before = { ...cy().$id('hackers').renderedPosition() };
  expect(before.x).toBeCloseTo(PANEL.width / 2, -1);
  Object.assign(PANEL, { width: 1600, height: 900 });
  observers.forEach((callback) => callback());
  expect(cy().animated()).toBe(false);
  expect(cy().$id('hackers').renderedPosition().x).toBeGreaterThan(before.x + 300);
  expect(inView('hackers')).toBe(true);
});
