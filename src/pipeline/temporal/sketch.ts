import type { TimexType } from '../types';

// Step one of the two-step normalisation: what an expression STATES, with the rest left implied. The resolver
// (resolve.ts) completes a sketch against an anchor and says how.

/** Granularities a shift can move by. */
export type Grain = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekend' | 'day';

/**
 * How an implied field is chosen: by the sentence's tense, or the stated direction; 'since' is the latest one begun
 * by the anchor, however far back ("have fallen since January" said in October).
 */
export type Direction = 'tense' | 'last' | 'next' | 'this' | 'since';

export type Sketch =
  /** Complete as stated: "1910", "P3D", "PRESENT_REF", a SET pattern. */
  | { kind: 'value'; value: string }
  /**
   * Calendar fields as written; a missing year is implied by the anchor and tense ("4 June", "December"), or stated
   * relative to the anchor's year ("January last year": yearBy -1). `week`: the ISO week holding the day ("the week
   * of March 6"). Anaphoric: "the following March" is the first March after the date mentioned before.
   */
  | { kind: 'date'; y?: number; m: number; d?: number; dow?: number; dir?: Direction; yearBy?: number; time?: string; week?: true; anaphoric?: 'always' }
  /**
   * The anchor's unit moved by `by` ("yesterday" day -1, "last month" month -1, "two years ago" year -2). Anaphoric
   * shifts count from the date mentioned just before ("the following day"); 'periods' only from a quarter, half or
   * month ("a year ago" after "the third quarter" is the year-ago quarter, otherwise a year before publication).
   * `whole`: the unit itself, not the same part of it ("the following year" after "the summer of 1968" is 1969);
   * `same`: the same part of it, however fine ("January … the same month a year ago" is last January).
   * `overnight`: the night just gone in a past sentence ("ministers lost their seats overnight"), else the coming one;
   * it takes a day written after it ("overnight Saturday", merge.ts).
   * `definite`: the unit named with the article ("for the year", "the decade"); in a past sentence written in the first
   * days of one, the one just ended ("For the year, the Dow gained 27%" on Jan. 2 tells of the year before).
   */
  | { kind: 'shift'; grain: Grain; by: number; time?: string; anaphoric?: 'always' | 'periods'; whole?: true; overnight?: true; same?: true; definite?: true }
  /**
   * A weekday: the sentence's tense or a stated last/next/this picks the week. "The previous Friday" and "the
   * following Monday" are anaphoric: they count from the day mentioned just before, when there is one.
   */
  | { kind: 'weekday'; dow: number; dir: Direction; time?: string; anaphoric?: 'always' }
  /**
   * A day of a month the text leaves to the reader: "on the 15th" (the sentence's tense picks the month), "the 4th
   * of this month" (`monthBy` 0; -1 last month, 1 next month).
   */
  | { kind: 'monthday'; d: number; monthBy?: number }
  /**
   * A quarter, half or season (TimeML code Q3, H1, SU) of a stated year, of one stated relative to the anchor's
   * ("the first quarter of last year": yearBy -1), or of the one the anchor and tense imply. Anaphoric, "the
   * following spring" counts from the date mentioned before, as "the following March" does.
   */
  | { kind: 'part'; code: string; y?: number; yearBy?: number; dir: Direction; anaphoric?: 'always' }
  /**
   * The nth weekday of a month (n = -1: the last): "the first Tuesday of March", "the last Friday in June 2025".
   * `week`: the ISO week holding it ("the first week of April" is the week of its first Thursday, the first with four
   * of its days in April).
   */
  | { kind: 'nthWeekday'; n: number; dow: number; m: number; y?: number; dir: Direction; week?: true }
  /** A holiday from the holiday table, in a stated year or the one implied by the anchor; `weekend`: the one nearest it. */
  | { kind: 'holiday'; id: string; y?: number; dir: Direction; weekend?: true }
  /**
   * The anchor's month and day in another year: "on this day in 1945" (`y`), "eighty years ago today" (`yearsBack`);
   * its month alone (`month`): "fifty years ago this month". A 29 February in a year without one leaves the day X.
   */
  | { kind: 'anniversary'; y?: number; yearsBack?: number; month?: true }
  /** A clock time ("08:21 GMT"): hh:mm, on the day mentioned just before, else on the anchor day. */
  | { kind: 'clock'; hh: number; mm: number };

/** What a rule returns for one match. */
export interface Built {
  sketch: Sketch;
  /** Days to move the resolved day by: "the day before last Tuesday" is -1 (offsets.ts). */
  dayOffset?: number;
  type?: TimexType;
  mod?: string;
  freq?: string;
  quant?: string;
}
