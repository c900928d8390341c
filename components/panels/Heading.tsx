import { createElement, type HTMLAttributes } from 'react';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** 1 on a record's own page (its title is the page's h1), 2 or 3 inside the explorer's panes. */
  level: 1 | 2 | 3;
}

/** A heading whose level depends on where a panel is shown, so every page keeps one h1 and a sound outline. */
export function Heading({ level, ...props }: HeadingProps) {
  return createElement(level === 1 ? 'h1' : level === 3 ? 'h3' : 'h2', props);
}
