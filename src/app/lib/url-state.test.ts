import { describe, expect, it } from 'vitest';
import { auditSearch, dayParser, dayRangeParser, linkTo, urlSchema } from './url-state';

describe('dayRangeParser.parse', () => {
  it('reads two ordered calendar days', () => {
    expect(dayRangeParser.parse('2024-11-01..2025-02-01')).toEqual({ from: '2024-11-01', to: '2025-02-01' });
  });
  it.each(['2024-11-01', '2025-02-01..2024-11-01', '2025-02-30..2025-03-01', '2024-11-01..2025-02-01..2025-03-01', 'x..y'])(
    'rejects %s',
    (raw) => expect(dayRangeParser.parse(raw)).toBeNull(),
  );
});

describe('axis and known', () => {
  it('reads the two axes and nothing else', () => {
    expect(urlSchema.axis.parse('reported')).toBe('reported');
    expect(urlSchema.axis.parse('happened')).toBe('happened');
    expect(urlSchema.axis.parse('foo')).toBeNull();
    expect(urlSchema.axis.parse('Reported')).toBeNull();
  });
  it('reads one calendar day for "as known on"', () => {
    expect(dayParser.parse('2025-06-10')).toBe('2025-06-10');
  });
  it.each(['2025-13-40', '2025-02-29', '2025-6-10', '2025-06-10..2025-06-11', ''])('rejects day %j', (raw) => expect(dayParser.parse(raw)).toBeNull());
  it('drops an invalid axis or day with a notice and keeps the rest', () => {
    const { search, notices } = auditSearch('?axis=foo&known=2025-13-40&event=e1');
    expect(search).toBe('?event=e1');
    expect(notices).toEqual(['Ignored invalid axis value "foo".', 'Ignored invalid known value "2025-13-40".']);
  });
  it('round-trips a reported axis and a day', () => {
    const link = linkTo({ axis: 'reported', known: '2025-06-10' });
    expect(new URLSearchParams(link).get('axis')).toBe('reported');
    expect(auditSearch(link)).toEqual({ search: link, notices: [] });
  });
});

describe('linkTo', () => {
  it('serializes the schema keys and leaves defaults out', () => {
    const link = linkTo({ event: 'e1', people: ['Q1', 'Q2'], countries: [], q: '', view: { from: '2024-12-01', to: '2024-12-31' } });
    const params = new URLSearchParams(link);
    expect(params.get('event')).toBe('e1');
    expect(params.get('people')).toBe('Q1,Q2');
    expect(params.get('view')).toBe('2024-12-01..2024-12-31');
    expect(params.has('countries')).toBe(false);
    expect(params.has('q')).toBe(false);
  });
  it('round-trips through the audit unchanged', () => {
    const link = linkTo({ event: 'e1', countries: ['JP', 'KR'], q: 'phone talks', dates: { from: '2024-01-01', to: '2024-12-31' } });
    expect(auditSearch(link)).toEqual({ search: link, notices: [] });
  });
});

describe('auditSearch', () => {
  it('drops unknown keys with a notice', () => {
    const { search, notices } = auditSearch('?event=e1&utm_source=x');
    expect(new URLSearchParams(search).get('event')).toBe('e1');
    expect(search).not.toContain('utm_source');
    expect(notices).toEqual(['Ignored unknown link parameter "utm_source".']);
  });
  it('drops invalid values but keeps the valid items of a list', () => {
    const { search, notices } = auditSearch('?countries=JP,zz1,KR&view=banana&event=%3Cscript%3E');
    const params = new URLSearchParams(search);
    expect(params.get('countries')).toBe('JP,KR');
    expect(params.has('view')).toBe(false);
    expect(params.has('event')).toBe(false);
    expect(notices).toHaveLength(3);
    expect(notices.join(' ')).toContain('"zz1"');
    expect(notices.join(' ')).toContain('"<script>"');
  });
  it('keeps an empty search silently', () => {
    expect(auditSearch('?q=')).toEqual({ search: '', notices: [] });
  });
});
