/** @jest-environment node */
/**
 * Focus classes and the in-place update of a live Cytoscape instance, on a
 * headless core (no canvas needed).
 */
import cytoscape from 'cytoscape';
import { filterByEdgeType, toCytoscapeElements } from '@/components/graph/elements';
import { selectionClasses } from '@/components/graph/selection';
import { syncClasses, syncElements } from '@/components/graph/sync';
import { ACTORS, GRAPH } from './graph-fixture';

const ELEMENTS = toCytoscapeElements(GRAPH, ACTORS, {});
const none = { selectedActorId: null, highlightActorIds: [], selectedEdgeId: null };

describe('selectionClasses', () => {
  it('clears every class when nothing is in focus', () => {
    const classes = selectionClasses(ELEMENTS, none);
    expect([...classes.values()].every((list) => list.length === 0)).toBe(true);
  });

  it('selects an actor, highlights its neighbours and edges, dims the rest', () => {
    const classes = selectionClasses(ELEMENTS, { ...none, selectedActorId: 'wang-yi' });
    expect(classes.get('wang-yi')).toEqual(['selected']);
    expect(classes.get('john-kerry')).toEqual(['highlighted']);
    expect(classes.get('china-foreign-ministry')).toEqual(['highlighted']);
    expect(classes.get('john-kerry|wang-yi|meets')).toEqual(['highlighted']);
    expect(classes.get('mandiant')).toEqual(['dimmed']);
  });

  it("highlights an event's participants and the edges among them", () => {
    const classes = selectionClasses(ELEMENTS, { ...none, highlightActorIds: ['united-states', 'china', 'nobody'] });
    expect(classes.get('china')).toEqual(['highlighted']);
    expect(classes.get('united-states|china|accuses')).toEqual(['highlighted']);
    expect(classes.get('john-kerry')).toEqual(['dimmed']);
    expect(classes.has('nobody')).toBe(false);
  });

  it('selects an edge and highlights its two ends', () => {
    const classes = selectionClasses(ELEMENTS, { ...none, selectedEdgeId: 'mandiant|unit-61398|reports-on' });
    expect(classes.get('mandiant|unit-61398|reports-on')).toEqual(['selected']);
    expect(classes.get('mandiant')).toEqual(['highlighted']);
    expect(classes.get('unit-61398')).toEqual(['highlighted']);
  });

  it('answers for every element and only for them, the same through get and through iteration', () => {
    const classes = selectionClasses(ELEMENTS, { ...none, selectedActorId: 'wang-yi' });
    const ids = ELEMENTS.map((el) => el.data.id);
    expect(classes.size).toBe(ids.length);
    expect([...classes.keys()]).toEqual(ids);
    for (const [id, list] of classes) expect(classes.get(id)).toBe(list);
    expect([...classes.values()].filter((list) => list[0] === 'selected')).toHaveLength(1);
    expect(classes.get('nobody')).toBeUndefined();
    expect(classes.has('nobody')).toBe(false);
  });
});

describe('syncElements / syncClasses', () => {
  it('updates in place by id: removes, re-adds, keeps drags and foreign classes', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, ELEMENTS);
    expect(cy.elements()).toHaveLength(ELEMENTS.length);
    const kerry = cy.$id('john-kerry');

    // A user drags a node; a later sync with the same wanted position must not undo it.
    kerry.position({ x: 999, y: 999 });
    kerry.addClass('hover');
    syncElements(cy, filterByEdgeType(ELEMENTS, ['meets']));
    expect(cy.edges().map((e) => e.id())).toEqual(['john-kerry|wang-yi|meets']);
    expect(cy.$id('john-kerry')).toBe(kerry);
    expect(kerry.position()).toEqual({ x: 999, y: 999 });

    syncClasses(cy, selectionClasses(ELEMENTS, { ...none, selectedActorId: 'john-kerry' }));
    expect(kerry.hasClass('selected')).toBe(true);
    expect(kerry.hasClass('hover')).toBe(true);
    syncClasses(cy, selectionClasses(ELEMENTS, none));
    expect(kerry.hasClass('selected')).toBe(false);

    // New data for an existing node (activity in a window) and a new wanted position are applied.
    const windowed = toCytoscapeElements(
      { ...GRAPH, nodes: GRAPH.nodes.map((n) => (n.id === 'john-kerry' ? { ...n, eventCount: 0, statementCount: 0 } : n)) },
      ACTORS,
      { 'john-kerry': { x: 10, y: 20 } },
    );
    syncElements(cy, windowed);
    expect(cy.edges()).toHaveLength(ELEMENTS.length - ACTORS.length);
    expect(kerry.data('eventCount')).toBe(0);
    expect(kerry.position()).toEqual({ x: 10, y: 20 });
    cy.destroy();
  });
});
