/** @jest-environment node */
/**
 * Element mapping and stylesheet, checked through a headless Cytoscape with
 * styles on, so the assertions are about what the canvas would draw.
 */
import cytoscape from 'cytoscape';
import { ACTOR_KINDS, RELATION_TYPES } from '@/lib/schema';
import { SIDE_COLORS } from '@/components/theme';
import {
  AFFILIATION,
  affiliationEdges,
  edgeTypesPresent,
  edgeWidth,
  filterByEdgeType,
  MIN_NODE_SIZE,
  nodeSize,
  toCytoscapeElements,
  type RelationEdgeData,
} from '@/components/graph/elements';
import { KIND_LOOKS } from '@/components/graph/kinds';
import { EDGE_LABELS_FROM_ZOOM, GRAPH_STYLE, LABEL_FONT, LABEL_FONT_LOADED, setLabelFontState, setLabelZoom } from '@/components/graph/style';
import { MUTED } from '@/components/theme';
import { ACTORS, GRAPH } from './graph-fixture';

function styledCy() {
  return cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLE, elements: toCytoscapeElements(GRAPH, ACTORS, {}) });
}

function edgeData(id: string): RelationEdgeData {
  const found = toCytoscapeElements(GRAPH, ACTORS, {}).find((el) => el.data.id === id);
  if (!found || found.group !== 'edges') throw new Error(`no edge ${id}`);
  return found.data;
}

describe('nodes', () => {
  it('draws every actor, isolated ones included, at the given positions', () => {
    const elements = toCytoscapeElements(GRAPH, ACTORS, { un: { x: 5, y: -7 } });
    const nodes = elements.filter((el) => el.group === 'nodes');
    expect(nodes.map((n) => n.data.id).sort()).toEqual(ACTORS.map((a) => a.id).sort());
    expect(nodes.find((n) => n.data.id === 'un')?.position).toEqual({ x: 5, y: -7 });
  });

  it("gives each actor its own counts whatever the order of the graph's nodes, and none to an actor the graph lacks", () => {
    const counts = (graph: typeof GRAPH) => new Map(toCytoscapeElements(graph, ACTORS, {}).flatMap((el) => (el.group === 'nodes' ? [[el.data.id, [el.data.eventCount, el.data.statementCount]] as const] : [])));
    const inOrder = counts(GRAPH);
    // Reversed, and one actor's node left out: each is found by id, not by position.
    const reversed = { ...GRAPH, nodes: [...GRAPH.nodes].reverse().filter((n) => n.id !== 'wang-yi') };
    const lookedUp = counts(reversed);
    for (const a of ACTORS) expect(lookedUp.get(a.id)).toEqual(a.id === 'wang-yi' ? [0, 0] : inOrder.get(a.id));
    expect(inOrder.get('john-kerry')).toEqual([4, 3]);
  });

  it('gives each kind its documented shape and every kind a distinct one', () => {
    const cy = styledCy();
    for (const actor of ACTORS) expect(cy.$id(actor.id).style('shape')).toBe(KIND_LOOKS[actor.kind].shape);
    expect(new Set(ACTOR_KINDS.map((k) => KIND_LOOKS[k].shape)).size).toBe(ACTOR_KINDS.length);
    cy.destroy();
  });

  it('colours by country with the shared theme colours', () => {
    const byId = new Map(toCytoscapeElements(GRAPH, ACTORS, {}).map((el) => [el.data.id, el.data]));
    expect(byId.get('john-kerry')?.color).toBe(SIDE_COLORS.us);
    expect(byId.get('wang-yi')?.color).toBe(SIDE_COLORS.cn);
    expect(byId.get('al-jazeera')?.color).toBe(SIDE_COLORS['other-states']);
    expect(byId.get('un')?.color).toBe(SIDE_COLORS.other);
  });

  it('sizes by activity on a square-root scale with a legible minimum', () => {
    expect(nodeSize(0)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(4) - nodeSize(0)).toBe(2 * (nodeSize(1) - nodeSize(0)));
    expect(nodeSize(10_000)).toBeLessThanOrEqual(72);
  });

  it('labels in two lines, English then Arabic, in a font that shapes Arabic', () => {
    const cy = styledCy();
    expect(cy.$id('china').data('label')).toBe('China\nالصين');
    expect(cy.$id('china').style('text-wrap')).toBe('wrap');
    expect(cy.$id('china').style('font-family')).toBe(LABEL_FONT);
    cy.destroy();
  });
});

