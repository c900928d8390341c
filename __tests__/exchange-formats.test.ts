/** @jest-environment node */
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { actorGraph } from '@/lib/graph';
import { dayNumber, isoDay } from '@/lib/day';
import { EXCHANGE_FORMATS, FORMAT_IDS, exchangeFormatByFileName } from '@/lib/exchange';
import { readCanonicalJson, serializeCanonicalJson } from '@/lib/exchange/canonical-json';
import { escapeXml, parseGexf, serializeGexf, unescapeXml } from '@/lib/exchange/gexf';
import { cytoscapeDocument, serializeCytoscapeJson } from '@/lib/exchange/cytoscape-json';
import { timelineJsDocument, type TimelineJsDate } from '@/lib/exchange/timelinejs';
import { ANNOTATION_CONTEXT, webAnnotationCollection } from '@/lib/exchange/web-annotations';

const dataset = loadDataset(path.join(__dirname, '..', 'data'));
const index = buildIndex(dataset);
const graph = actorGraph(index);

describe('the format registry', () => {
  it('lists every format once, with a distinct file name and a media type', () => {
    expect(EXCHANGE_FORMATS.map((f) => f.id)).toEqual([...FORMAT_IDS]);
    expect(new Set(EXCHANGE_FORMATS.map((f) => f.fileName)).size).toBe(EXCHANGE_FORMATS.length);
    for (const f of EXCHANGE_FORMATS) {
      expect(f.mediaType).toMatch(/^[a-z]+\/[a-z+.-]+/);
      expect(exchangeFormatByFileName(f.fileName)).toBe(f);
    }
  });

  it.each(EXCHANGE_FORMATS.map((f) => [f.id, f] as const))('%s is deterministic: the same dataset gives the same bytes', (_id, format) => {
    const once = format.serialize(index);
    expect(format.serialize(buildIndex(loadDataset(path.join(__dirname, '..', 'data'))))).toBe(once);
    expect(once.length).toBeGreaterThan(1000);
  });
});

describe('canonical JSON', () => {
  const json = serializeCanonicalJson(dataset);

  it('reads back into a Dataset deep-equal to the one loaded from data/', () => {
    const { dataset: back, issues } = readCanonicalJson(json);
    expect(issues).toEqual([]);
    // Briefings are presentations over the records, not records: the exchange document does not carry them.
    expect(back).toEqual({ ...dataset, briefings: [] });
    expect(serializeCanonicalJson(back!)).toBe(json);
  });

  it('sorts keys at every level and keeps the raw texts byte for byte', () => {
    const document = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['actors', 'events', 'format', 'relations', 'sources', 'statements', 'version']);
    const event = (document.events as Record<string, unknown>[])[0]!;
    expect(Object.keys(event)).toEqual([...Object.keys(event)].sort());
    const sources = document.sources as { id: string; text: string }[];
    for (const s of sources) expect(s.text).toBe(dataset.texts[s.id]);
    expect(json).toContain('أمس الثلاثاء'); // real characters, no \u escapes
  });

  it('holds a hand-edited document to the dataset rules', () => {
    const edited = JSON.parse(json) as { sources: { text: string }[]; format: string };
    edited.sources[0]!.text = edited.sources[0]!.text.replace('رويترز', 'رويترز ');
    const { dataset: none, issues } = readCanonicalJson(JSON.stringify(edited));
    expect(none).toBeNull();
    expect(issues.some((i) => /SHA-256/.test(i.message))).toBe(true);
    expect(readCanonicalJson(JSON.stringify({ ...edited, format: 'other' })).issues[0]?.message).toMatch(/"format" is "other"/);
    expect(readCanonicalJson('{').issues[0]?.message).toMatch(/not valid JSON/);
  });
});

describe('GEXF', () => {
  const xml = serializeGexf(index);
  const parsed = parseGexf(xml);

  it('is well-formed XML in the GEXF 1.3 namespace', () => {
    const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://gexf.net/1.3');
    expect(doc.getElementsByTagName('node')).toHaveLength(graph.nodes.length);
    expect(parsed.version).toBe('1.3');
  });

  it('parses back to the same nodes with their attributes', () => {
    expect(parsed.nodes.map((n) => ({ id: n.id, label: n.xml.label, ...n.attributes }))).toEqual(
      graph.nodes.map((n) => {
        const actor = index.actors.get(n.id)!;
        return {
          id: n.id,
          label: actor.name.en,
          kind: actor.kind,
          ...(actor.country ? { country: actor.country } : {}),
          name_ar: actor.name.ar,
          events: n.eventCount,
          statements: n.statementCount,
        };
      }),
    );
  });

  it('parses back to the same edges, directions and weights', () => {
    expect(
      parsed.edges.map((e) => ({
        id: e.id,
        source: e.xml.source,
        target: e.xml.target,
        type: e.attributes.relation_type,
        directed: e.xml.type === 'directed' && e.attributes.directed === true,
        weight: Number(e.xml.weight),
        events: e.attributes.events === '' ? [] : String(e.attributes.events).split(';'),
        relations: String(e.attributes.relations).split(';'),
      })),
    ).toEqual(graph.edges.map(({ id, source, target, type, directed, weight, events, relations }) => ({ id, source, target, type, directed, weight, events, relations })));
  });

  it('escapes markup, quotes and line breaks so they survive a parser', () => {
    const tricky = `a < b & "c" 'd'\nسطر\tجديد`;
    expect(escapeXml(tricky)).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos;&#10;سطر&#9;جديد');
    expect(unescapeXml(escapeXml(tricky))).toBe(tricky);
    const attr = new JSDOM(`<x v="${escapeXml(tricky)}"/>`, { contentType: 'application/xml' }).window.document.documentElement.getAttribute('v');
    expect(attr).toBe(tricky);
  });
});

