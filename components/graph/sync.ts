/**
 * Brings a live Cytoscape instance in line with the wanted elements and
 * classes, by id, without re-creating anything: the view keeps its zoom,
 * pan and any node the user dragged, and the canvas does not flash.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphElement, Point } from './elements';
import { STATE_CLASSES, type StateClass } from './selection';

/** Scratch key holding the position we last asked for, to tell a layout change from a user's drag. */
const WANTED_POSITION = '_atharWantedPosition';

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** Only the keys that changed, so unchanged elements trigger no style work. */
function changedData(current: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> | null {
  const diff: Record<string, unknown> = {};
  let changed = false;
  for (const [key, value] of Object.entries(next)) {
    if (!sameValue(current[key], value)) {
      diff[key] = value;
      changed = true;
    }
  }
  return changed ? diff : null;
}

/**
 * Removes elements no longer wanted (and edges whose ends changed, which
 * Cytoscape cannot move), updates data of the rest, adds the new ones, all
 * in one batch so the renderer redraws once. A node is moved only when its
 * wanted position changed, never back over a user's drag.
 */
export function syncElements(cy: Core, elements: readonly GraphElement[]): void {
  const wanted = new Map(elements.map((el) => [el.data.id, el]));
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const next = wanted.get(edge.id());
      const keep = next?.group === 'edges' && next.data.source === edge.data('source') && next.data.target === edge.data('target');
      if (!keep) edge.remove();
    });
    cy.nodes().forEach((node) => {
      if (wanted.get(node.id())?.group !== 'nodes') node.remove();
    });

    const added: ElementDefinition[] = [];
    for (const el of elements) {
      const existing = cy.getElementById(el.data.id);
      if (existing.empty()) {
        added.push(el.group === 'nodes' ? { ...el, scratch: { [WANTED_POSITION]: el.position } } : el);
        continue;
      }
      const diff = changedData(existing.data() as Record<string, unknown>, el.data as unknown as Record<string, unknown>);
      if (diff) existing.data(diff);
      if (el.group === 'nodes') {
        const last = existing.scratch(WANTED_POSITION) as Point | undefined;
        if (!last || last.x !== el.position.x || last.y !== el.position.y) {
          existing.position({ ...el.position });
          existing.scratch(WANTED_POSITION, el.position);
        }
      }
    }
    // Nodes precede edges in `elements`, so every edge finds its ends.
    if (added.length > 0) cy.add(added);
  });
}

/** Sets the focus classes; classes this module does not own (such as `hover`) are left as they are. */
export function syncClasses(cy: Core, classes: ReadonlyMap<string, readonly StateClass[]>): void {
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const want = classes.get(el.id()) ?? [];
      for (const name of STATE_CLASSES) el.toggleClass(name, want.includes(name));
    });
  });
}
