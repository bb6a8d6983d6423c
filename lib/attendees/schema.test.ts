import { describe, expect, it } from 'vitest';
import { parseAttendeeSearch } from './schema';

describe('parseAttendeeSearch', () => {
  it('defaults to an empty query on page 1', () => {
    expect(parseAttendeeSearch({})).toMatchObject({ success: true, data: { q: '', page: 1 } });
    expect(parseAttendeeSearch(new URLSearchParams('q=&page='))).toMatchObject({ success: true, data: { q: '', page: 1 } });
  });

  it('trims q, coerces page and takes the first of repeated values', () => {
    expect(parseAttendeeSearch({ q: ['  Müller ', 'x'], page: '3' })).toMatchObject({ data: { q: 'Müller', page: 3 } });
    expect(parseAttendeeSearch(new URLSearchParams('q=a&page=2'))).toMatchObject({ data: { q: 'a', page: 2 } });
  });

  it('rejects a too long query and bad page numbers', () => {
    expect(parseAttendeeSearch({ q: 'x'.repeat(201) }).success).toBe(false);
    expect(parseAttendeeSearch({ q: 'x'.repeat(200) }).success).toBe(true);
    for (const page of ['0', '-1', '1.5', 'abc']) expect(parseAttendeeSearch({ page }).success).toBe(false);
  });
});
