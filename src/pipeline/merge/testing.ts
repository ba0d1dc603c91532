// Small analysed documents for the merge tests: hand-made dates and names, the real event stage.
import { assembleEvents } from '../events';
import { day, mentionsOf, timex, wholePage } from '../events/testing';
import { splitSentences } from '../text/sentences';
import type { DocumentAnalysis, TimelineEvent } from '../types';

const NAMES: [string, string, string, string][] = [
  ['Lee Jae-myung', 'Q1', 'Lee Jae-myung', 'KR'], ['Lee', 'Q1', 'Lee Jae-myung', 'KR'],
  ['Shigeru Ishiba', 'Q2', 'Shigeru Ishiba', 'JP'], ['Ishiba', 'Q2', 'Shigeru Ishiba', 'JP'],
  ['Yoon Suk Yeol', 'Q3', 'Yoon Suk Yeol', 'KR'], ['Yoon', 'Q3', 'Yoon Suk Yeol', 'KR'],
  ['Mark Carney', 'Q4', 'Mark Carney', 'CA'],
];

/** A document published on `published` whose dates are given as [words, TIMEX3 value] (first occurrence each). */
export function analysed(docId: string, published: string, text: string, dates: [string, string][] = []): DocumentAnalysis {
  const context = day(published);
  const blocks = [wholePage(text, context)];
  const sentences = splitSentences(text);
  const timexes = dates.map(([w, v]) => timex(text, w, v));
  const mentions = mentionsOf(text, NAMES);
  const events = assembleEvents({ docId, text, blocks, sentences, timexes, mentions });
  return { docId, dct: context, blocks, sentences, timexes, mentions, events };
}

/** The single event of an analysed document (fails loudly otherwise). */
export function only(a: DocumentAnalysis): TimelineEvent {
  if (a.events.length !== 1) throw new Error(`${a.docId}: expected one event, got ${a.events.map((e) => e.title).join(' | ')}`);
  return a.events[0]!;
}
