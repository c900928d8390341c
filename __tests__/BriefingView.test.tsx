/**
 * The audience window's keys, on the default briefing: a clicker's and a
 * keyboard's keys move through the steps, F asks for full screen, Esc leaves
 * for the explorer at the step's period, and keys a focused control owns
 * stay with it. The graph (a lazy Cytoscape chunk) is left out.
 */
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { actorGraph } from '@/lib/graph';
import { toTimelineEvents } from '@/lib/timeline-model';
import BriefingView, { type BriefingViewProps } from '@/components/briefing/BriefingView';

const push = jest.fn();
let search = '';
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push, replace: jest.fn() }),
  useSearchParams: () => new URLSearchParams(search),
}));
jest.mock('@/components/graph/LazyActorGraph', () => ({ LazyActorGraph: () => null }));

// jsdom has no TextDecoder; the loader (meant for Node) decodes the files with one.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
const dataset = loadDataset(path.join(__dirname, '..', 'data'));
const index = buildIndex(dataset);
const props: BriefingViewProps = {
  briefing: dataset.briefings[0]!,
  timeline: toTimelineEvents(index),
  actors: dataset.actors,
  graph: actorGraph(index),
  positions: {},
  sources: dataset.sources,
  eventSources: {},
};
const steps = props.briefing.steps;

function setup(query = '') {
  search = query;
  window.history.replaceState(null, '', `/briefing/${props.briefing.id}${query ? `?${query}` : ''}`);
  render(<BriefingView {...props} />);
}
const counter = () => screen.getByTestId('briefing-counter').textContent;
const title = () => screen.getByRole('heading', { level: 1 }).textContent;
const press = (key: string, init: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(document.body, { key, ...init });

beforeEach(() => {
  push.mockClear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

describe('BriefingView keys', () => {
  it('moves with → Space PageDown and ← PageUp, one step a press, and stops at the ends', () => {
    setup();
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
    expect(title()).toBe(steps[0]!.title.en);
    press('ArrowLeft');
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
    press('ArrowRight');
    press(' ');
    press('PageDown');
    expect(counter()).toBe(`Step 4 of ${steps.length}`);
    expect(title()).toBe(steps[3]!.title.en);
    press('PageUp');
    press('ArrowLeft');
    press(' ', { shiftKey: true });
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
  });

  it('jumps with Home and End and keeps the step in the URL', () => {
    setup();
    press('End');
    expect(counter()).toBe(`Step ${steps.length} of ${steps.length}`);
    expect(window.location.search).toBe(`?step=${steps.length}`);
    press('ArrowRight');
    expect(counter()).toBe(`Step ${steps.length} of ${steps.length}`);
    press('Home');
    expect(window.location.search).toBe('?step=1');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  });

  it('opens on the step of the URL, and on step 1 with a notice for a malformed one', () => {
    setup('step=3');
    expect(title()).toBe(steps[2]!.title.en);
    expect(screen.queryByText(/is not a step of this briefing/)).toBeNull();
  });

  it.each(['abc', '0', '99'])('refuses ?step=%s with a notice and shows step 1', (raw) => {
    setup(`step=${raw}`);
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
    expect(document.querySelector('.briefing-notice')).toHaveTextContent(`“step=${raw}” is not a step of this briefing (1 to ${steps.length}); showing step 1.`);
  });

  it('asks for full screen with F and leaves with Esc for the explorer at the step’s period', () => {
    const requestFullscreen = jest.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    setup('step=5');
    press('f');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    press('Escape');
    expect(push).toHaveBeenCalledWith(`/?from=${steps[4]!.window.from}&to=${steps[4]!.window.to}`);
  });

  it('leaves browser shortcuts to the browser', () => {
    setup();
    press('ArrowRight', { altKey: true });
    press('End', { ctrlKey: true });
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
  });

  it('lets a focused button own Space: one press, one step', async () => {
    jest.useRealTimers();
    const user = userEvent.setup();
    setup();
    screen.getByRole('button', { name: /Next/ }).focus();
    await user.keyboard(' ');
    expect(counter()).toBe(`Step 2 of ${steps.length}`);
  });

  it('lets the focused timeline own the arrows (they pan it)', async () => {
    jest.useRealTimers();
    const user = userEvent.setup();
    setup('step=2');
    screen.getByRole('group', { name: 'Timeline' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(counter()).toBe(`Step 2 of ${steps.length}`);
  });

  it('shows the key passage in Arabic, right to left, with its gloss and source', () => {
    setup('step=5');
    const quote = document.querySelector('blockquote')!;
    expect(quote).toHaveAttribute('lang', 'ar');
    expect(quote).toHaveAttribute('dir', 'rtl');
    expect(quote.textContent).toBe(steps[4]!.keyPassage.quote.exact);
    expect(screen.getByText(steps[4]!.gloss)).toBeInTheDocument();
    expect(document.querySelector('.briefing-citation')).toHaveTextContent('published 13 April 2013');
  });
});
