'use client';
/**
 * On the not-found page, when its address is a record page's
 * (/events/<id>): a large dataset has pages for its first records of each
 * kind only (app/_server/static-params.ts), and a link from a panel or a
 * record page may name one past them. The explorer reads every record, so
 * the page offers it, selecting that record (an id the dataset does not
 * have, the explorer says it ignored). The not-found page is one static file
 * for every address, so the address is read in the browser.
 */
import { useSyncExternalStore } from 'react';
import { explorerRecordPath, recordOfPath } from '@/lib/record-paths';
import { LangLink } from './LangLink';
import { useLang } from './lang-context';
import { SITE_STRINGS } from './strings';

const noChange = () => () => {};

export function RecordNotFoundHint() {
  const words = SITE_STRINGS[useLang()];
  // The server renders no hint (null); the browser reads its own address.
  const pathname = useSyncExternalStore(noChange, () => window.location.pathname, () => null);
  const record = pathname === null ? null : recordOfPath(pathname);
  if (!record) return null;
  return (
    <p data-testid="record-not-found-hint">
      {words.recordsBeyondPages}{' '}
      <LangLink href={explorerRecordPath(record.kind, record.id)}>{words.openRecordInExplorer(record.kind)}</LangLink>
    </p>
  );
}
