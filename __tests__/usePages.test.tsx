import { act, renderHook } from '@testing-library/react';
import { usePages } from '@/components/usePages';

const items = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}` }));
const keeping = (ids: string[]) => (item: { id: string }) => ids.includes(item.id);
const ids = (listed: { id: string }[]) => listed.map((item) => item.id);

describe('usePages', () => {
  it('lists the first page, then each kept item beyond it where it sorts, once', () => {
    const { result } = renderHook(() => usePages(items, 3, keeping(['a8', 'a1', 'a5', 'nobody'])));
    expect(ids(result.current.listed)).toEqual(['a0', 'a1', 'a2', 'a5', 'a8']);
    expect(result.current.paged).toBe(3);
    expect(result.current.more).toBe(3);
  });

  it('adds a page per press of "show more", a kept item then listed once in its place', () => {
    const { result } = renderHook(() => usePages(items, 4, keeping(['a5', 'a9'])));
    expect(ids(result.current.listed)).toEqual(['a0', 'a1', 'a2', 'a3', 'a5', 'a9']);
    act(() => result.current.showMore());
    expect(ids(result.current.listed)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a9']);
    expect(result.current.more).toBe(2);
    act(() => result.current.showMore());
    expect(ids(result.current.listed)).toEqual(ids(items));
    expect(result.current.more).toBe(0);
  });

  it('follows the kept items as they change', () => {
    const { result, rerender } = renderHook(({ kept }: { kept: string[] }) => usePages(items, 2, keeping(kept)), { initialProps: { kept: ['a7'] } });
    expect(ids(result.current.listed)).toEqual(['a0', 'a1', 'a7']);
    rerender({ kept: [] });
    expect(ids(result.current.listed)).toEqual(['a0', 'a1']);
  });
});