describe('Cytoscape JSON', () => {
  const document = cytoscapeDocument(index);

  it('has the node set of actorGraph, with names and counts', () => {
    expect(document.elements.nodes.map((n) => [n.data.id, n.data.events, n.data.statements])).toEqual(
      graph.nodes.map((n) => [n.id, n.eventCount, n.statementCount]),
    );
    for (const { data } of document.elements.nodes) expect(data.name).toBe(index.actors.get(data.id)!.name.en);
  });

  it('has the edge set of actorGraph, with type, direction, weight and events', () => {
    expect(document.elements.edges.map(({ data }) => [data.id, data.source, data.target, data.interaction, data.directed, data.weight, data.events, data.relations])).toEqual(
      graph.edges.map((e) => [e.id, e.source, e.target, e.type, e.directed, e.weight, e.events, e.relations]),
    );
  });

  it('is the JSON the serialiser writes', () => {
    expect(JSON.parse(serializeCytoscapeJson(index))).toEqual(document);
  });
});

describe('TimelineJS', () => {
  const document = timelineJsDocument(index);
  const slide = (id: string) => document.events.find((e) => e.unique_id === id)!;
  /** The first and last day a TimelineJS date covers. */
  const span = (d: TimelineJsDate): [string, string] => {
    const pad = (n: number) => String(n).padStart(2, '0');
    if (d.day !== undefined) return [`${d.year}-${pad(d.month!)}-${pad(d.day)}`, `${d.year}-${pad(d.month!)}-${pad(d.day)}`];
    const [m0, m1] = d.month !== undefined ? [d.month, d.month] : [1, 12];
    const next = m1 === 12 ? `${d.year + 1}-01-01` : `${d.year}-${pad(m1 + 1)}-01`;
    return [`${d.year}-${pad(m0)}-01`, isoDay(dayNumber(next) - 1)];
  };

  it('has one slide per event in date order', () => {
    expect(document.events.map((e) => e.unique_id)).toEqual(index.eventsInOrder.map((e) => e.id));
    expect(document.title.text.headline).toMatch(/Athar/);
  });

  it('covers exactly the closed interval of every event, and places an open start on its last day', () => {
    for (const s of document.events) {
      const { earliest, latest } = index.events.get(s.unique_id)!.date;
      const first = span(s.start_date)[0];
      const last = span(s.end_date ?? s.start_date)[1];
      if (earliest !== null && latest !== null) expect([first, last]).toEqual([earliest, latest]);
      else {
        expect(earliest).toBeNull();
        expect([first, last, s.end_date]).toEqual([latest, latest, undefined]);
        expect(s.display_date).toMatch(/^some time up to .+; start not given$/);
      }
    }
  });

  it('writes each precision no sharper than the text', () => {
    expect(slide('daniel-announces-cyber-talks-progress')).toMatchObject({ start_date: { year: 2013, month: 5, day: 14 }, display_date: '14 May 2013' });
    expect(slide('daniel-announces-cyber-talks-progress').end_date).toBeUndefined();
    expect(slide('security-company-report-on-army-unit').start_date).toEqual({ year: 2013, month: 2 }); // month: no day
    expect(slide('working-group-first-meeting')).toMatchObject({ start_date: { year: 2013, month: 6 }, end_date: { year: 2013, month: 8 }, display_date: 'June–August 2013' });
    expect(slide('china-us-internet-industry-forum')).toMatchObject({ start_date: { year: 2013, month: 4, day: 1 }, end_date: { year: 2013, month: 4, day: 7 } });
    expect(slide('us-china-exchange-accusations').display_date).toBe('some time between 1 January 2013 and 13 April 2013');
    expect(slide('us-china-cyber-tension')).toMatchObject({ start_date: { year: 2013, month: 4, day: 13 }, display_date: 'some time up to 13 April 2013; start not given' });
  });

  it('groups by side and quotes the passage in the text', () => {
    expect(slide('wang-reiterates-opposition-to-hacking').group).toBe('China');
    expect(slide('kerry-wang-yi-meeting').text.text).toContain('<blockquote dir="rtl" lang="ar">');
    expect(slide('working-group-first-meeting').text.headline).toMatch(/\(expected\)$/);
  });
});

describe('W3C Web Annotations', () => {
  const collection = webAnnotationCollection(index);
  const items = collection.first.items;

  it('is an AnnotationCollection with one page in the anno.jsonld context', () => {
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('holds every passage of index.passagesBySource once, with what it supports', () => {
    const refs = [...index.passagesBySource.values()].flat();
    expect(items).toHaveLength(refs.length);
    const key = (source: string, start: number, end: number, body: string, role: string) => `${source}|${start}|${end}|${body}|${role}`;
    const fromRefs = refs.map((r) => key(`urn:athar:source:${r.passage.source}`, r.passage.position.start, r.passage.position.end, `urn:athar:${r.owner.kind}:${r.owner.id}`, r.role));
    const fromItems = items.map((a) => key(a.target.source, a.target.selector[0].start, a.target.selector[0].end, a.body[0].id, a.body[1].value));
    expect(fromItems).toEqual(fromRefs);
  });

  it('has selectors that match the raw texts exactly', () => {
    for (const a of items) {
      const text = dataset.texts[a.target.source.replace('urn:athar:source:', '')]!;
      const [position, quote] = a.target.selector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      expect(a.motivation).toBe(a.body[1].value === 'mention' ? 'linking' : 'describing');
    }
  });
});
