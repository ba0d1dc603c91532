import { describe, expect, it } from 'vitest';
import { EXPORTED_IDS } from '../testing/ids';
import { parseIcsEvents, unescapeIcsText } from '../testing/parse';
import { HOSTILE_TITLES, makeEvent, makeReported } from '../testing/events';
import { EXPORT_FORMATS } from './formats';

const events = [makeEvent(), makeReported(), ...HOSTILE_TITLES.map((title, i) => makeEvent({ id: `e${i}`, title }))];
const context = { generatedAt: '2024-12-19', docsById: new Map([['doc-1', { title: 'Yoon impeached' }]]) };

describe('EXPORT_FORMATS', () => {
  it('names the three downloads as the menu shows them', () => {
    expect(EXPORT_FORMATS.map((f) => [f.label, f.filename])).toEqual([
      ['Download CSV', 'dateline-events.csv'],
      ['Download iCalendar', 'dateline-events.ics'],
      ['Download TimelineJS', 'dateline-events-timelinejs.json'],
    ]);
  });

  it.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))('%s: builds a file that parses back to every event, in order', (id, format) => {
    const content = format.build(events, context);
    expect(EXPORTED_IDS[id](content)).toEqual(events.map((e) => e.id));
    expect(format.mime).toMatch(/charset=utf-8$/);
  });

  it('passes the document titles to every format and the timestamp to the iCalendar', () => {
    const [csv, ics, timelinejs] = EXPORT_FORMATS.map((f) => f.build([makeEvent()], context));
    expect(csv).toContain(',Yoon impeached,');
    expect(unescapeIcsText(parseIcsEvents(ics!)[0]!.get('DESCRIPTION')!)).toMatch(/\nSource: Yoon impeached$/);
    expect(timelinejs).toContain('<p>Source: Yoon impeached</p>');
    expect(ics).toContain('DTSTAMP:20241219T000000Z');
  });
});
