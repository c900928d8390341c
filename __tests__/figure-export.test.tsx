/**
 * Exported figures: the caption names the sources with their titles and
 * publication dates; the timeline SVG is the live SVG, styles inlined, with
 * the caption; the graph SVG is rebuilt from Cytoscape's nodes and edges.
 * Both parse as XML. (PNG sizes are measured in the browser, e2e/briefing.spec.ts.)
 */
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { render } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { actorGraph } from '@/lib/graph';
import { toTimelineEvents } from '@/lib/timeline-model';
import { Timeline } from '@/components/timeline/Timeline';
import { toCytoscapeElements } from '@/components/graph/elements';
import { GRAPH_STYLE } from '@/components/graph/style';
import { figureCaption, figureFileName, sourceLine, wrapLine } from '@/components/export/caption';
import { captionLines, timelineSvgDocument } from '@/components/export/exportFigure';
import { graphSvgDocument } from '@/components/export/graphSvg';
import { figureFromCy } from '@/components/export/graphFigure';
import { findTimelineSvg } from '@/components/export/FigureExportButtons';

globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
const dataset = loadDataset(path.join(__dirname, '..', 'data'));
const index = buildIndex(dataset);
const byId = (id: string) => dataset.sources.find((s) => s.id === id)!;

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe('svg');
  return doc;
}

describe('figure captions', () => {
  it('names each source by its titles and publication date, an inferred date marked as such', () => {
    expect(sourceLine(byId('aljazeera-2013-05-15'))).toBe(
      "Progress in America's cyber talks with China (\u2068تقدم بمحادثات أميركا الإلكترونية مع الصين\u2069), published 15 May 2013, 12:06 (UTC+03:00)",
    );
    expect(sourceLine(byId('kerry-beijing-2013-04-13'))).toMatch(/published 13 April 2013 \(date only\) \(date inferred by the analyst\)$/);
  });

  it('says what the figure shows, then every source, then where it was made', () => {
    const lines = figureCaption({ figure: 'Timeline', detail: '13 April', sources: [byId('kerry-beijing-2013-04-13'), byId('aljazeera-2013-05-15')] });
    expect(lines[0]).toBe('Timeline: 13 April');
    expect(lines[1]).toBe('Sources:');
    expect(lines[2]).toMatch(/^• Progress in America's cyber talks/); // in id order
    expect(lines[3]).toMatch(/^• Untitled text/);
    expect(lines.at(-1)).toMatch(/Made with Athar/);
  });

  it('wraps long lines at spaces for SVG text, which does not wrap itself', () => {
    expect(wrapLine('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapLine('unbreakableword x', 5)).toEqual(['unbreakableword', 'x']);
    expect(wrapLine('', 10)).toEqual(['']);
    expect(captionLines(['a '.repeat(200)], 400).every((line) => line.length <= 400 / (14 * 0.55))).toBe(true);
  });

  it('makes plain file names', () => {
    expect(figureFileName('graph', "13 April: Kerry and Wang Yi", 'png')).toBe('athar-graph-13-april-kerry-and-wang-yi.png');
    expect(figureFileName('timeline', undefined, 'svg')).toBe('athar-timeline.svg');
  });
});

describe('the timeline as SVG', () => {
  it('serialises the plot with inline styles and the caption under it', () => {
    const { container } = render(
      <div className="host">
        <Timeline
          events={toTimelineEvents(index)}
          actors={dataset.actors}
          lanesMode="side"
          onLanesModeChange={() => undefined}
          selectedEventId={null}
          highlightActorId={null}
          window={{ from: null, to: null }}
          onSelectEvent={() => undefined}
          onWindowChange={() => undefined}
        />
      </div>,
    );
    const svg = findTimelineSvg('.host');
    expect(svg).toBe(container.querySelector('svg[role="presentation"]'));
    const caption = figureCaption({ figure: 'Timeline', sources: dataset.sources });
    const doc = parseSvg(timelineSvgDocument(svg!, caption).text);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Timeline');
    expect(texts.some((t) => t?.includes('Progress in America'))).toBe(true);
    expect(doc.querySelector('[class]')).toBeNull();
    expect(doc.querySelector('[style]')).not.toBeNull();
  });
});

describe('the graph as SVG', () => {
  it('draws every actor with both names, every relation as a line, and the caption', () => {
    const graph = actorGraph(index);
    const positions = Object.fromEntries(dataset.actors.map((a, i) => [a.id, { x: (i % 6) * 120, y: Math.floor(i / 6) * 110 }]));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLE, elements: toCytoscapeElements(graph, dataset.actors, positions) });
    cy.$id('john-kerry').addClass('highlighted');
    const doc = parseSvg(graphSvgDocument(figureFromCy(cy), figureCaption({ figure: 'Actor graph', sources: dataset.sources })).text);
    const groups = [...doc.querySelectorAll('g[data-id]')];
    expect(groups.filter((g) => g.querySelector('text'))).toHaveLength(dataset.actors.length);
    expect(doc.getElementsByTagName('line').length).toBe(cy.edges().length);
    const kerry = doc.querySelector('g[data-id="john-kerry"]')!;
    expect(kerry.textContent).toContain('John Kerry');
    expect(kerry.textContent).toContain('جون كيري');
    expect(kerry.querySelectorAll('circle').length).toBeGreaterThanOrEqual(1);
    expect(doc.documentElement.textContent).toContain('Actor graph');
    cy.destroy();
  });
});
