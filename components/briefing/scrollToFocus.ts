/**
 * The timeline of a whole dataset is taller than a slide's share of the
 * screen, so the briefing shows it in a box that scrolls, and each step
 * scrolls the box to the events it is about: the first highlighted glyph
 * lands a third of the way down, with the rows around it in view.
 */
export function scrollToFocus(container: HTMLElement | null, smooth: boolean): void {
  if (!container) return;
  const glyphs = [...container.querySelectorAll<SVGGElement>('[data-emphasis="highlighted"]')];
  if (glyphs.length === 0) return;
  const box = container.getBoundingClientRect();
  const tops = glyphs.map((glyph) => glyph.getBoundingClientRect().top - box.top + container.scrollTop);
  const bottoms = glyphs.map((glyph) => glyph.getBoundingClientRect().bottom - box.top + container.scrollTop);
  const first = Math.min(...tops);
  const last = Math.max(...bottoms);
  // All of the focus when it fits, else its start a third of the way down.
  const top = last - first < box.height * 0.8 ? (first + last) / 2 - box.height / 2 : first - box.height / 3;
  container.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
}
