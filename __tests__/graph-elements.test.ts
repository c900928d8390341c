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
import { GRAPH_STYLE, LABEL_FONT } from '@/components/graph/style';
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

  it('hides edge labels until zoomed in, hovered or focused', () => {
    const cy = styledCy();
    const edge = cy.$id('john-kerry|wang-yi|meets');
    expect(Number.parseFloat(edge.style('min-zoomed-font-size'))).toBeGreaterThan(10);
    edge.addClass('hover');
    expect(Number.parseFloat(edge.style('min-zoomed-font-size'))).toBe(0);
    cy.destroy();
  });
});

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
