/**
 * The numbers the benchmark reports, computed from what the page recorded:
 * frame-time percentiles (nearest rank), frames over a budget, and the
 * markdown table the README shows. Pure, so it is unit-tested.
 */

/** The nearest-rank percentile `p` (0–100) of `values`; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One benchmark case as written to bench/results.json. */
export interface CaseResult {
  view: 'timeline' | 'graph';
  events: number;
  actors: number;
  relations: number;
  /** Navigation start to the view's first complete drawing (its `data-drawn="true"`), ms: the median of `firstDrawRunsMs`. */
  firstDrawMs: number | null;
  /** Each load's first drawing, ms, in the order measured (null where a load never drew); the last is the load the gesture used. */
  firstDrawRunsMs?: (number | null)[];
  /** requestAnimationFrame intervals during the scripted 60-step zoom and pan, ms. */
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  framesOver50: number | null;
  frames: number;
  /** Long tasks (> 50 ms) during the zoom and pan, and from navigation to the first drawing. */
  longTasks: number;
  longTasksLoad: number;
  /** Used JS heap after a forced garbage collection, MiB. */
  heapMB: number;
  /**
   * Timeline cases: a click on an actor in the actor list → its name heads the
   * detail panel, the URL holds it, the explorer is no longer busy and two
   * frames have passed, ms from the click's input event; median and max of 5.
   */
  /** Click on an actor until every view shows it, the detail panel naming it while its records may still load (median of five). */
  selectVisibleMs?: number | null;
  selectVisibleMaxMs?: number | null;
  selectActorMs?: number | null;
  selectActorMaxMs?: number | null;
  /** Timeline cases: the mouse-up ending a brush drag → the URL holds the period, the explorer is not busy, the graph's picture is complete, two frames passed; median and max of 5. */
  brushMs?: number | null;
  brushMaxMs?: number | null;
  /** The machine's 1-minute load average when the gesture started: on a shared 2-core machine, other work slows every frame. */
  loadAverage?: number;
  /** What went wrong, when a measure could not be taken. */
  errors: string[];
  /** The commit and time this case was measured at (an `--only` run keeps other cases from earlier runs). */
  commit?: string;
  date?: string;
}

/**
 * The first drawing a case reports from its loads: their median, or null
 * when any load never drew (a page that sometimes breaks has no typical time).
 */
export function medianFirstDraw(runs: readonly (number | null)[]): number | null {
  if (runs.length === 0 || runs.some((r) => r === null)) return null;
  return median(runs as number[]);
}

/** A case's measures before anything is measured: a case that fails early reports these. */
export function notMeasured(): Pick<CaseResult, 'firstDrawMs' | 'frameP50Ms' | 'frameP95Ms' | 'framesOver50' | 'frames' | 'longTasks' | 'longTasksLoad' | 'heapMB'> {
  return { firstDrawMs: null, frameP50Ms: null, frameP95Ms: null, framesOver50: null, frames: 0, longTasks: 0, longTasksLoad: 0, heapMB: 0 };
}

export interface Machine {
  os: string;
  cpus: string;
  cores: number;
  memoryGB: number;
  chromium: string;
  node: string;
}

export interface BenchReport {
  date: string;
  machine: Machine;
  commit: string;
  cases: CaseResult[];
}

/** One of the issue's targets for a case: its words, and whether this run met it. */
export interface TargetCheck {
  label: string;
  met: boolean;
}

/**
 * The issue's targets, by case, each checked on its own; the case is met when
 * every check holds. `label` names them all, `missed` those this run missed.
 */
