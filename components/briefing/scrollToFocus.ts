/**
 * The timeline of a step can be taller than a slide's share of the screen,
 * so the briefing shows it in a box that scrolls, and each step scrolls the
 * box to the plot: the toolbar above it (zoom, lanes) is for the explorer's
 * desk, the axis with its dates is what the room needs. When the step's
 * first event would sit low in the box, the box scrolls on to put it a
 * third of the way down instead.
 */
export function scrollToFocus(container: HTMLElement | null, smooth: boolean): void {
  if (!container) return;
  const box = container.getBoundingClientRect();
  const offset = (element: Element) => element.getBoundingClientRect().top - box.top + container.scrollTop;
  const plot = container.querySelector('svg[role="presentation"]');
  const base = plot ? offset(plot) : 0;
  const glyphs = [...container.querySelectorAll('[data-emphasis="highlighted"]')];
  const first = glyphs.length > 0 ? Math.min(...glyphs.map(offset)) : base;
  const top = first - base > box.height * 0.6 ? first - box.height / 3 : base;
  container.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
}
