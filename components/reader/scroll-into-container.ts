/**
 * Brings an element to the middle of its nearest scrolling container without
 * moving the page: in the explorer the reader scrolls inside its own pane, and
 * selecting an event on the timeline must not yank the timeline off screen.
 * With no scrolling container (the reader as a page of its own) the page
 * scrolls instead.
 */
function scrollingAncestor(el: HTMLElement): HTMLElement | null {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

export function scrollIntoContainer(target: HTMLElement, options: { allowPage: boolean } = { allowPage: true }): void {
  const container = scrollingAncestor(target);
  if (!container) {
    // Inside the explorer a selection must not move the page under the user's pointer.
    if (!options.allowPage) return;
    // jsdom (tests) has no scrollIntoView.
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
    return;
  }
  const box = container.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const offset = rect.top - box.top + container.scrollTop - (container.clientHeight - rect.height) / 2;
  container.scrollTo({ top: Math.max(0, offset) });
}
