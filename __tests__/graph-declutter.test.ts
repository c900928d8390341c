/** @jest-environment node */
/** Which labels give way where they would overlap: focus first, then activity; never cut off, never over a shape. */
import { labelAbove, labelSlides, placeLabels, type DeclutterOptions, type LabelCandidate } from '@/components/graph/declutter';
import type { Box } from '@/components/graph/label-geometry';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
function candidate(id: string, b: Box, state: LabelCandidate['state'] = null, activity = 0): LabelCandidate {
  return { id, box: b, state, activity };
}
const labelsToHide = (candidates: LabelCandidate[], options?: DeclutterOptions) => placeLabels(candidates, options).hidden;

describe('placeLabels: which labels are left out', () => {
  it('hides nothing when no labels overlap', () => {
    expect(labelsToHide([candidate('a', box(0, 0, 10, 10)), candidate('b', box(20, 0, 30, 10))])).toEqual(new Set());
  });

  it('keeps the busier of two overlapping labels, and breaks ties by id', () => {
    const quiet = candidate('quiet', box(0, 0, 10, 10), null, 1);
    const busy = candidate('busy', box(5, 0, 15, 10), null, 9);
    expect(labelsToHide([quiet, busy])).toEqual(new Set(['quiet']));
    expect(labelsToHide([candidate('b', box(0, 0, 10, 10)), candidate('a', box(5, 0, 15, 10))])).toEqual(new Set(['b']));
  });

  it('lets dimmed labels give way to undimmed ones, however busy', () => {
    const dimmed = candidate('dimmed', box(0, 0, 10, 10), 'dimmed', 99);
    const plain = candidate('plain', box(5, 0, 15, 10), null, 0);
    expect(labelsToHide([dimmed, plain])).toEqual(new Set(['dimmed']));
  });

  it('always keeps the selected actor, its neighbours and highlighted actors, even over each other', () => {
    const labels = [
      candidate('selected', box(0, 0, 10, 10), 'selected'),
      candidate('neighbour', box(5, 0, 15, 10), 'highlighted'),
      candidate('other', box(8, 0, 18, 10), null, 50),
    ];
    expect(labelsToHide(labels)).toEqual(new Set(['other']));
  });

  it('gives way to obstacles (focused relation names) and to other actors’ shapes, but not to its own', () => {
    const label = candidate('a', box(0, 20, 40, 30));
    expect(labelsToHide([label], { obstacles: [box(30, 25, 50, 35)] })).toEqual(new Set(['a']));
    expect(labelsToHide([label], { shapes: [{ id: 'b', box: box(35, 0, 45, 22) }] })).toEqual(new Set(['a']));
    expect(labelsToHide([label], { shapes: [{ id: 'a', box: box(10, 0, 30, 20) }] })).toEqual(new Set());
    expect(labelsToHide([{ ...label, state: 'highlighted' }], { obstacles: [box(30, 25, 50, 35)] })).toEqual(new Set());
  });

  it('leaves out labels that would be cut off by the edge of the view, unless focused', () => {
    const view = box(0, 0, 100, 100);
    const edge = candidate('edge', box(90, 50, 120, 60));
    expect(labelsToHide([edge, candidate('inside', box(10, 10, 20, 20))], { within: view })).toEqual(new Set(['edge']));
    expect(labelsToHide([{ ...edge, state: 'selected' }], { within: view })).toEqual(new Set());
  });

  it('keeps a gap when asked', () => {
    const labels = [candidate('a', box(0, 0, 10, 10), null, 2), candidate('b', box(12, 0, 22, 10))];
    expect(labelsToHide(labels)).toEqual(new Set());
    expect(labelsToHide(labels, { gap: 4 })).toEqual(new Set(['b']));
  });
});

