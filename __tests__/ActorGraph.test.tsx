/**
 * The graph component's lifecycle (jsdom + jest-canvas-mock): one Cytoscape
 * instance per mount whatever the props do, listeners that see the latest
 * callbacks, a resize observer, labels that follow the zoom once a frame and
 * wait for the web font, and a clean teardown.
 */
import { act, render } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { ActorGraph, type ActorGraphProps } from '@/components/graph/ActorGraph';
import { LABEL_FONT, LABEL_FONT_LOADED } from '@/components/graph/style';
import { ACTORS, GRAPH } from './graph-fixture';

// Wrap the real factory so the test can count instances.
jest.mock('cytoscape', () => {
  const actual = jest.requireActual('cytoscape');
  const factory = jest.fn((options: unknown) => actual(options));
  Object.assign(factory, actual);
  return { __esModule: true, default: factory };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the mocked module, to read its call count
const cytoscapeFactory: jest.Mock = require('cytoscape').default;

const observers: { observe: jest.Mock; disconnect: jest.Mock; callback: () => void }[] = [];
beforeAll(() => {
  // jsdom has no ResizeObserver; a recording stand-in shows it is wired and undone.
  globalThis.ResizeObserver = class {
    observe = jest.fn();
    unobserve = jest.fn();
    disconnect = jest.fn();
    constructor(public callback: () => void) {
      observers.push(this);
    }
  } as unknown as typeof ResizeObserver;
});
beforeEach(() => {
  cytoscapeFactory.mockClear();
  observers.length = 0;
});

function props(overrides: Partial<ActorGraphProps> = {}): ActorGraphProps {
  return {
    graph: GRAPH,
    actors: ACTORS,
    positions: {},
    selectedActorId: null,
    highlightActorIds: [],
    selectedEdgeId: null,
    relationTypes: null,
    onSelectActor: jest.fn(),
    onSelectEdge: jest.fn(),
    ...overrides,
  };
}

function liveCy(): Core {
  const cy = window.__atharCy;
  if (!cy) throw new Error('window.__atharCy is not set');
  return cy;
}

it('creates Cytoscape once and updates it in place as props change', () => {
  const { rerender } = render(<ActorGraph {...props()} />);
  expect(cytoscapeFactory).toHaveBeenCalledTimes(1);
  const cy = liveCy();
  expect(cy.nodes()).toHaveLength(ACTORS.length);
  const kerry = cy.$id('john-kerry');

  rerender(<ActorGraph {...props({ selectedActorId: 'john-kerry', highlightActorIds: ['china'] })} />);
  rerender(<ActorGraph {...props({ selectedActorId: 'john-kerry', relationTypes: ['meets'] })} />);
  rerender(<ActorGraph {...props({ graph: { ...GRAPH, edges: [] }, selectedEdgeId: 'x' })} />);

  expect(cytoscapeFactory).toHaveBeenCalledTimes(1);
  expect(window.__atharCy).toBe(cy);
  expect(cy.$id('john-kerry')).toBe(kerry);
  expect(kerry.hasClass('selected')).toBe(false);
});

it('draws the selection and the relation filter as classes and hidden edges', () => {
  const { rerender } = render(<ActorGraph {...props({ selectedActorId: 'wang-yi' })} />);
  const cy = liveCy();
  expect(cy.$id('wang-yi').hasClass('selected')).toBe(true);
  expect(cy.$id('john-kerry').hasClass('highlighted')).toBe(true);
  expect(cy.$id('mandiant').hasClass('dimmed')).toBe(true);

  rerender(<ActorGraph {...props({ relationTypes: ['meets'] })} />);
  expect(cy.edges().map((e) => e.id())).toEqual(['john-kerry|wang-yi|meets']);
  expect(cy.nodes()).toHaveLength(ACTORS.length);
  expect(cy.$id('mandiant').hasClass('dimmed')).toBe(false);
});

it('reports taps through the latest callbacks', () => {
  const first = props();
  const { rerender } = render(<ActorGraph {...first} />);
  const onSelectActor = jest.fn();
  const onSelectEdge = jest.fn();
  rerender(<ActorGraph {...props({ onSelectActor, onSelectEdge, selectedEdgeId: 'john-kerry|wang-yi|meets' })} />);
  const cy = liveCy();

  cy.$id('china').emit('tap');
  expect(onSelectActor).toHaveBeenLastCalledWith('china');
  cy.$id('john-kerry|wang-yi|meets').emit('tap');
  expect(onSelectEdge).toHaveBeenLastCalledWith('john-kerry|wang-yi|meets');
  // An affiliation is not a relation record: it selects its member actor.
  cy.$id('john-kerry|us-state-department|affiliation').emit('tap');
  expect(onSelectActor).toHaveBeenLastCalledWith('john-kerry');
  const edgeCalls = onSelectEdge.mock.calls.length;
  cy.emit('tap');
  expect(onSelectActor).toHaveBeenLastCalledWith(null);
  expect(onSelectEdge).toHaveBeenCalledTimes(edgeCalls);
  expect(first.onSelectActor).not.toHaveBeenCalled();
});

it('observes resizes and tears everything down on unmount', () => {
  const { unmount } = render(<ActorGraph {...props()} />);
  const cy = liveCy();
  const container = cy.container();
  // Ours and Cytoscape's own (debounced) one both watch the container.
  const watching = observers.filter((o) => o.observe.mock.calls.some(([el]) => el === container));
  expect(watching.length).toBeGreaterThanOrEqual(1);
  // Ours resizes at once (Cytoscape's own waits 100 ms).
  const resize = jest.spyOn(cy, 'resize');
  for (const observer of watching) observer.callback();
  expect(resize).toHaveBeenCalled();

  unmount();
  expect(cy.destroyed()).toBe(true);
  expect(window.__atharCy).toBeUndefined();
  for (const observer of watching) expect(observer.disconnect).toHaveBeenCalled();
});

it('offers zoom and fit controls by name and hides the canvas from assistive technology', () => {
  const { getByRole, getByTestId } = render(<ActorGraph {...props()} />);
  for (const name of ['Zoom in', 'Zoom out', 'Fit the whole graph']) expect(getByRole('button', { name })).toBeInTheDocument();
  const cy = liveCy();
  const before = cy.zoom();
  getByRole('button', { name: 'Zoom in' }).click();
  expect(cy.zoom()).toBeCloseTo(Math.min(4, before * 1.25));
  expect(getByTestId('actor-graph-canvas')).toHaveAttribute('aria-hidden', 'true');
});

/** A node label's size on screen at the current zoom. */
function renderedFontSize(cy: Core, id: string): number {
  return Number.parseFloat(cy.$id(id).style('font-size')) * cy.zoom();
}

it('sizes labels for the zoom at most once a frame, and stops listening on unmount', () => {
  const frames: FrameRequestCallback[] = [];
  const raf = jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  const caf = jest.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  try {
    const { unmount } = render(<ActorGraph {...props()} />);
    const cy = liveCy();
    const runFrames = () => frames.splice(0).forEach((callback) => callback(0));
    runFrames();
    raf.mockClear();

    // A wheel sends many zoom events; the labels are sized once, on the next frame.
    cy.zoom(0.5);
    cy.zoom(0.4);
    cy.zoom(0.25);
    expect(raf).toHaveBeenCalledTimes(1);
    runFrames();
    expect(renderedFontSize(cy, 'john-kerry')).toBeGreaterThanOrEqual(12);
    expect(renderedFontSize(cy, 'john-kerry')).toBeLessThan(12.1);

    cy.zoom(2);
    runFrames();
    expect(renderedFontSize(cy, 'john-kerry')).toBeCloseTo(20, 1);

    // A frame still pending at unmount is cancelled, and the listener goes with the instance.
    cy.zoom(1);
    const removeListener = jest.spyOn(cy, 'removeListener');
    unmount();
    expect(caf).toHaveBeenCalled();
    expect(removeListener).toHaveBeenCalledWith('zoom pan', expect.any(Function));
  } finally {
    raf.mockRestore();
    caf.mockRestore();
  }
});

describe('the label font', () => {
  function fakeFonts(load: () => Promise<unknown>) {
    const fonts = { load: jest.fn(load), ready: Promise.resolve(), check: jest.fn(() => false) };
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    return fonts;
  }
  afterEach(() => {
    delete (document as { fonts?: unknown }).fonts;
    jest.useRealTimers();
  });

  it('draws labels once the web font has loaded, measured again with it', async () => {
    let finish!: () => void;
    const loading = new Promise<void>((resolve) => (finish = resolve));
    const fonts = fakeFonts(() => loading.then(() => []));
    render(<ActorGraph {...props()} />);
    const cy = liveCy();
    const china = cy.$id('china');
    expect(fonts.load).toHaveBeenCalledWith(expect.stringContaining('"Noto Naskh Arabic"'), expect.stringMatching(/[a-z].*[\u0600-\u06ff]/i));
    expect(Number(china.style('text-opacity'))).toBe(0);
    expect(Number(china.style('opacity'))).toBe(1);

    await act(async () => {
      finish();
      await loading;
    });
    expect(Number(china.style('text-opacity'))).toBe(1);
    expect(china.style('font-family')).toBe(LABEL_FONT_LOADED);
  });

  it('draws labels in a fallback face if the font is slow, and again once it arrives', async () => {
    jest.useFakeTimers();
    let finish!: () => void;
    const loading = new Promise<void>((resolve) => (finish = resolve));
    fakeFonts(() => loading.then(() => []));
    render(<ActorGraph {...props()} />);
    const china = liveCy().$id('china');
    act(() => {
      jest.advanceTimersByTime(3000);
    });
    expect(Number(china.style('text-opacity'))).toBe(1);
    expect(china.style('font-family')).toBe(LABEL_FONT);
    await act(async () => {
      finish();
      await loading;
    });
    expect(china.style('font-family')).toBe(LABEL_FONT_LOADED);
  });
});
