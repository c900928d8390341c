/**
 * Every interface dictionary, for the test that holds English and Arabic to
 * the same keys (__tests__/dictionaries.test.ts). A new area's strings.ts is
 * added here. `same` lists the keys whose Arabic may equal the English, each
 * with the reason (a format name, a symbol).
 */
import type { Lang } from '@/lib/url-state';
import { BRIEFING_STRINGS } from '@/components/briefing/strings';
import { EXPLORER_STRINGS } from '@/components/explorer/strings';
import { EXPORT_STRINGS } from '@/components/export/strings';
import { GRAPH_STRINGS } from '@/components/graph/strings';
import { PANEL_STRINGS } from '@/components/panels/strings';
import { READER_STRINGS } from '@/components/reader/strings';
import { STRINGS as TIMELINE_STRINGS } from '@/components/timeline/strings';
import { NOTICE_WORDS } from '@/lib/url-notices';
import { SITE_STRINGS } from './strings';

export interface DictionaryEntry {
  name: string;
  dictionary: Record<Lang, object>;
  /** Dotted key paths whose Arabic may equal the English, with the reason. */
  same?: Record<string, string>;
}

export const DICTIONARIES: readonly DictionaryEntry[] = [
  { name: 'site', dictionary: SITE_STRINGS },
  { name: 'explorer', dictionary: EXPLORER_STRINGS },
  { name: 'export', dictionary: EXPORT_STRINGS },
  { name: 'graph', dictionary: GRAPH_STRINGS },
  { name: 'panels', dictionary: PANEL_STRINGS },
  { name: 'reader', dictionary: READER_STRINGS },
  { name: 'timeline', dictionary: TIMELINE_STRINGS },
  { name: 'briefing', dictionary: BRIEFING_STRINGS },
  { name: 'address notices', dictionary: NOTICE_WORDS },
];
