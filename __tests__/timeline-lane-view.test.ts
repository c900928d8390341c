/** @jest-environment node */
/** The timeline's window onto its lanes (lib/timeline/lane-view): capped, scrolling what does not fit, never shrinking for the same lanes. */
import { LANES_VIEW_PX, lanesViewOf } from '@/lib/timeline/lane-view';

describe('lanesViewOf', () => {
  it('fits lanes shorter than the cap exactly, with nothing to scroll', () => {
    expect(lanesViewOf(300, 0)).toEqual({ height: 300, maxScroll: 0 });
  });

  it('caps taller lanes at LANES_VIEW_PX and scrolls the rest', () => {
    expect(lanesViewOf(3072, 0)).toEqual({ height: LANES_VIEW_PX, maxScroll: 3072 - LANES_VIEW_PX });
    expect(lanesViewOf(1024, 0, 500)).toEqual({ height: 500, maxScroll: 524 });
  });

  it('keeps the height the same lanes already had when they get shorter, leaving nothing to scroll', () => {
    expect(lanesViewOf(200, 450)).toEqual({ height: 450, maxScroll: 0 });
    expect(lanesViewOf(200, 5000)).toEqual({ height: LANES_VIEW_PX, maxScroll: 0 });
  });

  it('grows with the lanes up to the cap', () => {
    expect(lanesViewOf(600, 450).height).toBe(600);
    expect(lanesViewOf(900, 450).height).toBe(LANES_VIEW_PX);
  });
});
