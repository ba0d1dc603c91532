import { describe, expect, it } from 'vitest';
import { testEvent } from '../../../lib/test-bundle';
import { bandItem, BAND_ID, daysToWindow, shortLabel, toItem, toItems, windowAround, windowToDays } from './items';

describe('toItem', () => {
  it('draws a known day as a point at UTC midnight', () => {
    const item = toItem(testEvent('a', '2024-12-19'), 3);
    expect(item).toMatchObject({ id: 'a', position: 3, type: 'point', kind: 'day', className: 'dl-item dl-day' });
    expect(item.start.toISOString()).toBe('2024-12-19T00:00:00.000Z');
    expect(item.end).toBeUndefined();
  });
  it('draws a month as a range ending after its last day', () => {
    const item = toItem(testEvent('m', '2024-12-01', { to: '2024-12-31', granularity: 'month' }), 0);
    expect(item.type).toBe('range');
    expect(item.kind).toBe('span');
    expect(item.end?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
  it('draws an estimated date as a range of its own kind, even for one day', () => {
    const event = testEvent('x', '2025-07-01');
    event.date.estimated = true;
    expect(toItem(event, 0)).toMatchObject({ type: 'range', kind: 'estimated', className: 'dl-item dl-estimated' });
  });
});

describe('toItems', () => {
  it('places each event at its date on the axis and leaves out events without one', () => {
    const events = [testEvent('a', '2024-12-19'), testEvent('b', '2024-12-20'), testEvent('c', '2024-12-21')];
    const window = { value: '2025-08', granularity: 'unknown' as const, from: '2025-08-08', to: '2025-08-14', estimated: true };
    const items = toItems(events, [events[0]!.date, null, window]);
    expect(items.map((i) => [i.id, i.position, i.kind])).toEqual([['a', 0, 'day'], ['c', 2, 'estimated']]);
    expect(items[1]!.start.toISOString()).toBe('2025-08-08T00:00:00.000Z');
    expect(items[1]!.end?.toISOString()).toBe('2025-08-15T00:00:00.000Z');
  });
});

describe('shortLabel', () => {
  it('keeps short titles', () => expect(shortLabel('Han and Ishiba talk')).toBe('Han and Ishiba talk'));
  it('cuts long titles at a word boundary', () =>
    expect(shortLabel('Acting President Han Duck-soo held phone talks with Japanese Prime Minister Shigeru Ishiba')).toBe(
      'Acting President Han Duck-soo held phone talks…',
    ));
});

describe('window days', () => {
  it('round-trips a day range', () => {
    const w = daysToWindow({ from: '2024-12-01', to: '2024-12-31' });
    expect(windowToDays(w.start, w.end)).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });
  it('centres a preset window', () => {
    const w = windowAround(new Date('2024-12-19T00:00:00Z'), 7);
    expect(windowToDays(w.start, w.end)).toEqual({ from: '2024-12-15', to: '2024-12-22' });
  });
});

describe('bandItem', () => {
  it('covers the filter days as a background item outside the event positions', () => {
    const band = bandItem({ from: '2024-12-01', to: '2024-12-31' });
    expect(band).toMatchObject({ id: BAND_ID, type: 'background', position: -1 });
    expect(windowToDays(band.start, band.end!)).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });
});
