/**
 * jsdom around the canvas actor graph: the panel gets a size (jsdom lays
 * nothing out), ResizeObserver a stub, and every canvas the component makes
 * is collected, so a test can read what jest-canvas-mock saw painted on the
 * pictures it paints off screen as well as on the visible canvas.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CanvasActorGraph } from '@/components/graph/canvas/CanvasActorGraph';
import type { ActorGraphProps } from '@/components/graph/graph-props';
import { gridGraph } from './canvas-graph-fixture';

export const PANEL = { width: 800, height: 600 };
export const FIXTURE = gridGraph();

/** Resize observers made since the test began, to play a panel resize to them (jsdom has none). */
let observers: (() => void)[] = [];

/** Call at the top of a test file: sizes every element like the panel and stubs ResizeObserver. */
export function stubPanel(): void {
  const restore: (() => void)[] = [];
  beforeAll(() => {
    for (const [name, key] of [
      ['clientWidth', 'width'],
      ['clientHeight', 'height'],
    ] as const) {
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
    restore.push(() => delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver);
  });
  beforeEach(() => {
    observers = [];
    Object.assign(PANEL, { width: 800, height: 600 });
  });
  afterAll(() => restore.splice(0).forEach((undo) => undo()));
}

/** The panel takes a new size, as when the presenter goes full screen. */
export function resizePanel(width: number, height: number): void {
  Object.assign(PANEL, { width, height });
  act(() => observers.forEach((callback) => callback()));
}

/** Call at the top of a test file: collects the canvases made during each test. */
export function collectCanvases(): () => HTMLCanvasElement[] {
  let canvases: HTMLCanvasElement[] = [];
  beforeEach(() => {
    canvases = [];
    const create = document.createElement.bind(document);
    jest.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
      const element = create(tag, options);
      if (element instanceof HTMLCanvasElement) canvases.push(element);
      return element;
    });
    delete window.__atharCy;
  });
  afterEach(() => jest.restoreAllMocks());
  return () => canvases;
}

export interface MockContext {
  __getEvents(): { type: string; transform: [number, number, number, number, number, number]; props: { text?: string } }[];
}

export const eventsOf = (canvas: HTMLCanvasElement) => (canvas.getContext('2d') as unknown as MockContext).__getEvents();

/** The texts the canvas mock saw painted on these canvases. */
export const paintedTexts = (canvases: readonly HTMLCanvasElement[]) =>
  canvases.flatMap((c) =>
    eventsOf(c)
      .filter((e) => e.type === 'fillText')
      .map((e) => e.props.text ?? ''),
  );

export function graphProps(overrides: Partial<ActorGraphProps> = {}): ActorGraphProps {
  return {
    graph: FIXTURE.graph,
    actors: FIXTURE.actors,
    positions: FIXTURE.positions,
    selectedActorId: null,
    highlightActorIds: [],
    selectedEdgeId: null,
    relationTypes: null,
    onSelectActor: jest.fn(),
    onSelectEdge: jest.fn(),
    ...overrides,
  };
}

export function renderGraph(overrides: Partial<ActorGraphProps> = {}) {
  const props = graphProps(overrides);
  const utils = render(<CanvasActorGraph {...props} />);
  const box = screen.getByTestId('actor-graph-canvas');
  const canvas = box.querySelector('canvas')!;
  return { ...utils, props, box, canvas };
}

export const handle = () => window.__atharGraph!;
/** Where an actor is drawn, px from the panel's top left (jsdom puts the panel at the page's). */
export const at = (id: string) => handle().renderedPosition(id)!;
export const between = (a: string, b: string) => ({ x: (at(a).x + at(b).x) / 2, y: (at(a).y + at(b).y) / 2 });
export const clickAt = (canvas: HTMLCanvasElement, p: { x: number; y: number }) => fireEvent.click(canvas, { clientX: p.x, clientY: p.y });
/** Generous: the machine running the suite may be busy; painting itself takes milliseconds here. */
export const PATIENCE = { timeout: 5000 };
export const drawn = (box: HTMLElement) => waitFor(() => expect(box).toHaveAttribute('data-drawn', 'true'), PATIENCE);
/** Waits for a complete picture after `before` (the count of `frames()` then). */
export const nextPicture = (before: number) => waitFor(() => expect(handle().frames()).toBeGreaterThan(before), PATIENCE);
