/**
 * Whole numbers written for a reader, with one formatter per locale made
 * once: `toLocaleString` makes a formatter on every call, and the explorer's
 * lists write their counts on every selection's render.
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale)));
  return formatter.format(value);
}
