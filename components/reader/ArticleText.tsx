/**
 * The article body: every line of the raw text as a paragraph, passages as
 * nested highlight elements. Text is only ever a React text child, so a
 * passage or a source containing markup shows that markup as characters.
 *
 * Memoised and free of handlers: the reader listens once on the container
 * (event delegation), so hovering with hundreds of passages re-renders only
 * the tooltip, and selection changes only touch attributes.
 */
import { memo, type ReactNode } from 'react';
import type { FocusNode, HighlightNode, Line, RefNode } from './highlight-tree';

export interface ArticleTextProps {
  /** The lines to draw, from `buildLines`. */
  lines: readonly Line[];
  /** Indices (into the list given to `buildLines`) of the passages of the selected item. */
  selected: ReadonlySet<number>;
  /** `id` prefix of the hidden descriptions: passage `i` is described by `${descriptionPrefix}${i}`. */
  descriptionPrefix: string;
  /** `id` of the first piece of the focused range, the target of `#p-<start>-<end>` links. */
  focusId: string;
  /**
   * The one highlight reachable with Tab (roving tab stop): the article is a
   * single stop in the page's tab order and ↑/↓ move inside it, so keyboard
   * users do not wade through a hundred passages to reach what comes after.
   */
  tabStop: number;
}

function renderNodes(nodes: readonly HighlightNode[], props: ArticleTextProps): ReactNode[] {
  return nodes.map((node) => {
    if (node.type === 'text') return node.text;
    if (node.type === 'focus') return <FocusPiece key={`f${node.start}`} node={node} props={props} />;
    return <RefPiece key={`r${node.index}@${node.start}`} node={node} props={props} />;
  });
}

/**
 * A piece of a passage. `role="link"`, not button: the pieces nest (a name
 * inside a quotation) and nested buttons are invalid, while a link reads
 * right — it leads to the claim the passage supports. The accessible name
 * stays the Arabic words (what a screen reader must be able to read); what
 * the passage supports is the accessible description.
 */
function RefPiece({ node, props }: { node: RefNode; props: ArticleTextProps }) {
  const isSelected = props.selected.has(node.index);
  return (
    <span
      className={`rdr-hl rdr-hl--${node.ref.role}`}
      role="link"
      tabIndex={node.first && node.index === props.tabStop ? 0 : -1}
      data-ref={node.index}
      data-first={node.first ? '' : undefined}
      data-role={node.ref.role}
      data-owner={`${node.ref.owner.kind}:${node.ref.owner.id}`}
      data-selected={isSelected ? '' : undefined}
      aria-current={isSelected ? 'true' : undefined}
      aria-describedby={`${props.descriptionPrefix}${node.index}`}
    >
      {renderNodes(node.children, props)}
    </span>
  );
}

function FocusPiece({ node, props }: { node: FocusNode; props: ArticleTextProps }) {
  return (
    <span className="rdr-focus" data-focused="true" id={node.first ? props.focusId : undefined}>
      {renderNodes(node.children, props)}
    </span>
  );
}

/**
 * Whether a line would draw the same for both props: the same line, and for
 * each of its passages the same selected state and tab stop, and the same
 * focus id where it holds the focus. A selection then redraws the lines of
 * the passages it selects and unselects, not the whole article (at 100,000
 * events the reader's article has hundreds of passages, re-rendered in
 * ~4 ms of every click, the bench's profile).
 */
function drawsSame(a: { line: Line; props: ArticleTextProps }, b: { line: Line; props: ArticleTextProps }): boolean {
  if (a.line !== b.line || a.props.descriptionPrefix !== b.props.descriptionPrefix) return false;
  if (a.line.focus && a.props.focusId !== b.props.focusId) return false;
  for (const i of a.line.refs) {
    if (a.props.selected.has(i) !== b.props.selected.has(i)) return false;
    if ((a.props.tabStop === i) !== (b.props.tabStop === i)) return false;
  }
  return true;
}

const ArticleLine = memo(function ArticleLine({ line, props }: { line: Line; props: ArticleTextProps }) {
  return (
    <p className={line.start === line.end ? 'rdr-line rdr-line--blank' : 'rdr-line'} data-start={line.start} data-end={line.end}>
      {renderNodes(line.nodes, props)}
    </p>
  );
}, drawsSame);

/** Lines as paragraphs; a blank line of the text stays a (short) blank paragraph. */
export const ArticleText = memo(function ArticleText(props: ArticleTextProps) {
  return (
    <>
      {props.lines.map((line) => (
        <ArticleLine key={line.start} line={line} props={props} />
      ))}
    </>
  );
});
