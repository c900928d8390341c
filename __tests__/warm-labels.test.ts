/**
 * The label warm-up of the canvas graph: every glyph the names use, in each
 * shape an Arabic letter takes, drawn with the very pen of the graph's names
 * at each quarter-pixel position, one quiet moment each. jest-canvas-mock
 * records what each step draws.
 */
import { glyphRuns, labelWarmSteps } from '@/components/graph/canvas/warm-labels';
import { LABEL_HALO_PX, setLabelPen } from '@/components/graph/canvas/draw';
import { collectCanvases, eventsOf } from './helpers/canvas-graph-dom';

const canvases = collectCanvases();

describe('glyphRuns', () => {
  it('holds each Latin character once, in first-seen order, and no spaces', () => {
    expect(glyphRuns(['John Kerry', 'Kerry, J.']).ltr).toBe('JohnKery,.');
  });

  it('shows a joining Arabic letter alone and first, middle and last in a word', () => {
    const { rtl } = glyphRuns(['شي']);
    expect(rtl.split(' ')).toEqual(['ش', 'ششش', 'ي', 'ييي']);
  });

  it('shows a letter that joins only the one before it alone and last, never as lam with alef', () => {
    const { rtl } = glyphRuns(['دار']);
    expect(rtl.split(' ')).toEqual(['د', 'بد', 'ا', 'با', 'ر', 'بر']);
  });

  it('adds lam with each alef form the names use as its ligature', () => {
    const words = glyphRuns(['الأمن', 'إلى']).rtl.split(' ');
    expect(words).toEqual(expect.arrayContaining(['لا', 'لأ', 'لإ']));
    expect(words).not.toContain('لآ');
  });

  it('puts digits of both scripts and punctuation in the left-to-right run', () => {
    const runs = glyphRuns(['مؤتمر ٢٠١٣ (بكين)', 'G-20']);
    expect(runs.ltr).toBe('٢٠١٣()G-20');
    expect(runs.rtl).not.toMatch(/[()٢]/u);
  });
});

describe('labelWarmSteps', () => {
  it('reads the names only when its first step runs, and once', () => {
    const names = jest.fn(() => ['Athar', 'أثر']);
    const steps = labelWarmSteps(names, 1);
    expect(names).not.toHaveBeenCalled();
    steps.forEach((step) => step());
    expect(names).toHaveBeenCalledTimes(1);
  });

  it('draws both runs in both weights at four quarter-pixel positions, with the pen of the names, and rasterises each', () => {
    const ratio = 2;
    const read = jest.spyOn(CanvasRenderingContext2D.prototype, 'getImageData');
    const steps = labelWarmSteps(() => ['Kerry', 'كيري'], ratio);
    expect(steps).toHaveLength(16);
    steps.forEach((step) => step());
    // The pen the graph's names are drawn with, as the canvas reports it.
    const pen = (bold: boolean) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      setLabelPen(ctx, bold);
      return ctx.font;
    };
    const fonts = [pen(false), pen(true)];
    const drawn = canvases().slice(0, 16).map((canvas) => {
      const events = eventsOf(canvas);
      const stroke = events.find((e) => e.type === 'strokeText')!;
      const last = (type: string) => (events.filter((e) => e.type === type).at(-1)?.props as { value?: unknown } | undefined)?.value;
      return {
        text: stroke.props.text,
        filled: events.find((e) => e.type === 'fillText')?.props.text,
        font: last('font'),
        halo: last('lineWidth'),
        scale: stroke.transform[0],
        // Where the run starts, in the canvas's own pixels, within a pixel.
        position: ((stroke.props as unknown as { x: number }).x * ratio) % 1,
        size: [canvas.width, canvas.height],
      };
    });
    expect(read).toHaveBeenCalledTimes(16);
    const runs = ['Kery', 'ك ككك ي ييي ر بر'];
    for (const text of runs)
      for (const font of fonts) {
        const these = drawn.filter((d) => d.text === text && d.font === font);
        expect(these.map((d) => d.position).sort()).toEqual([0, 0.25, 0.5, 0.75]);
        for (const d of these) {
          expect(d.filled).toBe(text);
          expect(d.halo).toBe(LABEL_HALO_PX);
          expect(d.scale).toBe(ratio);
          expect(d.size[0]).toBeGreaterThan(0);
        }
      }
  });
});
