'use client';
/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. */
import { BRIEFING_STRINGS } from './strings';
import { useLang } from '@/components/i18n/lang-context';

export function PrintButton() {
  const STRINGS = BRIEFING_STRINGS[useLang()];
  return (
    <button type="button" className="print-button" onClick={() => window.print()}>
      {STRINGS.printButton}
    </button>
  );
}
