/**
 * The data routes served as numbered files, `/data/<route>/<k>.json` (event
 * chunks, search index parts): their static parameters, and the number a
 * requested file name stands for.
 */

/** The files 0.json … (count - 1).json, as `generateStaticParams` gives them. */
export function numberedFileParams(count: number): { file: string }[] {
  return Array.from({ length: count }, (_, k) => ({ file: `${k}.json` }));
}

/** The k of a `<k>.json` file name, or null for any other name. */
export function fileNumber(file: string): number | null {
  const m = /^(\d{1,7})\.json$/.exec(file);
  return m ? Number(m[1]) : null;
}
