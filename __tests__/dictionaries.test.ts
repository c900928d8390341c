/**
 * The Arabic interface leaves nothing untranslated: every dictionary's
 * English and Arabic objects have the same keys, all the way down
 * (functions included), and no Arabic word is empty or the English one
 * again, unless the registry says why (a format name such as "SVG").
 */
import { DICTIONARIES } from '@/components/i18n/dictionaries';

/** Arguments a dictionary function is called with to compare its words: counts, names, dates. */
const SAMPLE_ARGS: unknown[][] = [[3, 5], ['Kerry', 'وانغ يي'], [1, 1], [['Kerry', 'Wang Yi']], ['2013-04-13', 2]];

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

/** What a leaf says: a string as is, a function's words for each sample call that does not throw. */
function words(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    return SAMPLE_ARGS.flatMap((args) => {
      try {
        const out = (value as (...a: unknown[]) => unknown)(...args);
        return typeof out === 'string' ? [out] : [];
      } catch {
        return [];
      }
    });
  }
  return [JSON.stringify(value)];
}

describe.each(DICTIONARIES.map((d) => [d.name, d] as const))('%s dictionary', (_name, entry) => {
  const en = leaves(entry.dictionary.en);
  const ar = leaves(entry.dictionary.ar);

  it('has the same keys in English and Arabic, functions where the other has functions', () => {
    expect(ar.map((l) => l.path).sort()).toEqual(en.map((l) => l.path).sort());
    const kinds = (list: Leaf[]) => Object.fromEntries(list.map((l) => [l.path, typeof l.value]));
    expect(kinds(ar)).toEqual(kinds(en));
  });

  it('has no empty Arabic word and none equal to its English unless whitelisted with a reason', () => {
    const english = new Map(en.map((l) => [l.path, words(l.value)]));
    const problems: string[] = [];
    for (const { path, value } of ar) {
      const said = words(value);
      if (said.length === 0 || said.some((w) => w.trim() === '')) problems.push(`${path}: empty`);
      const reason = entry.same?.[path];
      if (reason !== undefined && reason.length < 6) problems.push(`${path}: whitelisted without a reason`);
      if (reason === undefined && said.some((w, i) => w === english.get(path)?.[i])) problems.push(`${path}: same as English`);
    }
    expect(problems).toEqual([]);
  });
});

it('lists every dictionary of the interface', () => {
  expect(DICTIONARIES.map((d) => d.name).sort()).toEqual(['address notices', 'briefing', 'explorer', 'export', 'graph', 'panels', 'reader', 'site', 'timeline']);
});