describe('edges', () => {
  it('widens with weight, monotonically and capped', () => {
    expect(edgeData('united-states|china|accuses').width).toBe(edgeWidth(4));
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(1));
    expect(edgeWidth(1000)).toBe(8);
  });

  it('labels each relation with its RELATION_TYPES label and keeps its events', () => {
    const meets = edgeData('john-kerry|wang-yi|meets');
    expect(meets.label).toBe(RELATION_TYPES.meets.label);
    expect(meets.events).toEqual(['e-meeting', 'e-talks']);
  });

  it('draws arrows on directed types only', () => {
    const cy = styledCy();
    cy.edges().forEach((edge) => {
      const directed = edge.data('type') === AFFILIATION || RELATION_TYPES[edge.data('type') as keyof typeof RELATION_TYPES].directed;
      expect([edge.id(), edge.style('target-arrow-shape')]).toEqual([edge.id(), directed ? 'triangle' : 'none']);
    });
    cy.destroy();
  });

  it('adds a dashed affiliation edge unless member-of already joins the pair', () => {
    const affiliations = affiliationEdges(GRAPH, ACTORS);
    // wang-yi's affiliation is already a member-of relation; john-kerry's is not.
    expect(affiliations.map((e) => e.id)).toEqual(['john-kerry|us-state-department|affiliation']);
    const cy = styledCy();
    expect(cy.$id('john-kerry|us-state-department|affiliation').style('line-style')).toBe('dashed');
    expect(cy.edges('[source = "wang-yi"][target = "china-foreign-ministry"]')).toHaveLength(1);
    cy.destroy();
  });

  it('leaves out the affiliation when the member-of relation runs the other way round', () => {
    const reversed = {
      ...GRAPH,
      edges: GRAPH.edges.map((e) => (e.type === 'member-of' && e.source === 'wang-yi' ? { ...e, source: e.target, target: e.source } : e)),
    };
    expect(reversed.edges.some((e) => e.type === 'member-of' && e.target === 'wang-yi')).toBe(true);
    expect(affiliationEdges(reversed, ACTORS).map((e) => e.id)).toEqual(['john-kerry|us-state-department|affiliation']);
  });

  it('draws no affiliation to an actor the list does not hold, nor from an actor to itself', () => {
    const kerry = ACTORS.find((a) => a.id === 'john-kerry')!;
    const actors = [...ACTORS.filter((a) => a.id !== 'john-kerry'), { ...kerry, affiliation: { actor: 'john-kerry' } }, { ...kerry, id: 'someone-else', affiliation: { actor: 'not-listed' } }];
    expect(affiliationEdges(GRAPH, actors)).toEqual([]);
  });

  it('hides edge labels until zoomed in, hovered or focused', () => {
    const cy = styledCy();
    try {
      const edge = cy.$id('john-kerry|wang-yi|meets');
      expect(edge.style('label')).toBe('');
      zoomLabels(cy, EDGE_LABELS_FROM_ZOOM);
      expect(edge.style('label')).toBe(RELATION_TYPES.meets.label);
      zoomLabels(cy, 1);
      for (const focus of ['hover', 'highlighted', 'selected']) {
        edge.addClass(focus);
        expect([focus, edge.style('label')]).toEqual([focus, RELATION_TYPES.meets.label]);
        edge.removeClass(focus);
      }
    } finally {
      cy.destroy();
    }
  });

  it('keeps focused edge labels at least 11 px on screen when zoomed out', () => {
    const cy = styledCy();
    try {
      const edge = cy.$id('john-kerry|wang-yi|meets').addClass('highlighted');
      for (const zoom of [0.3, 0.65, 1, 2]) {
        zoomLabels(cy, zoom);
        expect(Number.parseFloat(edge.style('font-size')) * zoom).toBeGreaterThanOrEqual(11 - 0.01);
      }
    } finally {
      cy.destroy();
    }
  });
});

/** What the view does on a zoom: tell the style the zoom, then re-apply it. */
function zoomLabels(cy: cytoscape.Core, zoom: number): void {
  setLabelZoom(cy, zoom);
  cy.style().update();
}

