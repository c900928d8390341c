/** @jest-environment node */
/** The benchmark's arithmetic and its verdicts on the targets. */
import { medianFirstDraw, percentile, resultsTable, targetFor, type CaseResult } from '@/scripts/bench/stats';

const base: CaseResult = {
  view: 'timeline', events: 100_000, actors: 5_000, relations: 15_000, firstDrawMs: 800, frameP50Ms: 16, frameP95Ms: 18,
  framesOver50: 0, frames: 120, longTasks: 0, longTasksLoad: 2, heapMB: 120, selectActorMs: 40, selectActorMaxMs: 70, brushMs: 60, brushMaxMs: 90, loadAverage: 3.25, errors: [],
};

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('medianFirstDraw', () => {
  it('reports the middle load, and nothing when a load never drew', () => {
    expect(medianFirstDraw([1704, 1281, 1400])).toBe(1400);
    expect(medianFirstDraw([900, 1100])).toBe(1000);
    expect(medianFirstDraw([900, null, 1100])).toBeNull();
    expect(medianFirstDraw([])).toBeNull();
  });

  it('shows each load beside the median in the table', () => {
    const table = resultsTable({
      date: '2026-12-04T12:00:00Z', commit: 'abc1234',
      machine: { os: 'Linux 6.1', cpus: 'AMD EPYC', cores: 2, memoryGB: 24, chromium: 'Chromium 156', node: 'v20' },
      cases: [{ ...base, firstDrawMs: 1400, firstDrawRunsMs: [1704, 1281, 1400] }],
    });
    expect(table).toContain('| 1400 (1704, 1281, 1400) |');
  });
});

describe('targetFor', () => {
  it('meets the 100k timeline target only when every part holds', () => {
    expect(targetFor(base)?.met).toBe(true);
    expect(targetFor({ ...base, framesOver50: 1 })?.met).toBe(false);
    expect(targetFor({ ...base, brushMs: null, brushMaxMs: null })?.met).toBe(false);
    // Every try must answer within 100 ms: a fast median does not hide one slow selection.
    expect(targetFor({ ...base, selectActorMaxMs: 140 })?.met).toBe(false);
  });

  it('judges the 10k timeline and the 5k graph by their own limits, and has none for small cases', () => {
    expect(targetFor({ ...base, events: 10_000, frameP95Ms: 17 })?.met).toBe(true);
    expect(targetFor({ ...base, view: 'graph', actors: 5_000, firstDrawMs: 1600, frameP95Ms: 20 })?.met).toBe(false);
    expect(targetFor({ ...base, events: 1_000 })).toBeNull();
  });
});

describe('resultsTable', () => {
  it('writes one row per case with the verdict, and the machine under the table', () => {
    const table = resultsTable({
      date: '2026-12-03T22:00:00Z', commit: 'abc1234',
      machine: { os: 'Linux 6.1', cpus: 'AMD EPYC', cores: 2, memoryGB: 24, chromium: 'Chromium 140', node: 'v20' },
      cases: [
        { ...base, selectVisibleMs: 20, selectVisibleMaxMs: 30 },
        { ...base, view: 'graph', events: 10_000, frameP95Ms: 40, selectActorMs: undefined, selectActorMaxMs: undefined, brushMs: undefined, brushMaxMs: undefined },
      ],
    });
    const lines = table.split('\n');
    // Selection shown (the panel naming the actor) before its records are in; both reported.
    expect(lines[2]).toContain('| timeline | 100,000 | 5,000 | 800 | 16 | 18 | 0 | 0 (2) | 120 | 20 (30) | 40 (70) | 60 (90) | 3.3 | **met**');
    // A missed case names what it missed, then what it met: a verdict listing every target read as if all were missed.
    expect(lines[3]).toContain('| graph | 10,000 | 5,000 | 800 | 16 | 40 | 0 | 0 (2) | 120 | — | — | — | 3.3 | **missed**: p95 ≤ 33 ms; met: first draw ≤ 1500 ms |');
    expect(table).toContain('2 × AMD EPYC');
    expect(table).not.toContain('measured earlier');
  });

  it('says which cases an --only run kept from an earlier commit', () => {
    const table = resultsTable({
      date: '2026-12-04T02:00:00Z', commit: 'new1234',
      machine: { os: 'Linux 6.1', cpus: 'AMD EPYC', cores: 2, memoryGB: 24, chromium: 'Chromium 140', node: 'v20' },
      cases: [{ ...base, commit: 'old5678', date: '2026-12-03T22:00:00Z' }, { ...base, events: 10_000, commit: 'new1234' }],
    });
    expect(table).toContain('Some cases were measured earlier, at old5678 (2026-12-03).');
  });
});
