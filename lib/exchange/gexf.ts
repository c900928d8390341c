/**
 * The actor graph as GEXF 1.3 for Gephi: the graph of lib/graph actorGraph,
 * one node per actor and one edge per actor pair and relation type.
 *
 * Nodes: `label` is the English name; attributes `kind`, `country` (ISO
 * alpha-2, absent when none), `name_ar`, `events` and `statements` (how many
 * the actor takes part in / made). Edges: GEXF's own `type` is directed or
 * undirected (a mixed graph, as Gephi reads it), `weight` the number of
 * events behind the edge (1 for a relation stated only by passages), `label`
 * the relation's label; attributes `relation_type`, `directed`, `events` and
 * `relations` (ids, `;`-separated).
 *
 * Values are escaped for XML, line breaks and tabs in attributes as
 * character references so a parser's attribute normalisation keeps them. The
 * small parser below reads this subset back, for the round-trip tests.
 */
import { RELATION_TYPES } from '../vocabulary';
import { actorGraph } from '../graph';
import type { DatasetIndex } from '../query';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';

type AttributeType = 'string' | 'integer' | 'boolean';
const NODE_ATTRIBUTES: [id: string, title: string, type: AttributeType][] = [
  ['kind', 'kind', 'string'],
  ['country', 'country', 'string'],
  ['name_ar', 'name (Arabic)', 'string'],
  ['events', 'events', 'integer'],
  ['statements', 'statements', 'integer'],
];
const EDGE_ATTRIBUTES: [id: string, title: string, type: AttributeType][] = [
  ['relation_type', 'relation type', 'string'],
  ['directed', 'directed', 'boolean'],
  ['events', 'events', 'string'],
  ['relations', 'relations', 'string'],
];

/** Text or an attribute value as XML: markup characters, line breaks and tabs escaped, characters XML forbids replaced. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? `&#${c.charCodeAt(0)};`);
}

function attributeDeclarations(kind: 'node' | 'edge', list: typeof NODE_ATTRIBUTES): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...list.map(([id, title, type]) => `      <attribute id="${id}" title="${escapeXml(title)}" type="${type}"/>`),
    '    </attributes>',
  ];
}

function attvalues(values: [string, string | number | boolean | null][], indent: string): string[] {
  const present = values.filter((v): v is [string, string | number | boolean] => v[1] !== null);
  return [
    `${indent}<attvalues>`,
    ...present.map(([id, value]) => `${indent}  <attvalue for="${id}" value="${escapeXml(String(value))}"/>`),
    `${indent}</attvalues>`,
  ];
}

/** The graph as a GEXF 1.3 document. */
export function serializeGexf(index: DatasetIndex): string {
  const graph = actorGraph(index);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    '  <meta>',
    '    <creator>Athar</creator>',
    `    <description>${escapeXml(`Actors and relations traced to ${index.dataset.sources.length} source articles; edge weight = number of events behind the relation.`)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...attributeDeclarations('node', NODE_ATTRIBUTES),
    ...attributeDeclarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const actor = index.actors.get(node.id);
    lines.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(actor?.name.en ?? node.id)}">`);
    lines.push(
      ...attvalues(
        [
          ['kind', actor?.kind ?? null],
          ['country', actor?.country ?? null],
          ['name_ar', actor?.name.ar ?? null],
          ['events', node.eventCount],
          ['statements', node.statementCount],
        ],
        '        ',
      ),
    );
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const open = `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
    lines.push(`${open} type="${edge.directed ? 'directed' : 'undirected'}" weight="${edge.weight}" label="${escapeXml(RELATION_TYPES[edge.type].label)}">`);
    lines.push(
      ...attvalues(
        [
          ['relation_type', edge.type],
          ['directed', edge.directed],
          ['events', edge.events.join(';')],
          ['relations', edge.relations.join(';')],
        ],
        '        ',
      ),
    );
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}

/* ---------------------------------------------------------------- parser */

export interface GexfElement {
  id: string;
  /** The element's own XML attributes (label, source, target, type, weight …). */
  xml: Record<string, string>;
  /** attvalues, typed by their declaration. */
  attributes: Record<string, string | number | boolean>;
}

export interface ParsedGexf {
  version: string;
  defaultEdgeType: string;
  nodes: GexfElement[];
  edges: GexfElement[];
}

/** Resolves the five predefined entities and character references. */
export function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[ref.toLowerCase()] ?? '';
  });
}

function readAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  // XML attribute-value normalisation: a literal tab or line break is a space; references keep theirs.
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]!] = unescapeXml((m[2] ?? m[3] ?? '').replace(/[\t\n\r]/g, ' '));
  }
  return out;
}

/**
 * Reads the GEXF subset written above (and Gephi's own static exports of
 * it): attribute declarations, nodes and edges with their attvalues.
 */
export function parseGexf(xml: string): ParsedGexf {
  const declared: Record<'node' | 'edge', Map<string, string>> = { node: new Map(), edge: new Map() };
  const result: ParsedGexf = { version: '', defaultEdgeType: 'undirected', nodes: [], edges: [] };
  let attributeClass: 'node' | 'edge' = 'node';
  let current: { element: GexfElement; kind: 'node' | 'edge' } | null = null;
  const typed = (kind: 'node' | 'edge', id: string, value: string) => {
    const type = declared[kind].get(id);
    if (type === 'integer' || type === 'long' || type === 'double' || type === 'float') return Number(value);
    if (type === 'boolean') return value === 'true';
    return value;
  };
  for (const tag of xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<([/?]?)([\w:.-]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, rest = ''] = tag;
    if (closing === '?') continue;
    if (closing === '/') {
      if ((name === 'node' || name === 'edge') && current) current = null;
      continue;
    }
    const attrs = readAttributes(rest);
    if (name === 'gexf') result.version = attrs.version ?? '';
    else if (name === 'graph') result.defaultEdgeType = attrs.defaultedgetype ?? 'undirected';
    else if (name === 'attributes') attributeClass = attrs.class === 'edge' ? 'edge' : 'node';
    else if (name === 'attribute' && attrs.id) declared[attributeClass].set(attrs.id, attrs.type ?? 'string');
    else if (name === 'node' || name === 'edge') {
      const element: GexfElement = { id: attrs.id ?? '', xml: attrs, attributes: {} };
      result[name === 'node' ? 'nodes' : 'edges'].push(element);
      current = tag[4] === '/' ? null : { element, kind: name };
    } else if (name === 'attvalue' && current && attrs.for !== undefined) {
      current.element.attributes[attrs.for] = typed(current.kind, attrs.for, attrs.value ?? '');
    }
  }
  return result;
}
