import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourceReader, type SourceReaderProps } from '@/components/reader/SourceReader';
import { buildLines, linesText } from '@/components/reader/highlight-tree';
import { buildIndex, type PassageRef } from '@/lib/query';
import { findPassage, passageAt } from '@/lib/passage';
import type { Source } from '@/lib/schema';
import { PAYLOAD, TEXT_BEIJING, TEXT_JAZEERA, panelDataset } from './helpers/panel-fixture';

const index = buildIndex(panelDataset());
const describe_ = (ref: PassageRef) => `${ref.role} of ${ref.owner.kind} ${ref.owner.id}`;

function props(sourceId: 'beijing' | 'jazeera', extra: Partial<SourceReaderProps> = {}): SourceReaderProps {
  return {
    source: index.sources.get(sourceId) as Source,
    text: sourceId === 'beijing' ? TEXT_BEIJING : TEXT_JAZEERA,
    passages: index.passagesBySource.get(sourceId) ?? [],
    describe: describe_,
    selected: null,
    focusPassage: null,
    onSelect: jest.fn(),
    ...extra,
  };
}

/** The article's text as the reader draws it: its paragraphs joined by the newlines they stand for. */
function articleText(): string {
  const article = screen.getByRole('article');
  return Array.from(article.querySelectorAll('p')).map((p) => p.textContent).join('\n');
}

/** The highlight piece with exactly this text and owner. */
function piece(text: string, owner: string): HTMLElement {
  const found = screen.getAllByRole('link').find((el) => el.textContent === text && el.dataset.owner === owner);
  if (!found) throw new Error(`no highlight "${text}" of ${owner}`);
  return found;
}

let scrollIntoView: jest.Mock;
beforeEach(() => {
  scrollIntoView = jest.fn();
  // jsdom does not implement scrolling.
  Element.prototype.scrollIntoView = scrollIntoView;
});

