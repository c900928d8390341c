/**
 * The Source record of an accepted article, from the draft's `source`: the
 * text file ingest copied, its SHA-256 as stored, the publication date with
 * its dateline passage and the publisher. What the draft knows as a guess
 * stays marked as one: a publisher given at ingest is `inferred`, never
 * `stated`, because the text does not say it.
 */
import type { DraftPassage } from '../ingest/draft';
import { passageAt } from '../passage';
import type { Passage, Source } from '../schema';
import { defaultPublicationNote, UNTITLED } from './defaults';
import type { ReviewedSource } from './review';

/** A draft passage `{start, end, exact}` as a dataset passage with its quote context. */
export function toPassage(sourceId: string, text: string, passage: DraftPassage): Passage {
  return passageAt(sourceId, text, passage.start, passage.end);
}

/**
 * Builds the record. `sha256` is of the bytes in `sources/` (computed by the
 * caller from the file, not copied from the draft), so the record proves
 * what is stored. Passages were checked against `text` before.
 */
export function buildSourceRecord(source: ReviewedSource, text: string, sha256: string): Source {
  const review = source.record ?? {};
  const title = source.title
    ? { ar: review.titleAr ?? source.title.exact.trim(), en: review.titleEn ?? UNTITLED.en }
    : { ar: review.titleAr ?? UNTITLED.ar, en: review.titleEn ?? UNTITLED.en };
  const given = source.publisher.given;
  const inferred =
    review.publisherInferred !== undefined
      ? review.publisherInferred
      : given !== null
        ? { name: given, basis: 'named by the analyst at ingest (--publisher); the text does not state it' }
        : null;
  const credit = source.publisher.credit;
  const { publication } = source;
  return {
    id: source.id,
    title,
    language: source.language,
    textFile: source.textFile,
    sha256,
    publisher: {
      stated: null,
      inferred,
      credit: credit ? { name: credit.name, passage: toPassage(source.id, text, credit.passage) } : null,
    },
    publication: {
      datetime: publication.datetime,
      basis: publication.basis,
      passage: publication.passage ? toPassage(source.id, text, publication.passage) : null,
      note: review.note ?? defaultPublicationNote(publication),
    },
  };
}
