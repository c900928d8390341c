/**
 * Reading the evaluation corpus (`__tests__/fixtures/ingest-corpus`): each
 * `<name>.txt` article with its `<name>.gold.json`, and the corpus-local
 * `actors.json` (actors the articles name that the dataset does not have).
 * A loader, so it may touch the file system; scoring itself is evaluate.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../schema';
import { extractDraft } from './extract';
import type { Draft } from './draft';
import { scoreArticle, summarise, type ArticleScore, type CorpusScore, type GoldArticle } from './evaluate';
import type { LexiconActor } from './mentions';

export interface CorpusArticle {
  name: string;
  text: string;
  gold: GoldArticle;
}

export interface Corpus {
  dir: string;
  actors: LexiconActor[];
  articles: CorpusArticle[];
}

export function loadCorpus(dir: string): Corpus {
  const actors = JSON.parse(readFileSync(path.join(dir, 'actors.json'), 'utf8')) as LexiconActor[];
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldArticle;
      return { name: f.replace(/\.gold\.json$/, ''), text: readFileSync(path.join(dir, gold.article), 'utf8'), gold };
    });
  return { dir, actors, articles };
}

export interface CorpusRun {
  drafts: Record<string, Draft>;
  articles: ArticleScore[];
  overall: CorpusScore;
}

/** Drafts every corpus article with the dataset's actors and events plus the corpus actors, and scores them. */
export function runCorpus(corpus: Corpus, dataset: Pick<Dataset, 'actors' | 'events'>): CorpusRun {
  const actors = [...dataset.actors, ...corpus.actors];
  const drafts: Record<string, Draft> = {};
  const articles = corpus.articles.map(({ name, text, gold }) => {
    const draft = extractDraft({ text, sourceId: name, sha256: '0'.repeat(64), published: gold.published ?? undefined, actors, events: dataset.events });
    drafts[name] = draft;
    return scoreArticle(gold, text, draft);
  });
  return { drafts, articles, overall: summarise(articles) };
}
