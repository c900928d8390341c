/**
 * Every passage as a W3C Web Annotation (JSON-LD), gathered in one
 * AnnotationCollection whose single AnnotationPage lists them, source by
 * source in text order (the order of index.passagesBySource).
 *
 * - `target`: the passage in its source, `urn:athar:source:<id>`, with a
 *   TextPositionSelector (UTF-16 code units, end exclusive, as in data/) and
 *   a TextQuoteSelector (exact, prefix, suffix), the pair Athar stores.
 * - `body`: what the passage supports, a record of the dataset named
 *   `urn:athar:<kind>:<id>` (event, statement, actor, relation, source) with
 *   its label, and a tagging TextualBody naming the passage's role
 *   (evidence, statement, date, mention, role, affiliation, relation,
 *   publication, publisher).
 * - `motivation`: `linking` for a mention (the words refer to an actor);
 *   `describing` for every other role (the record describes what the
 *   words say).
 */
import type { DatasetIndex, PassageOwner, PassageRef } from '../query';
import { RELATION_TYPES } from '../vocabulary';
import { jsonChunks } from './json-chunks';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The URN of a record of the dataset. */
export function recordUrn(kind: PassageOwner['kind'], id: string): string {
  return `urn:athar:${kind}:${id}`;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing' | 'linking';
  body: [{ id: string; label: string }, { type: 'TextualBody'; purpose: 'tagging'; value: PassageRef['role'] }];
  target: { type: 'SpecificResource'; source: string; selector: [TextPositionSelector, TextQuoteSelector] };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** How a record is named in a body's label. */
export function ownerLabel(index: DatasetIndex, owner: PassageOwner): string {
  const actorName = (id: string) => index.actors.get(id)?.name.en ?? id;
  switch (owner.kind) {
    case 'event':
      return index.events.get(owner.id)?.title.en ?? owner.id;
    case 'statement': {
      const s = index.statements.get(owner.id);
      return s ? `${actorName(s.speaker)}: ${s.gloss}` : owner.id;
    }
    case 'actor':
      return actorName(owner.id);
    case 'relation': {
      const r = index.relations.get(owner.id);
      return r ? `${actorName(r.source)} ${RELATION_TYPES[r.type].label} ${actorName(r.target)}` : owner.id;
    }
    case 'source':
      return index.sources.get(owner.id)?.title.en ?? owner.id;
  }
}

export function webAnnotationCollection(index: DatasetIndex): AnnotationCollection {
  const items: WebAnnotation[] = [];
  const taken = new Set<string>();
  for (const [source, refs] of index.passagesBySource) {
    for (const { passage, owner, role } of refs) {
      const { start, end } = passage.position;
      const base = `urn:athar:annotation:${source}:${start}-${end}:${owner.kind}:${owner.id}:${role}`;
      let id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}:${n}`;
      taken.add(id);
      items.push({
        id,
        type: 'Annotation',
        motivation: role === 'mention' ? 'linking' : 'describing',
        body: [
          { id: recordUrn(owner.kind, owner.id), label: ownerLabel(index, owner) },
          { type: 'TextualBody', purpose: 'tagging', value: role },
        ],
        target: {
          type: 'SpecificResource',
          source: recordUrn('source', source),
          selector: [
            { type: 'TextPositionSelector', start, end },
            { type: 'TextQuoteSelector', exact: passage.quote.exact, prefix: passage.quote.prefix, suffix: passage.quote.suffix },
          ],
        },
      });
    }
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: 'urn:athar:annotations',
    type: 'AnnotationCollection',
    label: 'Athar: every passage of the source articles and the record it supports',
    total: items.length,
    first: { id: 'urn:athar:annotations:page:1', type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection an annotation at a time (see json-chunks.ts): its items are two levels down. */
export function* webAnnotationChunks(index: DatasetIndex): Generator<string> {
  yield* jsonChunks(webAnnotationCollection(index), { splitDepth: 3 });
  yield '\n';
}

export function serializeWebAnnotations(index: DatasetIndex): string {
  return [...webAnnotationChunks(index)].join('');
}
