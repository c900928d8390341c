/** @jest-environment node */
import path from 'node:path';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { toTimelineEvents } from '@/lib/timeline-model';
import { commandForKey, explorerHref, paddedWindow, parseStepParam, stepQuery, stepReducer, type StepState } from '@/components/briefing/steps';
import { focusNames, graphFocus, stepSources } from '@/components/briefing/step-context';
import { channelName } from '@/components/briefing/useSyncedSteps';

const at = (index: number, count = 8): StepState => ({ index, count });

describe('stepReducer', () => {
  it('moves one step at a time and stops at both ends', () => {
    expect(stepReducer(at(0), { type: 'next' })).toEqual(at(1));
    expect(stepReducer(at(3), { type: 'previous' })).toEqual(at(2));
    const last = at(7);
    expect(stepReducer(last, { type: 'next' })).toBe(last);
    const first = at(0);
    expect(stepReducer(first, { type: 'previous' })).toBe(first);
  });

  it('jumps to the first, the last, or a given step, clamped to the briefing', () => {
    expect(stepReducer(at(5), { type: 'first' })).toEqual(at(0));
    expect(stepReducer(at(2), { type: 'last' })).toEqual(at(7));
    expect(stepReducer(at(2), { type: 'goto', index: 4 })).toEqual(at(4));
    expect(stepReducer(at(2), { type: 'goto', index: 40 })).toEqual(at(7));
    expect(stepReducer(at(2), { type: 'goto', index: -1 })).toEqual(at(0));
    expect(stepReducer(at(2), { type: 'goto', index: Number.NaN })).toEqual(at(2));
  });

  it('keeps a one-step briefing on its step', () => {
    expect(stepReducer(at(0, 1), { type: 'next' })).toEqual(at(0, 1));
    expect(stepReducer(at(0, 1), { type: 'last' })).toEqual(at(0, 1));
  });
});

describe('commandForKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'leave'],
  ])('%j → %s', (key, type) => {
    expect(commandForKey({ key })).toEqual({ type });
  });

  it('goes back on Shift+Space, as slide software does', () => {
    expect(commandForKey({ key: ' ', shiftKey: true })).toEqual({ type: 'previous' });
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(commandForKey({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(commandForKey({ key: 'f', ctrlKey: true })).toBeNull();
    expect(commandForKey({ key: 'End', metaKey: true })).toBeNull();
    expect(commandForKey({ key: 'Enter' })).toBeNull();
    expect(commandForKey({ key: 'a' })).toBeNull();
  });
});

describe('the ?step= parameter', () => {
  it('is 1-based, and absent means the first step', () => {
    expect(parseStepParam('3', 8)).toEqual({ index: 2, refused: false });
    expect(parseStepParam('8', 8)).toEqual({ index: 7, refused: false });
    expect(parseStepParam(null, 8)).toEqual({ index: 0, refused: false });
    expect(parseStepParam('', 8)).toEqual({ index: 0, refused: false });
  });

  it.each(['abc', '3.5', '3abc', '+3', ' 3', '-1', '0', '9', '99999'])('refuses %j: first step, with a notice', (raw) => {
    expect(parseStepParam(raw, 8)).toEqual({ index: 0, refused: true });
  });

  it('writes the step back the same way', () => {
    expect(stepQuery(2)).toBe('?step=3');
    expect(parseStepParam(stepQuery(6).slice('?step='.length), 8).index).toBe(6);
  });
});

describe('links and periods of a step', () => {
  it('leaves for the explorer at the step’s period', () => {
    expect(explorerHref({ from: '2013-04-13', to: '2013-04-13' })).toBe('/?from=2013-04-13&to=2013-04-13');
  });

  it('pads the period, more after than before, at least three days each side', () => {
    expect(paddedWindow({ from: '2013-04-13', to: '2013-04-13' })).toEqual({ from: '2013-04-10', to: '2013-04-16' });
    // 100 days: 15 before, 45 after.
    expect(paddedWindow({ from: '2013-01-01', to: '2013-04-10' })).toEqual({ from: '2012-12-17', to: '2013-05-25' });
  });

  it('names one BroadcastChannel per briefing', () => {
    expect(channelName('accusations-to-working-group')).toBe('athar-briefing-accusations-to-working-group');
  });
});

describe('what a step of the default briefing puts on screen', () => {
  const dataset = loadDataset(path.join(__dirname, '..', 'data'));
  const index = buildIndex(dataset);
  const timeline = toTimelineEvents(index);
  const briefing = dataset.briefings[0]!;
  const eventSources = Object.fromEntries(dataset.events.map((e) => [e.id, [...new Set(e.evidence.map((p) => p.source))]]));

  it('frames the focus actors, or the focus events’ participants when no actor is named', () => {
    const step = briefing.steps[4]!;
    expect(graphFocus(step, timeline)).toEqual(step.focus.actors);
    const noActors = { ...step, focus: { actors: [], events: ['kerry-wang-yi-meeting'] } };
    expect(graphFocus(noActors, timeline).sort()).toEqual(['john-kerry', 'wang-yi']);
  });

  it('names what is in focus', () => {
    expect(focusNames(briefing.steps[2]!, dataset.actors, timeline)).toEqual({
      actors: ['Li Keqiang'],
      events: ['Li Keqiang calls on both sides to stop the war of words over hacking'],
    });
  });

  it('cites the sources of the events in the window and of the key passage', () => {
    // February: the key passage is from the Beijing text; Al Jazeera's open-ended events (pressure "for a long time") reach into it too.
    expect(stepSources(briefing.steps[0]!, timeline, eventSources, dataset.sources).map((s) => s.id).sort()).toEqual(['aljazeera-2013-05-15', 'kerry-beijing-2013-04-13']);
    // Next summer: only Al Jazeera tells of the expected meeting; nothing else is dated then.
    expect(stepSources(briefing.steps[7]!, timeline, eventSources, dataset.sources).map((s) => s.id)).toEqual(['aljazeera-2013-05-15']);
  });
});
