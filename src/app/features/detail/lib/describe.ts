// Plain words for the parts of an event's provenance that are codes in the data.
import type { Resolution } from '../../../../pipeline/types';

const ANCHOR_SOURCE: Record<Resolution['anchor']['source'], string> = {
  publication: "the story's publication date",
  'previous-date': 'the date mentioned just before it',
  none: 'nothing (the expression states its own date)',
};

export function describeAnchor(anchor: Resolution['anchor']): string {
  const what = ANCHOR_SOURCE[anchor.source];
  return anchor.value ? `${anchor.value}, ${what}` : what;
}

/** "'on Thursday' → 2024-12-19" */
export const describeEvidence = (text: string, value: string) => `“${text}” → ${value}`;
