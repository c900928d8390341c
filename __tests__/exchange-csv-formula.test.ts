/** @jest-environment node */
/**
 * CSV exports are opened in spreadsheets: a cell that begins like a formula
 * must arrive as text, and the CSV import must still read back what was written.
 */
import { parseCsv, protectFormula, unprotectFormula, writeCsv } from '@/lib/exchange/csv';

const HOSTILE = ['=HYPERLINK("http://127.0.0.1:9/x","open")', '+SUM(A1:A9)', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1)', '\t=1+1', '\r=1', "'=already quoted", "''@twice"];

describe('formula injection in CSV', () => {
  it.each(HOSTILE)('writes %j behind a quote mark', (value) => {
    const csv = writeCsv([[value]]);
    const cell = csv.replace(/\r\n$/, '').replace(/^"|"$/g, '').replace(/""/g, '"');
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1)).toBe(value);
  });

  it('reads every written value back unchanged', () => {
    const rows = [HOSTILE, ['plain', "it's", "'quoted text", '-3', '+1.5', 'a=b', '']];
    expect(parseCsv(writeCsv(rows)).map((r) => r.fields)).toEqual(rows);
  });

  it('leaves numbers and ordinary text alone', () => {
    for (const value of ['-3', '+1.5', '2013-05-14', 'كيري', "it's", 'a=b']) expect(protectFormula(value)).toBe(value);
    expect(unprotectFormula("'=x")).toBe('=x');
    expect(unprotectFormula("'text")).toBe("'text");
  });
});
