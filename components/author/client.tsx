/**
 * The browser entry of the authoring page (bundled by scripts/author.ts,
 * never by Next): lists the drafts, loads the one named in `?draft=`, and
 * wires the review page's Save buttons to the authoring server.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ReviewedDraft } from '@/lib/accept/review';
import { ReviewPage, type SaveResult } from './ReviewPage';
import type { DraftBundle } from './review-state';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${url}: HTTP ${response.status}`);
  return body;
}

/** Posts the draft; a refusal (422) is an answer to show, not an error. */
async function post(id: string, action: 'accept' | 'save', draft: ReviewedDraft): Promise<SaveResult> {
  const response = await fetch(`/api/drafts/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(draft),
  });
  const body = (await response.json()) as Partial<SaveResult> & { error?: string };
  return { ok: response.ok && body.ok === true, lines: body.lines ?? [body.error ?? `HTTP ${response.status}`], problems: body.problems };
}

function DraftList({ drafts }: { drafts: string[] }) {
  return (
    <main className="review-index">
      <h1>Athar · drafts to review</h1>
      {drafts.length === 0 ? (
        <p>
          No drafts in the data directory yet. Make one with <code>npm run ingest -- article.txt</code>.
        </p>
      ) : (
        <ul>
          {drafts.map((id) => (
            <li key={id}>
              <a href={`/?draft=${encodeURIComponent(id)}`}>{id}</a>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function AuthorApp() {
  const id = new URLSearchParams(window.location.search).get('draft');
  const [drafts, setDrafts] = useState<string[] | null>(null);
  const [bundle, setBundle] = useState<DraftBundle | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const load = id === null ? getJson<{ drafts: string[] }>('/api/drafts').then((b) => setDrafts(b.drafts)) : getJson<DraftBundle>(`/api/drafts/${encodeURIComponent(id)}`).then(setBundle);
    load.catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [id]);

  if (error !== null) {
    return (
      <main className="review-index">
        <h1>Athar · review</h1>
        <p role="alert">✗ {error}</p>
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the authoring server's page, not a Next route */}
          <a href="/">All drafts</a>
        </p>
      </main>
    );
  }
  if (id === null) return drafts === null ? <p>Loading…</p> : <DraftList drafts={drafts} />;
  if (bundle === null) return <p>Loading {id}…</p>;
  if (bundle.text === null) {
    return (
      <main className="review-index">
        <h1>Review {id}</h1>
        <p role="alert">✗ The article sources/{bundle.draft.source.textFile} is not in the data directory; run npm run ingest on it again.</p>
      </main>
    );
  }
  const withText = { ...bundle, text: bundle.text };
  return <ReviewPage bundle={withText} onAccept={(d) => post(bundle.id, 'accept', d)} onKeep={(d) => post(bundle.id, 'save', d)} />;
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <AuthorApp />
    </StrictMode>,
  );
}
