// Human wording for event dates (always in UTC: dates are calendar days, not instants).
import type { EventDate, PublicationContext } from '../../pipeline/types';

const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const shortDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const month = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Thu, 19 Dec 2024" — one calendar day. */
export const formatDay = (iso: string) => day.format(utc(iso));

/** "December 2024", "2025", "Week 2 of 2025 (6 Jan 2025 – 12 Jan 2025)", or the day; "about …" when estimated. */
export function formatEventDate(date: EventDate): string {
  const span = `${shortDay.format(utc(date.from))} – ${shortDay.format(utc(date.to))}`;
  const text =
    date.from === date.to ? formatDay(date.from)
    : date.granularity === 'month' ? month.format(utc(date.from))
    : date.granularity === 'year' ? date.from.slice(0, 4)
    : date.granularity === 'week' ? `Week ${Number(date.value.split('-W')[1] ?? 0) || '?'} of ${date.value.slice(0, 4)} (${span})`
    : span;
  return date.estimated ? `about ${text}` : text;
}

/** The month a date falls in, as a heading: "December 2024". */
export const formatMonth = (iso: string) => month.format(utc(`${iso.slice(0, 7)}-01`));

/** When a story was published, as known: "Thu, 19 Dec 2024", "between … and …", or "no date known". */
export function formatContextDay(c: PublicationContext): string {
  if (c.value) return formatDay(c.value);
  if (c.from && c.to) return `between ${formatDay(c.from)} and ${formatDay(c.to)}`;
  if (c.from) return `after ${formatDay(c.from)}`;
  if (c.to) return `before ${formatDay(c.to)}`;
  return 'no date known';
}
