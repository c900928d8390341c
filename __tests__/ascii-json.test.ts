/** @jest-environment node */
import { asciiJson } from '@/lib/ascii-json';

describe('asciiJson', () => {
  const value = { ar: 'وكالة الشرق للأنباء', mixed: 'Kerry — كيري “quoted” \u00e9\u2028', astral: 'a😀b', list: [1, 'ü', null], nested: { 'مفتاح': true } };

  it('writes only ASCII and parses back to the same value', () => {
    const text = asciiJson(value);
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('leaves ASCII-only JSON as JSON.stringify writes it', () => {
    const plain = { id: 'event-000014', days: [1, 2, 3], quote: 'say "hi"\n' };
    expect(asciiJson(plain)).toBe(JSON.stringify(plain));
  });
});
