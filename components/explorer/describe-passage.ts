/** What a highlighted passage supports, worded for tooltips and screen readers. */
import type { DatasetIndex, PassageRef } from '@/lib/query';
import type { Lang } from '@/lib/url-state';
import { READER_STRINGS } from '@/components/reader/strings';

/** Words for what a passage supports, e.g. "Statement by John Kerry". */
export function describePassage(index: DatasetIndex, ref: PassageRef, lang: Lang = 'en'): string {
  const { owner } = ref;
  const words = READER_STRINGS[lang];
  const colon = ': ';
  if (owner.kind === 'event') {
    const e = index.events.get(owner.id);
    return `${ref.role === 'date' ? words.eventDate : words.event}${colon}${e?.title[lang] ?? owner.id}`;
  }
  if (owner.kind === 'statement') {
    const s = index.statements.get(owner.id);
    const speaker = s ? index.actors.get(s.speaker)?.name[lang] : undefined;
    return `${words.statementBy(speaker ?? words.unknownSpeaker)}${colon}${s?.gloss ?? owner.id}`;
  }
  if (owner.kind === 'actor') {
    const a = index.actors.get(owner.id);
    const name = a?.name[lang] ?? owner.id;
    return ref.role === 'role' ? words.roleOf(name) : ref.role === 'affiliation' ? words.affiliationOf(name) : words.mentionOf(name);
  }
  if (owner.kind === 'relation') {
    const r = index.relations.get(owner.id);
    const name = (id: string | undefined) => (id ? index.actors.get(id)?.name[lang] ?? id : '');
    return `${words.relation}${colon}${name(r?.source)} ${r?.type ?? ''} ${name(r?.target)}`;
  }
  return ref.role === 'publication' ? words.publicationDate : words.publisherOrCredit;
}