describe('labels at any zoom', () => {
  it('hold at least 12 px on screen as the view zooms out, and grow with it up to 20 px', () => {
    const cy = styledCy();
    try {
      const node = cy.$id('john-kerry');
      const rendered = (zoom: number) => {
        zoomLabels(cy, zoom);
        return Number.parseFloat(node.style('font-size')) * zoom;
      };
      expect(rendered(1)).toBeCloseTo(12);
      expect(rendered(0.65)).toBeCloseTo(12, 1);
      expect(rendered(0.2)).toBeCloseTo(12, 1);
      expect(rendered(1.5)).toBeCloseTo(18, 1);
      expect(rendered(4)).toBeCloseTo(20, 1);
    } finally {
      cy.destroy();
    }
  });

  it('scales the wrap width, margin and background with the font, so a label keeps its shape', () => {
    const cy = styledCy();
    try {
      const node = cy.$id('john-kerry');
      zoomLabels(cy, 1);
      const at1 = ['text-max-width', 'text-margin-y', 'text-background-padding'].map((p) => Number.parseFloat(node.style(p)));
      zoomLabels(cy, 0.5);
      const atHalf = ['text-max-width', 'text-margin-y', 'text-background-padding'].map((p) => Number.parseFloat(node.style(p)));
      atHalf.forEach((value, i) => expect(value).toBeCloseTo(2 * at1[i]!, 1));
    } finally {
      cy.destroy();
    }
  });

  it('keeps dimmed names readable: the shape fades, the label turns muted ink at full opacity', () => {
    const cy = styledCy();
    try {
      const node = cy.$id('mandiant').addClass('dimmed');
      expect(Number(node.style('opacity'))).toBe(1);
      expect(Number(node.style('text-opacity'))).toBe(1);
      expect(Number(node.style('background-opacity'))).toBeLessThan(0.5);
      expect(node.style('color')).toBe(cytoscapeColor(MUTED));
    } finally {
      cy.destroy();
    }
  });

  it('hides a decluttered label but shows it again under the pointer', () => {
    const cy = styledCy();
    try {
      const node = cy.$id('mandiant').addClass('label-hidden');
      expect(Number(node.style('text-opacity'))).toBe(0);
      node.addClass('hover');
      expect(Number(node.style('text-opacity'))).toBe(1);
    } finally {
      cy.destroy();
    }
  });

  it('waits for the web font, then switches spelling so cached label sizes are measured again', () => {
    const cy = styledCy();
    try {
      const china = cy.$id('china');
      const meets = cy.$id('john-kerry|wang-yi|meets').addClass('highlighted');
      expect(china.style('font-family')).toBe(LABEL_FONT);
      setLabelFontState(cy, 'pending');
      cy.style().update();
      expect([china, meets].map((el) => Number(el.style('text-opacity')))).toEqual([0, 0]);
      setLabelFontState(cy, 'loaded');
      cy.style().update();
      expect([china, meets].map((el) => Number(el.style('text-opacity')))).toEqual([1, 1]);
      expect(china.style('font-family')).toBe(LABEL_FONT_LOADED);
      expect(meets.style('font-family')).toBe(LABEL_FONT_LOADED);
    } finally {
      cy.destroy();
    }
  });
});

/** Cytoscape reports colours as rgb(r,g,b). */
function cytoscapeColor(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

describe('relation-type filter', () => {
  it('keeps all nodes and only the listed types, affiliations with member-of', () => {
    const all = toCytoscapeElements(GRAPH, ACTORS, {});
    const onlyMeets = filterByEdgeType(all, ['meets']);
    expect(onlyMeets.filter((el) => el.group === 'nodes')).toHaveLength(ACTORS.length);
    expect(onlyMeets.filter((el) => el.group === 'edges').map((el) => el.data.id)).toEqual(['john-kerry|wang-yi|meets']);
    const withMembers = filterByEdgeType(all, ['member-of']).filter((el) => el.group === 'edges');
    expect(withMembers.map((el) => el.data.type).sort()).toEqual([AFFILIATION, 'member-of']);
    expect(filterByEdgeType(all, null)).toHaveLength(all.length);
  });

  it('lists the types present, in RELATION_TYPES order', () => {
    expect(edgeTypesPresent(GRAPH)).toEqual(['accuses', 'agrees-with', 'meets', 'reports-on', 'member-of', 'attacks']);
    const noMembers = { ...GRAPH, edges: GRAPH.edges.filter((e) => e.type !== 'member-of') };
    expect(edgeTypesPresent(noMembers)).not.toContain('member-of');
    expect(edgeTypesPresent(noMembers, ACTORS)).toContain('member-of');
  });
});
