// edtf ships no typings. Only the parts Athar uses are declared.
declare module 'edtf' {
  interface EdtfValue {
    readonly type: string;
    /** First millisecond covered (UTC epoch ms). */
    readonly min: number;
    /** Last millisecond covered (UTC epoch ms). */
    readonly max: number;
    readonly edtf: string;
  }
  function edtf(input: string, options?: Record<string, unknown>): EdtfValue;
  export function parse(input: string, options?: Record<string, unknown>): { type: string; values?: unknown[] };
  export default edtf;
}
