// "Happened" vs "reported": how an event got its place on the timeline, in plain words for exports.
import type { TimelineEvent } from '../../../../pipeline/types';

export const DATING_LABELS: Record<TimelineEvent['dating'], string> = {
  happened: 'Happened',
  reported: 'Reported',
};

/**
 * Why the event sits on its date: the words that date it (happened) or the publication it was placed at (reported),
 * and whether the anchor was only estimated.
 */
export function datingNote(event: TimelineEvent): string {
  const source = event.sources[0];
  const estimated = event.date.estimated ? ' (estimated: the publication date is only known as a window)' : '';
  if (event.dating === 'reported') {
    const note = source ? `: ${source.context.note}` : '';
    return `Reported: no date of its own, placed at its story's publication${note}${estimated}`;
  }
  const evidence = source?.evidence;
  if (!evidence) return `Happened: ${event.reason}${estimated}`;
  return `Happened: dated by '${evidence.text}' → ${evidence.value} (${evidence.resolution.reason})${estimated}`;
}
