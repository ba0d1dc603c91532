// The events as the explorer shows them: as known on a day (optional), placed on the chosen axis — when each
// happened, or when it was first reported — and put in that axis's order. Computed when the day or the axis changes,
// never per render; events every report of which was published by the day are passed through untouched.
import type { EventDate, TimelineEvent } from '../../pipeline/types';
import { asKnownOn, type KnownEvent } from './as-known';
import type { EventIndex } from './event-index';
import type { Axis } from './url-state';

export interface KnownView {
  /** By position: the event as known on the day (unchanged when all its reports were out, or no day is set). */
  events: readonly TimelineEvent[];
  /** Positions whose event was known only in part on the day. */
  partial: ReadonlyMap<number, KnownEvent>;
}

export function knownView(index: EventIndex, day: string | null): KnownView {
  const partial = new Map<number, KnownEvent>();
  if (day === null) return { events: index.events, partial };
  const events = index.events.map((event, i) => {
    const last = index.lastPublished[i];
    if (last === null || last === undefined || last <= day) return event;
    const known = asKnownOn(event, day);
    if (!known) return event; // nobody had reported it yet: the filter hides it
    partial.set(i, known);
    return known.event;
  });
  return { events, partial };
}

/** Where each event sits on the axis, by position; null = no date on this axis (no known report date). */
export function placements(index: EventIndex, axis: Axis, events: readonly TimelineEvent[]): readonly (EventDate | null)[] {
  return axis === 'reported' ? index.firstReports.map((r) => r?.date ?? null) : events.map((e) => e.date);
}

export interface AxisOrder {
  /** Positions in axis order: by start day, then id; undated events last. */
  order: Int32Array;
  /** rank[position] = index of that position in `order`. */
  rank: Int32Array;
}

export function axisOrder(events: readonly TimelineEvent[], placed: readonly (EventDate | null)[]): AxisOrder {
  const n = events.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const day = (i: number) => placed[i]?.from ?? '\uffff';
  const id = (i: number) => events[i]!.id;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = day(i - 1) < day(i) || (day(i - 1) === day(i) && id(i - 1) <= id(i));
  if (!sorted) {
    // Days as numbers (20241219) sort much faster than strings; undated events get a key after every day.
    const key = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const from = placed[i]?.from;
      key[i] = from ? Number(from.slice(0, 4) + from.slice(5, 7) + from.slice(8, 10)) : Infinity;
    }
    order.sort((a, b) => key[a]! - key[b]! || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  }
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return { order, rank };
}

/** Ranks (indexes into `order`) of the matching events, ascending: the filtered set in axis order. */
export function rankedMatches({ order }: AxisOrder, matches: Uint8Array): number[] {
  const ranks: number[] = [];
  for (let r = 0; r < order.length; r++) if (matches[order[r]!]) ranks.push(r);
  return ranks;
}
