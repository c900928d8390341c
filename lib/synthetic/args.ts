/**
 * The arguments of `npm run gen:synthetic`: `--events N --actors M --seed S
 * --out DIR [--force]` (also `--name=value`). Pure, so the refusals are tested
 * without spawning the CLI; each refusal says which argument and why.
 */
export interface SyntheticArgs {
  events: number;
  actors: number;
  seed: number;
  out: string;
  /** Replace an existing output folder. */
  force: boolean;
}

export const SYNTHETIC_USAGE = 'usage: npm run gen:synthetic -- --events N --actors M --seed S --out DIR [--force]';

const NUMBERS = { events: { min: 0 }, actors: { min: 2 }, seed: { min: 0 } } as const;
/** The generator keeps every record in memory; past these sizes a run would exhaust it. */
const LIMITS = { events: 1_000_000, actors: 100_000, seed: 2 ** 32 - 1 } as const;

/** The parsed arguments, or the reason they are refused. */
export function parseSyntheticArgs(argv: readonly string[]): SyntheticArgs | string {
  const values: Record<string, string> = {};
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') {
      force = true;
      continue;
    }
    const match = /^--(events|actors|seed|out)(?:=(.*))?$/.exec(arg);
    if (!match) return `unknown argument "${arg}"`;
    const name = match[1]!;
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) return `--${name} needs a value`;
    if (name in values) return `--${name} is given twice`;
    values[name] = value;
  }
  const numbers: Partial<Record<keyof typeof NUMBERS, number>> = {};
  for (const name of Object.keys(NUMBERS) as (keyof typeof NUMBERS)[]) {
    const raw = values[name];
    if (raw === undefined) return `--${name} is required`;
    if (!/^\d+$/.test(raw)) return `--${name} must be a whole number, not "${raw}"`;
    const value = Number(raw);
    if (value < NUMBERS[name].min) return `--${name} must be at least ${NUMBERS[name].min}, not ${value}`;
    if (value > LIMITS[name]) return `--${name} must be at most ${LIMITS[name]}, not ${value}`;
    numbers[name] = value;
  }
  if (values.out === undefined) return '--out is required';
  return { events: numbers.events!, actors: numbers.actors!, seed: numbers.seed!, out: values.out, force };
}
