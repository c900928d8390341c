/**
 * What the explorer's page needs of every source before a reader opens one:
 * its id, titles, language and publication date with its basis (a reader tab
 * and an export caption show them). The passages that prove the publisher and
 * the date, the text's file name and digest stay in the source's own shard
 * (./dataset-shards), which the reader fetches with its text: at 2,500
 * sources they were 3 of the payload's 4.1 MB, received and parsed before the
 * first drawing. A full `Source` is a summary too, so views typed on
 * summaries take either.
 */
import type { Source } from './schema';

export interface SourceSummary {
  id: Source['id'];
  title: Source['title'];
  language: Source['language'];
  publication: Pick<Source['publication'], 'datetime' | 'basis'>;
}

export function summariseSource(s: Source): SourceSummary {
  return { id: s.id, title: s.title, language: s.language, publication: { datetime: s.publication.datetime, basis: s.publication.basis } };
}