export function targetFor(c: CaseResult): { label: string; met: boolean; checks: TargetCheck[] } | null {
  const holds = (value: number | null | undefined, limit: number) => value !== null && value !== undefined && value <= limit;
  let checks: TargetCheck[];
  if (c.view === 'timeline' && c.events >= 100_000) {
    // "Updates every view within 100 ms": every one of the repetitions, so the slowest is judged.
    checks = [
      { label: 'first draw ≤ 1000 ms', met: holds(c.firstDrawMs, 1000) },
      { label: 'p95 ≤ 20 ms', met: holds(c.frameP95Ms, 20) },
      { label: 'no frame > 50 ms', met: holds(c.framesOver50, 0) },
      { label: 'select/brush ≤ 100 ms (slowest of 5)', met: holds(c.selectActorMaxMs, 100) && holds(c.brushMaxMs, 100) },
    ];
  } else if (c.view === 'timeline' && c.events >= 10_000) {
    checks = [{ label: 'p95 ≤ 17 ms', met: holds(c.frameP95Ms, 17) }];
  } else if (c.view === 'graph' && c.actors >= 5_000) {
    checks = [
      { label: 'first draw ≤ 1500 ms', met: holds(c.firstDrawMs, 1500) },
      { label: 'p95 ≤ 33 ms', met: holds(c.frameP95Ms, 33) },
    ];
  } else return null;
  return { label: checks.map((k) => k.label).join(', '), met: checks.every((k) => k.met), checks };
}

/** "**met**: …", or "**missed**: …" naming only the missed checks, then those met. */
function verdictOf(target: NonNullable<ReturnType<typeof targetFor>>): string {
  if (target.met) return `**met**: ${target.label}`;
  const missed = target.checks.filter((k) => !k.met).map((k) => k.label);
  const met = target.checks.filter((k) => k.met).map((k) => k.label);
  return `**missed**: ${missed.join(', ')}${met.length > 0 ? `; met: ${met.join(', ')}` : ''}`;
}

const ms = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '—' : `${Math.round(value)}`);
const count = (value: number) => value.toLocaleString('en-US');
/** "median (max)", or one dash when the case has no such measure. */
const spread = (median: number | null | undefined, max: number | null | undefined) =>
  median === null || median === undefined ? '—' : `${ms(median)} (${ms(max)})`;

/** "median (each load)" when a case timed several loads, else the one time. */
const firstDraw = (c: CaseResult) =>
  c.firstDrawRunsMs && c.firstDrawRunsMs.length > 1 ? `${ms(c.firstDrawMs)} (${c.firstDrawRunsMs.map((r) => (r === null ? '—' : ms(r))).join(', ')})` : ms(c.firstDrawMs);

/** The results as a markdown table with the run's machine and date under it. */
export function resultsTable(report: BenchReport): string {
  const rows = report.cases.map((c) => {
    const target = targetFor(c);
    const verdict = target === null ? '(no target)' : verdictOf(target);
    const load = c.loadAverage === undefined ? '—' : c.loadAverage.toFixed(1);
    return `| ${c.view} | ${count(c.events)} | ${count(c.actors)} | ${firstDraw(c)} | ${ms(c.frameP50Ms)} | ${ms(c.frameP95Ms)} | ${c.framesOver50 ?? '—'} | ${c.longTasks} (${c.longTasksLoad}) | ${Math.round(c.heapMB)} | ${spread(c.selectVisibleMs, c.selectVisibleMaxMs)} | ${spread(c.selectActorMs, c.selectActorMaxMs)} | ${spread(c.brushMs, c.brushMaxMs)} | ${load} | ${verdict} |`;
  });
  const { machine } = report;
  // Cases kept from an earlier `--only` run say so under the table.
  const earlier = [...new Set(report.cases.filter((c) => c.commit !== undefined && c.commit !== report.commit).map((c) => `${c.commit} (${c.date?.slice(0, 10) ?? 'date unknown'})`))];
  return [
    '| view | events | actors | first draw (ms): median (each load) | frame p50 (ms) | frame p95 (ms) | frames > 50 ms | long tasks: zoom/pan (load) | JS heap (MiB) | select actor, shown: median (max) ms | select actor, records in: median (max) ms | brush: median (max) ms | load avg | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `Measured ${report.date} at commit ${report.commit} on ${machine.os}, ${machine.cores} × ${machine.cpus}, ${machine.memoryGB} GB, ${machine.chromium} headless (--no-sandbox --disable-gpu), Node ${machine.node}.${earlier.length > 0 ? ` Some cases were measured earlier, at ${earlier.join(', ')}.` : ''}`,
  ].join('\n');
}
