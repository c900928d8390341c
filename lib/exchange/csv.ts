/**
 * RFC 4180 CSV, written and read by hand (no dependency): fields are quoted
 * when they hold a comma, a quote, a line break or edge spaces; a quote
 * inside a quoted field is doubled; records end with CRLF. The reader also
 * takes LF line ends and a leading byte-order mark, and remembers the
 * physical line each record starts on, so a quoted line break inside a field
 * does not shift the line numbers it reports.
 *
 * Formula injection: a spreadsheet evaluates a cell that begins with `=`,
 * `+`, `-`, `@`, tab or CR (`=HYPERLINK(...)` in a source text would become a
 * live link, or worse). The writer puts a quote mark `'` before such a value,
 * which spreadsheets show as text; the reader takes it off again, so a file
 * written here reads back to exactly the same values. A value that already
 * begins with quote marks before such a character gets one more, so the rule
 * stays reversible. Plain numbers (`-3`, `+1.5`) are not formulas and stay as they are.
 */

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

const FORMULA = /^'*[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** The value a spreadsheet shows as text: a quote mark before anything it would evaluate. */
export function protectFormula(value: string): string {
  return FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** The value `protectFormula` was given. */
export function unprotectFormula(value: string): string {
  return value.startsWith("'") && FORMULA.test(value) ? value.slice(1) : value;
}

/** One field as RFC 4180 writes it. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row as a CSV record: fields quoted as needed, formulas disarmed, CRLF at the end. */
export function csvRecord(row: readonly string[]): string {
  return row.map((value) => csvField(protectFormula(value))).join(',') + '\r\n';
}

/** Rows as one CSV document, CRLF after every record, formulas disarmed; `bom` prepends the mark Excel looks for. */
export function writeCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  return (options.bom ? BOM : '') + rows.map(csvRecord).join('');
}

export interface CsvRecord {
  /** Physical line (1-based) the record starts on. */
  line: number;
  fields: string[];
  /** Why the record is malformed (an unclosed quote, text after a closing quote), or null. */
  problem: string | null;
}

/**
 * Reads every record of a CSV document. Blank lines are skipped (a file often
 * ends with one). A malformed record is returned with its `problem` instead of
 * throwing, so one bad row does not hide the others.
 */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let at = 0;
  while (at < text.length) {
    const start = line;
    // A blank line: no record.
    if (text[at] === '\n' || (text[at] === '\r' && text[at + 1] === '\n')) {
      at += text[at] === '\r' ? 2 : 1;
      line += 1;
      continue;
    }
    const fields: string[] = [];
    let problem: string | null = null;
    let field = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text[at] === '"') {
        // Quoted field: runs to the next quote not doubled; line breaks inside belong to the field.
        at += 1;
        let closed = false;
        while (at < text.length) {
          const char = text[at] as string;
          if (char === '"') {
            if (text[at + 1] === '"') {
              field += '"';
              at += 2;
              continue;
            }
            at += 1;
            closed = true;
            break;
          }
          if (char === '\n') line += 1;
          field += char;
          at += 1;
        }
        if (!closed) {
          problem ??= `a quoted field opened on line ${start} is never closed`;
        } else if (at < text.length && !isDelimiter(text, at)) {
          problem ??= `text after the closing quote of field ${fields.length + 1} (a quote inside a field must be doubled: "")`;
          // Keep what follows as part of the field, up to the next delimiter.
          while (at < text.length && !isDelimiter(text, at)) field += text[at++];
        }
      } else {
        while (at < text.length && !isDelimiter(text, at)) {
          if (text[at] === '"') problem ??= `a quote inside unquoted field ${fields.length + 1} (quote the field and double the quote)`;
          field += text[at++];
        }
      }
      fields.push(unprotectFormula(field));
      field = '';
      if (at >= text.length) {
        endOfRecord = true;
      } else if (text[at] === ',') {
        at += 1;
      } else {
        at += text[at] === '\r' ? 2 : 1;
        line += 1;
        endOfRecord = true;
      }
    }
    records.push({ line: start, fields, problem });
  }
  return records;
}

/** A comma or a record end (LF, CRLF) at `at`; a lone CR is kept as text. */
function isDelimiter(text: string, at: number): boolean {
  const char = text[at];
  return char === ',' || char === '\n' || (char === '\r' && text[at + 1] === '\n');
}
