/**
 * Writes a synthetic source text piece by piece and remembers where each
 * piece landed, so every passage cut from it is exact by construction
 * (offsets in UTF-16 code units, like `String.prototype.slice`).
 */

/** A span of a source text, end exclusive; turned into a Passage once the text is complete. */
export interface Span {
  source: string;
  start: number;
  end: number;
}

export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(readonly source: string) {}

  /** Appends text that no passage points into. */
  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends text and returns where it lies, for a passage. */
  span(text: string): Span {
    const start = this.length;
    this.write(text);
    return { source: this.source, start, end: this.length };
  }

  /** The span from `start` (an earlier `mark`) to the current end. */
  since(start: number): Span {
    return { source: this.source, start, end: this.length };
  }

  /** The current end, to open a span that encloses several pieces. */
  mark(): number {
    return this.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}
