/** What a highlighted passage supports, worded for tooltips and screen readers. */
import type { DatasetIndex, PassageRef } from '@/lib/query';

/** Words for what a passage supports, e.g. "Statement by John Kerry". */
export function describePassage(index: DatasetIndex, ref: PassageRef): string {
  const { owner } = ref;
  if (owner.kind === 'event') {
    const e = index.events.get(owner.id);
    return `${ref.role === 'date' ? 'Date of event' : 'Event'}: ${e?.title.en ?? owner.id}`;
  }
  if (owner.kind === 'statement') {
    const s = index.statements.get(owner.id);
    const speaker = s ? index.actors.get(s.speaker)?.name.en : undefined;
    return `Statement by ${speaker ?? 'unknown speaker'}: ${s?.gloss ?? owner.id}`;
  }
  if (owner.kind === 'actor') {
    const a = index.actors.get(owner.id);
    const what = ref.role === 'role' ? 'Role of' : ref.role === 'affiliation' ? 'Affiliation of' : 'Mention of';
    return `${what} ${a?.name.en ?? owner.id}`;
  }
  if (owner.kind === 'relation') {
    const r = index.relations.get(owner.id);
    const name = (id: string | undefined) => (id ? index.actors.get(id)?.name.en ?? id : '');
    return `Relation: ${name(r?.source)} ${r?.type ?? ''} ${name(r?.target)}`;
  }
  return ref.role === 'publication' ? 'Publication date of the article' : 'Publisher or credited agency';
}
