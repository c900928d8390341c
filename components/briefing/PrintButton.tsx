'use client';
/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. */
import { STRINGS } from './strings';

export function PrintButton() {
  return (
    <button type="button" className="print-button" onClick={() => window.print()}>
      {STRINGS.printButton}
    </button>
  );
}
