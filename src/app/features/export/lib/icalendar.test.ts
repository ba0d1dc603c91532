import { describe, expect, it } from 'vitest';
import { parseIcsEvents, unescapeIcsText, unfoldIcs } from '../testing/parse';
import { HOSTILE_TITLES, makeEvent, makeReported, MONTH, WEEK } from '../testing/events';
import { icalStamp, toICalendar } from './icalendar';

const GENERATED = '2024-12-19T08:21:00Z';
const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('toICalendar(events, generatedAt)', () => {
  it('wraps one VEVENT per event in a VCALENDAR with CRLF line ends', () => {
    const ics = toICalendar([makeEvent(), makeReported()], GENERATED);
    const lines = unfoldIcs(ics);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Dateline//Timeline export//EN');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(parseIcsEvents(ics)).toHaveLength(2);
  });

  it('writes UID, the fixed DTSTAMP and all-day dates with an exclusive end', () => {
    const events = [makeEvent(), makeEvent({ id: 'e-month', date: MONTH }), makeEvent({ id: 'e-week', date: WEEK })];
    const back = parseIcsEvents(toICalendar(events, GENERATED));
    expect(back.map((e) => [e.get('UID'), e.get('DTSTART;VALUE=DATE'), e.get('DTEND;VALUE=DATE')])).toEqual([
      ['e000000000001@dateline', '20241214', '20241215'],
      ['e-month@dateline', '20241201', '20250101'],
      ['e-week@dateline', '20250106', '20250113'],
    ]);
    expect(new Set(back.map((e) => e.get('DTSTAMP')))).toEqual(new Set(['20241219T082100Z']));
  });

  it('describes the sentence and the date evidence, and lists countries as categories', () => {
    const [happened, reported] = parseIcsEvents(toICalendar([makeEvent({ countries: ['JP', 'KR'] }), makeReported()], GENERATED));
    const description = unescapeIcsText(happened!.get('DESCRIPTION')!);
    expect(description).toMatch(/^Parliament voted to impeach Yoon Suk Yeol last Saturday\.\n\nHappened: dated by 'last Saturday'/);
    expect(description).toMatch(/\nSource: doc-1$/);
    expect(unescapeIcsText(reported!.get('DESCRIPTION')!)).toContain('Reported: no date of its own');
    expect(happened!.get('CATEGORIES')).toBe('JP,KR');
    expect(parseIcsEvents(toICalendar([makeEvent({ countries: [] })], GENERATED))[0]!.has('CATEGORIES')).toBe(false);
  });

  it('round-trips hostile titles and sentences through escaping and folding', () => {
    const events = HOSTILE_TITLES.map((title, i) => makeEvent({ id: `e${i}`, title, sentence: title }));
    const ics = toICalendar(events, GENERATED);
    for (const line of ics.split('\r\n')) expect(utf8(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    const back = parseIcsEvents(ics);
    HOSTILE_TITLES.forEach((title, i) => {
      const text = title.replace(/\r\n|\r/g, '\n');
      expect(unescapeIcsText(back[i]!.get('SUMMARY')!)).toBe(text);
      expect(unescapeIcsText(back[i]!.get('DESCRIPTION')!).startsWith(`${text}\n\n`)).toBe(true);
    });
  });

  it('escapes a semicolon or comma inside a category', () => {
    expect(parseIcsEvents(toICalendar([makeEvent({ countries: ['A;B', 'C,D'] })], GENERATED))[0]!.get('CATEGORIES')).toBe(
      'A\\;B,C\\,D',
    );
  });
});

describe('icalStamp(generatedAt)', () => {
  it('accepts a day, a UTC date-time and an offset date-time', () => {
    expect(icalStamp('2024-12-19')).toBe('20241219T000000Z');
    expect(icalStamp('2024-12-19T08:21:05.250Z')).toBe('20241219T082105Z');
    expect(icalStamp('2024-12-19T09:21:00+01:00')).toBe('20241219T082100Z');
  });

  it('refuses a date-time without a zone (it would depend on the machine) and garbage', () => {
    for (const bad of ['2024-12-19T08:21:00', 'yesterday', '', '2024-13-45', '2025-02-30', '2025-02-30T08:00:00Z']) {
      expect(() => icalStamp(bad), bad).toThrow(RangeError);
    }
  });
});
