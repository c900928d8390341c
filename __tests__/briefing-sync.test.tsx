/**
 * Audience and presenter windows in step over a BroadcastChannel (a fake
 * one here: jsdom has none; the e2e test uses Chromium's), and what the
 * presenter sees: notes, the next step, the elapsed time.
 */
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { actorGraph } from '@/lib/graph';
import { toTimelineEvents } from '@/lib/timeline-model';
import BriefingView from '@/components/briefing/BriefingView';
import PresenterView, { formatElapsed } from '@/components/briefing/PresenterView';

jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn() }),
  useSearchParams: () => new URLSearchParams(''),
}));
jest.mock('@/components/graph/LazyActorGraph', () => ({ LazyActorGraph: () => null }));

/** Delivers each message to every other channel of the same name, asynchronously, as browsers do. */
class FakeChannel {
  static open: FakeChannel[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor(readonly name: string) {
    FakeChannel.open.push(this);
  }
  postMessage(data: unknown) {
    for (const other of FakeChannel.open) {
      if (other !== this && other.name === this.name) setTimeout(() => other.onmessage?.({ data: JSON.parse(JSON.stringify(data)) } as MessageEvent), 0);
    }
  }
  close() {
    FakeChannel.open = FakeChannel.open.filter((c) => c !== this);
  }
}

globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
const dataset = loadDataset(path.join(__dirname, '..', 'data'));
const index = buildIndex(dataset);
const briefing = dataset.briefings[0]!;
const audienceProps = {
  briefing,
  timeline: toTimelineEvents(index),
  actors: dataset.actors,
  graph: actorGraph(index),
  positions: {},
  sources: dataset.sources,
  eventSources: {},
};
const n = briefing.steps.length;

beforeAll(() => {
  globalThis.BroadcastChannel = FakeChannel as unknown as typeof BroadcastChannel;
});
afterAll(() => {
  delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel;
});
beforeEach(() => {
  FakeChannel.open = [];
  window.history.replaceState(null, '', '/briefing/x');
});

const audience = () => screen.getByTestId('briefing-counter');
const presenter = () => screen.getByTestId('presenter-counter');
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));
/** Waits for a window to show a step: a message goes through two timer hops and a render, which a loaded machine can hold past a fixed wait. */
const shows = (counter: () => HTMLElement, text: string) => waitFor(() => expect(counter()).toHaveTextContent(text));

it('keeps the two windows on the same step, whichever advances', async () => {
  const user = userEvent.setup();
  render(
    <>
      <BriefingView {...audienceProps} />
      <PresenterView briefing={briefing} />
    </>,
  );
  await settle();
  const presenterNav = screen.getAllByRole('navigation', { name: 'Briefing controls' })[1]!;
  await user.click(within(presenterNav).getByRole('button', { name: /Next/ }));
  await shows(presenter, `Step 2 of ${n}`);
  await shows(audience, `Step 2 of ${n}`);

  const audienceNav = screen.getAllByRole('navigation', { name: 'Briefing controls' })[0]!;
  await user.click(within(audienceNav).getByRole('button', { name: /Next/ }));
  await user.click(within(audienceNav).getByRole('button', { name: /Next/ }));
  await shows(audience, `Step 4 of ${n}`);
  await shows(presenter, `Step 4 of ${n}`);
});

it('brings a window opened later to the step the others are on', async () => {
  const user = userEvent.setup();
  const { rerender } = render(<BriefingView {...audienceProps} />);
  await settle();
  for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: /Next/ }));
  rerender(
    <>
      <BriefingView {...audienceProps} />
      <PresenterView briefing={briefing} />
    </>,
  );
  await shows(presenter, `Step 5 of ${n}`);
});

it('shows the presenter the notes, the next step, and the end', async () => {
  const user = userEvent.setup();
  render(<PresenterView briefing={briefing} />);
  expect(screen.getByText(briefing.steps[0]!.notes!)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: briefing.steps[1]!.title.en })).toBeInTheDocument();
  await user.keyboard('{End}');
  expect(screen.getByRole('heading', { name: 'End of the briefing.' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Open the audience window' })).toHaveAttribute('href', `/briefing/${briefing.id}?step=${n}`);
});

it('words the elapsed time in minutes and seconds, hours once there are any', () => {
  expect(formatElapsed(0)).toBe('0:00');
  expect(formatElapsed(65_000)).toBe('1:05');
  expect(formatElapsed(12 * 60_000 + 40_000)).toBe('12:40');
  expect(formatElapsed(3_723_000)).toBe('1:02:03');
  expect(formatElapsed(-5)).toBe('0:00');
});
