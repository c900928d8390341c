/**
 * Where a record is read (lib/record-paths) and the not-found page's offer
 * of the explorer for a record page the build did not make
 * (components/i18n/RecordNotFoundHint).
 */
import { render, screen } from '@testing-library/react';
import { explorerRecordPath, recordOfPath, recordPath } from '@/lib/record-paths';
import { RecordNotFoundHint } from '@/components/i18n/RecordNotFoundHint';
import { LangContext } from '@/components/i18n/lang-context';

describe('record paths', () => {
  it('reads the record a record page names, however a static host serves it, and nothing else', () => {
    expect(recordOfPath('/events/e-42')).toEqual({ kind: 'event', id: 'e-42' });
    expect(recordOfPath('/actors/john-kerry/')).toEqual({ kind: 'actor', id: 'john-kerry' });
    expect(recordOfPath('/sources/article-00001.html')).toEqual({ kind: 'source', id: 'article-00001' });
    expect(recordOfPath('/actors/%D9%83%D9%8A%D8%B1%D9%8A')).toEqual({ kind: 'actor', id: 'كيري' });
    for (const other of ['/', '/events', '/events/', '/events/a/b', '/briefing/x', '/actors/%E0%A4%A', '/actors/%20']) expect(recordOfPath(other)).toBeNull();
  });

  it('links a record to its page when it has one, else to the explorer selecting it', () => {
    expect(recordPath('actor', 'john-kerry', true)).toBe('/actors/john-kerry');
    expect(recordPath('actor', 'john-kerry', false)).toBe('/?actor=john-kerry');
    expect(explorerRecordPath('event', 'a&b')).toBe('/?event=a%26b');
  });
});

describe('RecordNotFoundHint', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('offers the explorer on the record a missing record page names, in the interface language', () => {
    window.history.replaceState(null, '', '/events/event-000123');
    render(
      <LangContext.Provider value="ar">
        <RecordNotFoundHint />
      </LangContext.Provider>,
    );
    const link = screen.getByRole('link', { name: 'افتح هذا الحدث في المستكشف' });
    expect(link.getAttribute('href')).toMatch(/^\/\?event=event-000123(&|$)/);
    expect(link.getAttribute('href')).toContain('lang=ar');
  });

  it('says nothing on any other missing page', () => {
    window.history.replaceState(null, '', '/no/such/page');
    const { container } = render(<RecordNotFoundHint />);
    expect(container).toBeEmptyDOMElement();
  });
});