describe('SourceReader: the text', () => {
  it.each(['beijing', 'jazeera'] as const)('shows the raw %s text exactly, right to left in Arabic', (id) => {
    const p = props(id);
    render(<SourceReader {...p} />);
    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('dir', 'rtl');
    expect(article).toHaveAttribute('lang', 'ar');
    expect(article).toHaveClass('ar');
    expect(articleText()).toBe(p.text);
  });

  it('keeps the no-break space and the blank line of the text', () => {
    render(<SourceReader {...props('jazeera')} />);
    expect(articleText()).toContain('\u00a0');
    expect(screen.getByRole('article').querySelectorAll('p')).toHaveLength(TEXT_JAZEERA.split('\n').length);
  });

  it.each(['aljazeera-2013-05-15', 'kerry-beijing-2013-04-13'])('draws the real text %s unchanged under hundreds of passages', (file) => {
    const text = readFileSync(path.join(__dirname, '..', 'data', 'sources', `${file}.txt`), 'utf8');
    const passages: PassageRef[] = Array.from({ length: 300 }, (_, i) => {
      const start = (i * 37) % (text.length - 60);
      return { passage: passageAt(file, text, start, start + 5 + (i % 50)), owner: { kind: 'event', id: `e${i % 40}` }, role: i % 3 ? 'mention' : 'evidence' };
    });
    const source = { ...(index.sources.get('beijing') as Source), id: file };
    render(<SourceReader {...props('beijing', { source, text, passages, focusPassage: { start: 100, end: 180 } })} />);
    expect(articleText()).toBe(text);
    expect(linesText(buildLines(text, passages, { start: 100, end: 180 }))).toBe(text);
    expect(screen.queryByText(/not match this text/)).not.toBeInTheDocument();
  });

  it('knows which passages and whether the focus each line holds, so a selection redraws only those lines', () => {
    const text = 'السطر الأول فيه مقطعان\nالسطر الثاني فيه التركيز\nالسطر الثالث';
    const second = text.indexOf('\n') + 1;
    const passages: PassageRef[] = [
      { passage: passageAt('t', text, 0, 5), owner: { kind: 'event', id: 'a' }, role: 'evidence' },
      { passage: passageAt('t', text, 12, 18), owner: { kind: 'event', id: 'b' }, role: 'mention' },
      // One passage across the first two lines: a piece in each.
      { passage: passageAt('t', text, 16, second + 5), owner: { kind: 'event', id: 'c' }, role: 'evidence' },
    ];
    const lines = buildLines(text, passages, { start: second + 6, end: second + 12 });
    expect(lines.map((l) => [...new Set(l.refs)].sort())).toEqual([[0, 1, 2], [2], []]);
    expect(lines.map((l) => l.focus)).toEqual([false, true, false]);
  });

  it('renders markup in the text and in passages as inert text', () => {
    const text = `قال ${PAYLOAD} انتهى`;
    const passages: PassageRef[] = [{ passage: passageAt('evil', text, 4, 4 + PAYLOAD.length), owner: { kind: 'event', id: 'x' }, role: 'evidence' }];
    const source: Source = { ...(index.sources.get('beijing') as Source), id: 'evil', title: { ar: PAYLOAD, en: PAYLOAD } };
    const { container } = render(<SourceReader {...props('beijing', { source, text, passages, describe: () => PAYLOAD })} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(articleText()).toBe(text);
    expect(piece(PAYLOAD, 'event:x')).toBeInTheDocument();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('SourceReader: the header', () => {
  it('shows an inferred publisher and publication date as the analyst’s, with the basis', () => {
    render(<SourceReader {...props('beijing')} />);
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('heading', { level: 2 })).toHaveTextContent('كيري في بكين');
    expect(header).toHaveTextContent('Unknown Arabic outlet');
    expect(header).toHaveTextContent('Basis: Layout of the page');
    expect(header).toHaveTextContent('13 April 2013 (date only)');
    expect(within(header).getAllByText(/Inferred by the analyst/)).toHaveLength(2);
    for (const badge of within(header).getAllByText(/Inferred by the analyst/)) expect(badge).toHaveClass('analyst-mark');
  });

  it('shows a stated publication date with its offset, and the credit', () => {
    render(<SourceReader {...props('jazeera')} />);
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('15 May 2013, 12:06 (UTC+03:00)');
    expect(within(header).getByText('رويترز')).toBeInTheDocument();
    expect(within(header).getAllByText('stated in the text').length).toBeGreaterThan(0);
    expect(within(header).queryByText(/Inferred by the analyst/)).not.toBeInTheDocument();
  });
});

describe('SourceReader: highlights', () => {
  it('describes each highlight by what it supports', async () => {
    render(<SourceReader {...props('beijing')} />);
    const statement = piece('إن التعاون مهم', 'statement:s-wang');
    expect(statement).toHaveAccessibleDescription('statement of statement s-wang');
    // Focusable (roving tab stop: reached with the arrows, not with Tab).
    expect(statement).toHaveAttribute('tabindex');
    await userEvent.hover(statement);
    expect(screen.getByRole('tooltip')).toHaveTextContent('statement of statement s-wang');
  });

  it('lists in the tooltip every passage under the pointer, innermost first', async () => {
    render(<SourceReader {...props('beijing')} />);
    await userEvent.hover(piece('اتفقا على مجموعة عمل', 'event:working-group'));
    const items = within(screen.getByRole('tooltip')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Event evidence: evidence of event working-group',
      'within Statement (words said): statement of statement s-kerry-early',
    ]);
  });

  it('selects the owner of a clicked highlight, the innermost one', async () => {
    const onSelect = jest.fn();
    render(<SourceReader {...props('beijing', { onSelect })} />);
    await userEvent.click(piece('كيري', 'actor:kerry'));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'actor', id: 'kerry' });
    await userEvent.click(piece('اليوم السبت', 'event:working-group'));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'event', id: 'working-group' });
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('selects on Enter, and reaches an outer passage around an inner one', async () => {
    const onSelect = jest.fn();
    render(<SourceReader {...props('beijing', { onSelect })} />);
    // The statement's words contain the event's evidence (اتفقا على مجموعة عمل).
    const statement = piece('إن البلدين اتفقا على مجموعة عمل', 'statement:s-kerry-early');
    act(() => statement.focus());
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith({ kind: 'statement', id: 's-kerry-early' });
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('is one Tab stop, with the arrow keys moving between highlights and the stop following them', async () => {
    render(<SourceReader {...props('beijing')} />);
    const pieces = screen.getAllByRole('link').filter((el) => el.dataset.ref !== undefined && el.dataset.first !== undefined);
    expect(pieces.length).toBeGreaterThan(2);
    const tabStops = () => pieces.filter((el) => el.tabIndex === 0);
    expect(tabStops()).toEqual([pieces[0]]);
    act(() => (pieces[0] as HTMLElement).focus());
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(pieces[1]);
    // Tabbing away and back returns to where the reader left off.
    expect(tabStops()).toEqual([pieces[1]]);
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(pieces[0]);
  });

  it('marks the passages of the selected item strongly', () => {
    render(<SourceReader {...props('beijing', { selected: { kind: 'actor', id: 'kerry' } })} />);
    const marked = screen.getAllByRole('link').filter((el) => el.hasAttribute('data-selected'));
    expect(marked.length).toBeGreaterThan(0);
    for (const el of marked) {
      expect(el.dataset.owner).toBe('actor:kerry');
      expect(el).toHaveAttribute('aria-current', 'true');
    }
    expect(screen.getByText(/belong to the selected item/)).toBeInTheDocument();
  });

  it('outlines the focused passage and scrolls it into view, again when it changes', () => {
    const first = findPassage('beijing', TEXT_BEIJING, 'إن التعاون مهم').position;
    const second = findPassage('beijing', TEXT_BEIJING, 'في الشهر الماضي').position;
    const p = props('beijing', { focusPassage: first });
    const { container, rerender } = render(<SourceReader {...p} />);
    let focused = container.querySelector('[data-focused]');
    expect(focused?.textContent).toBe('إن التعاون مهم');
    expect(focused).toHaveAttribute('id', `p-${first.start}-${first.end}`);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(scrollIntoView.mock.contexts[0]).toBe(focused);

    rerender(<SourceReader {...p} focusPassage={{ ...first }} />); // same range, new object: no new scroll
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    rerender(<SourceReader {...p} focusPassage={second} />);
    focused = container.querySelector('[data-focused]');
    expect(focused?.textContent).toBe('في الشهر الماضي');
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
  });

  it('lists passages that do not match the text instead of drawing them', () => {
    const good = index.passagesBySource.get('beijing') ?? [];
    const drifted: PassageRef = { passage: { ...findPassage('beijing', TEXT_BEIJING, 'وانغ'), position: { start: 3, end: 7 } }, owner: { kind: 'actor', id: 'wang' }, role: 'mention' };
    render(<SourceReader {...props('beijing', { passages: [...good, drifted] })} />);
    expect(screen.getByText('1 passage does not match this text and is not highlighted')).toBeInTheDocument();
    expect(screen.getAllByRole('link').some((el) => el.dataset.owner === 'actor:wang' && el.textContent !== 'وانغ')).toBe(false);
  });

  it('hides a kind of highlight on request, but never the selected item’s', async () => {
    render(<SourceReader {...props('beijing', { selected: { kind: 'actor', id: 'kerry' } })} />);
    await userEvent.click(screen.getByRole('checkbox', { name: /Actor mention/ }));
    const mentions = screen.getAllByRole('link').filter((el) => el.dataset.role === 'mention');
    expect(mentions.map((el) => el.dataset.owner)).toEqual(['actor:kerry']);
    expect(articleText()).toBe(TEXT_BEIJING);
  });

  it('follows a new selection: its passages marked, and shown even in a hidden kind', async () => {
    const p = props('beijing', { selected: { kind: 'actor', id: 'kerry' } });
    const { rerender } = render(<SourceReader {...p} />);
    const owners = (filter: (el: HTMLElement) => boolean) => [...new Set(screen.getAllByRole('link').filter(filter).map((el) => el.dataset.owner))];
    rerender(<SourceReader {...p} selected={{ kind: 'actor', id: 'wang' }} />);
    expect(owners((el) => el.hasAttribute('data-selected'))).toEqual(['actor:wang']);
    await userEvent.click(screen.getByRole('checkbox', { name: /Actor mention/ }));
    expect(owners((el) => el.dataset.role === 'mention')).toEqual(['actor:wang']);
    rerender(<SourceReader {...p} selected={{ kind: 'actor', id: 'kerry' }} />);
    expect(owners((el) => el.dataset.role === 'mention')).toEqual(['actor:kerry']);
    expect(owners((el) => el.hasAttribute('data-selected'))).toEqual(['actor:kerry']);
    expect(articleText()).toBe(TEXT_BEIJING);
  });

  it('hides the tooltip when focus leaves the highlights', () => {
    render(<SourceReader {...props('beijing')} />);
    const el = piece('إن التعاون مهم', 'statement:s-wang');
    act(() => el.focus());
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    fireEvent.blur(el);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
