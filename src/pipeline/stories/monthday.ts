import type { PublicationContext } from '../types';
import { isCalendarDay } from './days';

// A wire dateline gives day and month without the year ("SEOUL, Dec. 19 (Yonhap) --"). When the story's estimated
// window holds that day in exactly one year, the day is known: the context narrows to it (still 'estimated', since
// the year is inferred), with the dateline as a 'stated-date' clue.

export function narrowToDay(context: PublicationContext, monthDay: string, dateline: { text: string; start: number }): PublicationContext {
  if (context.provenance !== 'estimated' || context.from === null || context.to === null) return context;
  const days: string[] = [];
  for (let y = +context.from.slice(0, 4); y <= +context.to.slice(0, 4); y++) {
    const day = `${String(y).padStart(4, '0')}-${monthDay}`;
    if (isCalendarDay(day) && day >= context.from && day <= context.to) days.push(day);
  }
  if (days.length !== 1) return context;
  const day = days[0]!;
  return {
    ...context,
    value: day,
    from: day,
    to: day,
    note: `${day}: the dateline '${dateline.text}' gives the day; the year comes from the window ${context.from} to ${context.to}`,
    clues: [...(context.clues ?? []), { kind: 'stated-date', text: dateline.text, start: dateline.start, end: dateline.start + dateline.text.length,
      from: day, to: day, rule: 'dateline.month-day', reason: `the only ${monthDay} within ${context.from} to ${context.to}` }],
    confidence: Math.max(context.confidence ?? 0, 0.8),
  };
}
