import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidencePassage, GLOSS_LABEL } from '@/components/panels/EvidencePassage';
import { findPassage, passageAt } from '@/lib/passage';
import { PAYLOAD, SOURCES, TEXT_BEIJING, TEXT_JAZEERA } from './helpers/panel-fixture';

const beijing = SOURCES[0];
const jazeera = SOURCES[1];
const passage = findPassage('beijing', TEXT_BEIJING, 'إن التعاون مهم');

describe('EvidencePassage', () => {
  it('shows the exact Arabic words right to left, with the words around them', () => {
    const { container } = render(<EvidencePassage passage={passage} source={beijing} />);
    const quote = container.querySelector('blockquote');
    expect(quote).toHaveAttribute('lang', 'ar');
    expect(quote).toHaveAttribute('dir', 'rtl');
    expect(quote).toHaveClass('ar');
    expect(screen.getByText('إن التعاون مهم').tagName).toBe('MARK');
    // The sentence around it is there, unchanged, so prefix + exact + suffix reads as in the source.
    expect(quote?.textContent).toBe(passage.quote.prefix + passage.quote.exact + passage.quote.suffix);
    expect(TEXT_BEIJING).toContain(quote?.textContent ?? '∅');
  });

  it('keeps a no-break space inside the quote', () => {
    const p = findPassage('jazeera', TEXT_JAZEERA, 'مشتركة.\u00a0وقال');
    render(<EvidencePassage passage={p} source={jazeera} />);
    expect(screen.getByText((_, el) => el?.tagName === 'MARK' && el.textContent === 'مشتركة.\u00a0وقال')).toBeInTheDocument();
  });

  it('names the source and how its date is known', () => {
    render(<EvidencePassage passage={passage} source={beijing} />);
    expect(screen.getByText('(Kerry in Beijing)')).toBeInTheDocument();
    expect(screen.getByText('كيري في بكين')).toHaveAttribute('lang', 'ar');
    expect(screen.getByText('13 April 2013 (date only)')).toBeInTheDocument();
    expect(screen.getByText(/Inferred by the analyst/)).toHaveClass('analyst-mark');
  });

  it('labels the gloss as the analyst’s translation', () => {
    render(<EvidencePassage passage={passage} source={beijing} gloss="that cooperation matters" />);
    expect(screen.getByText(`${GLOSS_LABEL}:`, { exact: false })).toBeInTheDocument();
    expect(screen.getByText('that cooperation matters')).toBeInTheDocument();
  });

  it('opens the passage through the callback', async () => {
    const onOpen = jest.fn();
    render(<EvidencePassage passage={passage} source={beijing} onOpen={onOpen} />);
    await userEvent.click(screen.getByRole('button', { name: /Open in source/ }));
    expect(onOpen).toHaveBeenCalledWith(passage);
  });

  it('links to the passage in its source page when there is no callback', () => {
    render(<EvidencePassage passage={passage} source={beijing} />);
    const { start, end } = passage.position;
    expect(screen.getByRole('link', { name: /Open in source/ })).toHaveAttribute('href', `/sources/beijing#p-${start}-${end}`);
  });

  it('says so when the source is unknown, and omits it when a heading names it', () => {
    const { rerender } = render(<EvidencePassage passage={passage} source={undefined} />);
    expect(screen.getByText(/unknown source/)).toBeInTheDocument();
    rerender(<EvidencePassage passage={passage} source={null} />);
    expect(screen.queryByText(/unknown source/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Kerry in Beijing/)).not.toBeInTheDocument();
  });

  it('renders markup in a passage and a gloss as inert text', () => {
    const text = `قال ${PAYLOAD} انتهى`;
    const p = passageAt('evil', text, 4, 4 + PAYLOAD.length);
    const { container } = render(<EvidencePassage passage={p} source={beijing} gloss={PAYLOAD} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByText(PAYLOAD, { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText(PAYLOAD, { selector: 'span' })).toBeInTheDocument();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