describe('placeLabels: focused names clear of each other', () => {
  // Two actors side by side, shapes 20 high, names 10 high 2 below them (a phone's close framing).
  const shapes = [
    { id: 'selected', box: box(0, 0, 20, 20) },
    { id: 'neighbour', box: box(30, 0, 50, 20) },
  ];
  const below = { selected: box(-20, 22, 40, 32), neighbour: box(10, 22, 70, 32) };

  it('mirrors a label about its shape, keeping the gap', () => {
    expect(labelAbove(below.neighbour, shapes[1]!.box)).toEqual(box(10, -12, 70, -2));
  });

  it('moves a focused name that runs into another focused one above its actor, the selected name staying below', () => {
    const placed = placeLabels([candidate('selected', below.selected, 'selected'), candidate('neighbour', below.neighbour, 'highlighted')], { shapes });
    expect(placed).toEqual({ hidden: new Set(), above: new Set(['neighbour']), shifted: new Map() });
  });

  it('slides it sideways under its actor where above is taken, just past the other name', () => {
    const taken = placeLabels([candidate('selected', below.selected, 'selected'), candidate('neighbour', below.neighbour, 'highlighted')], { shapes, obstacles: [box(40, -10, 60, -4)] });
    // The selected name ends at 40: the neighbour's (10 to 70) starts there, still under the middle of its actor (40).
    expect(taken).toEqual({ hidden: new Set(), above: new Set(), shifted: new Map([['neighbour', 30]]) });
  });

  it('keeps it below, overlapping, where neither above nor a slide is clear: a focused name is never left out', () => {
    const outOfView = placeLabels([candidate('selected', below.selected, 'selected'), candidate('neighbour', below.neighbour, 'highlighted')], { shapes, within: box(-30, 0, 90, 40) });
    expect(outOfView).toEqual({ hidden: new Set(), above: new Set(), shifted: new Map() });
    // Another focused actor's shape where the slide would put the name (its own name far away).
    const blocked = placeLabels(
      [candidate('selected', below.selected, 'selected'), candidate('neighbour', below.neighbour, 'highlighted'), candidate('third', box(300, 50, 340, 60), 'highlighted')],
      { shapes: [...shapes, { id: 'third', box: box(80, 24, 90, 30) }], within: box(-30, 0, 400, 70) },
    );
    expect(blocked).toEqual({ hidden: new Set(), above: new Set(), shifted: new Map() });
  });

  it('moves a focused name over a faded actor: a focused name is drawn over the actors behind it, as it is below', () => {
    const over = placeLabels([candidate('selected', below.selected, 'selected'), candidate('neighbour', below.neighbour, 'highlighted'), candidate('faded', box(300, 50, 340, 60), 'dimmed')], {
      shapes: [...shapes, { id: 'faded', box: box(40, -10, 50, -4) }],
    });
    expect(over.above).toEqual(new Set(['neighbour']));
  });

  it('offers the nearest slides first, only those that keep the middle of the actor under the name', () => {
    // A name 10 to 70 over one at 0 to 20 and one at 60 to 100; its actor's middle at 40: 10 to the right or 10 to the left (ties go left).
    expect(labelSlides(box(10, 0, 70, 10), 40, [box(0, 0, 20, 10), box(60, 0, 100, 10)], 0)).toEqual([-10, 10]);
    // With the middle at 15, sliding 10 to the right would leave the actor behind; 90 right or 70 left too.
    expect(labelSlides(box(10, 0, 70, 10), 15, [box(0, 0, 20, 10), box(60, 0, 100, 10)], 0)).toEqual([-10]);
    // The gap counts: past 0 to 20 with a gap of 2 is a slide of 12.
    expect(labelSlides(box(10, 0, 70, 10), 40, [box(0, 0, 20, 10)], 2)).toEqual([12]);
    // A name clear of the others has nowhere it needs to go.
    expect(labelSlides(box(10, 0, 70, 10), 40, [box(0, 20, 20, 30)], 0)).toEqual([]);
  });

  it('leaves a clear focused name below, and other names give way to the moved one', () => {
    const apart = placeLabels([candidate('selected', below.selected, 'selected'), candidate('far', box(200, 22, 260, 32), 'highlighted')], { shapes });
    expect(apart.above).toEqual(new Set());
    const crowd = placeLabels(
      [candidate('selected', below.selected, 'selected'), candidate('neighbour', below.neighbour, 'highlighted'), candidate('other', box(0, -14, 30, -4), null, 99)],
      { shapes },
    );
    expect(crowd).toEqual({ hidden: new Set(['other']), above: new Set(['neighbour']), shifted: new Map() });
  });
});
