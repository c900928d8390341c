/**
 * The panels and the reader over the real dataset in data/: every actor,
 * event and source renders without a React warning, the reader draws each
 * text unchanged with every passage anchored, and nothing is injected.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { cleanup, render, screen } from '@testing-library/react';
import { ActorPanel } from '@/components/panels/ActorPanel';
import { EventPanel } from '@/components/panels/EventPanel';
import { SourceReader } from '@/components/reader/SourceReader';
import { loadDataset } from '@/lib/load';
import { buildIndex, type DatasetIndex } from '@/lib/query';

// jsdom has no TextDecoder; the loader (meant for Node) decodes the files with one.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const DATA = path.join(__dirname, '..', 'data');
const hasData = existsSync(path.join(DATA, 'events.json'));
const maybe = hasData ? describe : describe.skip;

maybe('views over the real dataset', () => {
  let index: DatasetIndex;
  let errors: jest.SpyInstance;

  beforeAll(() => {
    index = buildIndex(loadDataset(DATA));
  });
  beforeEach(() => {
    errors = jest.spyOn(console, 'error');
    Element.prototype.scrollIntoView = jest.fn();
  });
  afterEach(() => {
    // A key or nesting warning is a bug a user would eventually see.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('renders every actor panel with all of its statements', () => {
    for (const actor of index.dataset.actors) {
      const statements = index.statementsBySpeaker.get(actor.id) ?? [];
      render(
        <ActorPanel
          actor={actor}
          statements={statements}
          events={index.eventsByActor.get(actor.id) ?? []}
          eventsById={index.events}
          actorsById={index.actors}
          sourcesById={index.sources}
          onOpenPassage={jest.fn()}
        />,
      );
      expect(screen.queryAllByRole('article', { name: /^Statement by/ })).toHaveLength(statements.length);
      expect(screen.queryByText(/unknown (actor|source|event)/)).not.toBeInTheDocument();
      cleanup();
    }
  });

  it('renders every event panel with its evidence grouped by source', () => {
    for (const event of index.dataset.events) {
      render(
        <EventPanel
          event={event}
          statements={index.statementsByEvent.get(event.id) ?? []}
          actorsById={index.actors}
          sourcesById={index.sources}
        />,
      );
      const sources = new Set(event.evidence.map((p) => p.source)).size;
      if (sources >= 2) expect(screen.getByText(`Corroborated by ${sources} sources`)).toBeInTheDocument();
      else expect(screen.queryByText(/Corroborated by/)).not.toBeInTheDocument();
      expect(screen.queryByText(/unknown (actor|source|event)/)).not.toBeInTheDocument();
      cleanup();
    }
  });

  it('draws each source text unchanged with every one of its passages highlighted', () => {
    for (const source of index.dataset.sources) {
      const text = index.dataset.texts[source.id] ?? '';
      const passages = index.passagesBySource.get(source.id) ?? [];
      const { container } = render(
        <SourceReader
          source={source}
          text={text}
          passages={passages}
          describe={(ref) => `${ref.role}: ${ref.owner.kind} ${ref.owner.id}`}
          selected={null}
          focusPassage={passages[0]?.passage.position ?? null}
          onSelect={jest.fn()}
        />,
      );
      const lines = Array.from(container.querySelectorAll('article p')).map((p) => p.textContent);
      expect(lines.join('\n')).toBe(text);
      expect(screen.queryByText(/not match this text/)).not.toBeInTheDocument();
      expect(container.querySelectorAll('[data-ref][data-first]')).toHaveLength(passages.length);
      cleanup();
    }
  });
});
