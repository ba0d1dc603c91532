// The tense of the clause around an expression, from the nearest tense marker: "will meet on Tuesday" → future,
// "met on Tuesday" / "said Tuesday" → past. Used to pick the week of a bare weekday and the year of "4 June".

import { hashWord, isDigit, isLetter, isSpace, newRun, readLetters, spells, wordFilter, wordLookup } from '../text/words';

export type Tense = 'past' | 'future' | 'unknown';

/** A timetable in the present ("He and Arafat meet separately Monday") looks ahead; an infinitive ("difficult to meet demand") does not. */
const SCHEDULED_PRESENT = [
  'meets|meet', 'begins|begin', 'starts|start', 'opens|open', 'visits|visit', 'arrives|arrive', 'leaves|leave', 'travels|travel',
  'resumes|resume', 'convenes|convene', 'hosts|host', 'faces|face', 'plays|play', 'returns|return', 'ends|end', 'closes', 'close at|on|until',
];
/**
 * A modal of possibility before a verb of what is to come: "the talks could drag on into Saturday", "the truce may
 * hold through Sunday". Not "could not", "may have" (a guess about the past), "could be located Wednesday" (a state,
 * often told of the past), nor "may" alone, which is also a month.
 */
const MODAL_AHEAD =
  'may|might|could hold|continue|last|drag|come|see|take|meet|happen|face|arrive|begin|start|open|close|end|resume|rise|fall|return|reach|decide|vote|strike|remain|stay|go|bring|get';
/**
 * Future markers: words separated by white space, each word one of its |-alternatives, matched whole and
 * case-blind. At a word the first phrase that matches wins, and the words it covers start no other marker
 * ("is to be held" is the marker "is to"), as with one left-to-right regex. "Next" is not one: it belongs to an
 * expression of its own ("…won on Saturday to book a place in next month's final").
 */
const FUTURE_PHRASES = [
  'will', 'shall', "'ll", "won't", 'would', 'should', 'going to', 'is|are|am to|due|set|scheduled|expected|slated', 'plans|plan to',
  'planning', 'planned', 'scheduled', 'expected', 'forecast|forecasts|predicted|projected to', 'expects|expect to', 'due to', 'set to',
  'intends|intend|intended|intending to', 'aims|aim|aimed|aiming to', 'hopes|hope|hoped|hoping to',
  'agrees|agree|agreed to', 'prepares|prepare|preparing to', 'vowed|pledged|promised to', 'to be held', 'upcoming',
  'ahead of', MODAL_AHEAD, ...SCHEDULED_PRESENT, 'later this', 'tomorrow', 'as soon|early as', 'no later than',
  'postponed|delayed|deferred|adjourned|extended until|till', 'put|pushed off|back',
];
/**
 * A plan told in the past perfect or as a former plan ("had been scheduled to expire Friday", "had originally been
 * set to start on Sept. 9", "as previously planned Saturday night") looks back: a future phrase right after one of
 * these words, or after "been" after one, marks the past.
 */
const FORMER_PLAN: ReadonlySet<number> = new Set(['had', 'previously', 'originally'].map(hashWord));
const BEEN = hashWord('been');
/** A plan told in the past ("were planning to drive on Monday", "was expected to land Tuesday") still looks ahead. */
const PAST_AUXILIARY: ReadonlySet<number> = new Set(['was', 'were'].map(hashWord));
/** A coordinated clause ("…crossed the mark on Tuesday and was expected to…") breaks like a comma. */
const AND = hashWord('and');
const BUT = hashWord('but');
/** A deadline ("until Tuesday", "by Friday") looks ahead when nothing else in the sentence tells the tense. */
const DEADLINE = wordLookup(['until', 'till', 'by', 'through']);
/**
 * Words of a company's results: a period they report on is over ("expects to report a third-quarter loss" said in
 * October is the quarter just ended), while one a plan looks to is ahead ("to be profitable by Q4" said in February).
 */
const RESULTS = wordLookup(['report', 'reports', 'reporting', 'post', 'posts', 'posting', 'results', 'earnings']);
/** How far (characters) a deadline word may stand before its expression: "until 9 a.m. Tuesday" is one space. */
const DEADLINE_GAP = 4;
const IRREGULAR_PAST =
  'said|was|were|had|did|met|held|took|told|came|went|made|gave|began|left|won|lost|fell|rose|saw|found|sent|struck|' +
  'hit|led|paid|spent|kept|sold|bought|brought|thought|wrote|spoke|broke|ran|became|stood|shot|fought|fled|caught|' +
  'shut|cost|spread|hurt|let|beat|' +
  'taught|felt|heard|meant|put|set|quit|cut|flew|drove|rode|drew|grew|threw|knew|blew|wore|swore|tore|forgot|got|' +
  'sat|slept|hid|sank|sang|rang|swam|sought|dealt|lent|built|fed|dug|stuck|hung|swung|shook|woke|chose|froze|stole|' +
  'withdrew|undertook|arose|oversaw|underwent|understood|upheld|withheld|overcame|ago|earlier|last|yesterday|previously|since';
const pastWord = wordLookup(IRREGULAR_PAST.split('|'));
/** Words in -ed that are not past verbs, or that point ahead (verbs in -eed, "succeed", are found by their ending). */
const notPast = wordLookup(
  ('red|bed|shed|united|limited|hundred|planned|scheduled|expected|proposed|' +
    'intended|slated|based|related|alleged|so-called|detailed|armed|advanced|supposed|renewed').split('|'),
);
/** Past tenses of verbs in -ee: the only words in -eed that are past verbs. */
const pastInEed = wordLookup(['agreed', 'disagreed', 'freed', 'guaranteed', 'decreed']);
/** "will be named", "is being held", "when the case is heard in May": a participle after these is a passive, not a past tense. */
const PASSIVE_AUXILIARIES: ReadonlySet<number> = new Set(['be', 'being', 'is', 'are', 'am', 'remain', 'remains', 'stay', 'stays'].map(hashWord));
/**
 * Words after which a form in -ed is an adjective, not a past tense: a determiner or a preposition ("in potted plants",
 * "the injured", "with armed escorts"), or a possessive's "s" ("Friday's close"); a past verb does not follow one.
 */
const BEFORE_ADJECTIVE: ReadonlySet<number> = new Set(
  ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many',
    'several', 'no', 'all', 'both', 'each', 'every', 'of', 'in', 'on', 'with', 'for', 'from', 'into', 'at', 'to', 'about',
    'under', 'over', 'newly', 's'].map(hashWord),
);
const THAT = hashWord('that');
/** Past forms that are also present forms and nouns ("a rate cut", "will hit", "to set"): past only when no such word comes before. */
const SAME_FORM: ReadonlySet<number> = new Set(['put', 'set', 'quit', 'cut', 'hit', 'shut', 'cost', 'spread', 'hurt', 'let', 'beat'].map(hashWord));
const NOT_BEFORE_PAST: ReadonlySet<number> = new Set(
  ['a', 'an', 'the', 'to', 'first', 'rate', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did'].map(hashWord),
);

/** A phrase as lists of lower-case alternatives, one list per word. */
type Phrase = readonly (readonly string[])[];
const phrase = (text: string): Phrase => text.split(' ').map((word) => word.split('|'));
/** The letters a word starts with, as the index key of the phrases it begins ("won't" → "won", "'ll" → ""). */
const leadLetters = (word: string) => /^[a-z]*/.exec(word)![0];

const FUTURE = FUTURE_PHRASES.map(phrase);
const SCHEDULED: ReadonlySet<Phrase> = new Set(FUTURE.filter((_, i) => SCHEDULED_PRESENT.includes(FUTURE_PHRASES[i]!)));
const FUTURE_LEADS = new Set(FUTURE.flatMap((p) => p[0]!.map(leadLetters)));
/** Future phrases by the hash of their lead letters, in listed order: each is then matched in full, so a word with the same hash costs only a miss. */
const FUTURE_BY_LEAD = new Map([...FUTURE_LEADS].map((lead) => [hashWord(lead), FUTURE.filter((p) => p[0]!.some((w) => leadLetters(w) === lead))]));
if (FUTURE_BY_LEAD.size !== FUTURE_LEADS.size) throw new Error('tense: two future lead words share a hash');
/** The same without the scheduled present, for after "to" (an infinitive) or a determiner (a noun): filtered once here. */
const NOT_SCHEDULED = new Map([...FUTURE_BY_LEAD].map(([lead, phrases]) => [lead, phrases.filter((p) => !SCHEDULED.has(p))]));
const mayLeadFuture = wordFilter(FUTURE_LEADS);
const APOSTROPHE_PHRASES = FUTURE_BY_LEAD.get(hashWord(''))!;

/** What \w matches, by char code. */
const isWordChar = (c: number) => isLetter(c) || isDigit(c) || c === 95;

/** Where `word` (lower case) ends if it is written whole at `at` (before `to`), else -1. */
function wordAt(text: string, at: number, to: number, word: string): number {
  const end = at + word.length;
  return end <= to && spells(text, at, end, word) && (end === to || !isWordChar(text.charCodeAt(end))) ? end : -1;
}

/** Where `p` ends if it is written at `at` (before `to`), else -1. */
function phraseAt(text: string, at: number, to: number, p: Phrase): number {
  let i = at;
  for (let w = 0; w < p.length; w++) {
    if (w > 0) {
      const gap = i;
      while (i < to && isSpace(text.charCodeAt(i))) i++;
      if (i === gap) return -1;
    }
    let end = -1;
    for (const word of p[w]!) if ((end = wordAt(text, i, to, word)) >= 0) break;
    if (end < 0) return -1;
    i = end;
  }
  return i;
}

/** Whether "of" follows `at`: then the words before it are a noun ("at the tail end of", "the start of", "the will of"), no marker. */
const beforeOf = (text: string, at: number, to: number) => isSpace(text.charCodeAt(at)) && wordAt(text, at + 1, to, 'of') >= 0;

/** Where the first of `phrases` written at `at` ends, or -1. */
function firstPhraseAt(text: string, at: number, to: number, phrases: readonly Phrase[]): number {
  for (const p of phrases) {
    const end = phraseAt(text, at, to, p);
    if (end >= 0) return end;
  }
  return -1;
}

/** Where the tense markers of a sentence are: [start, end] pairs, future and past. Computed once per sentence. */
export interface Markers {
  future: number[];
  past: number[];
  /** Where deadline words end. */
  deadlines: number[];
  /** Where commas and semicolons are: clause breaks. */
  breaks: number[];
  /** Where quotation marks are: a quotation keeps its own tense ("…comes in the fourth quarter," she said). */
  quotes: number[];
  /** Whether the sentence speaks of results (RESULTS). */
  results: boolean;
}

/**
 * The markers of text[from, to), read as if that were all the text. One pass over its runs of letters, each
 * screened by hash for both lists, instead of a regex and a second walk over a slice. In a headline (`headline`) the
 * present tells of what has happened ("Travel season ends after Christmas chaos"), so a timetable present is no marker.
 */
export function markersOf(text: string, from = 0, to = text.length, headline = false): Markers {
  const future: number[] = [];
  const past: number[] = [];
  const deadlines: number[] = [];
  const breaks: number[] = [];
  const quotes: number[] = [];
  let results = false;
  const run = newRun();
  let covered = from; // the end of the last future marker: the words before it start none
  let previous = 0; // hash of the word before
  let previousStart = -1; // where it starts
  let second = 0; // and of the one before that
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      // a number or a clause break stands between: the word before it is no longer the one before ("beaten
      // finalists in 2024, play three games … on Wednesday": "play" does not follow "in")
      if (c === 44 || c === 59) (breaks.push(i), (previous = second = 0));
      else if (isDigit(c)) previous = second = 0;
      else if (c === 34 || c === 8220 || c === 8221 || c === 96 || (c === 39 && text.charCodeAt(i + 1) === 39)) quotes.push(i);
      i++;
      continue;
    }
    readLetters(text, i, run, to);
    const { end, hash } = run;
    const before = i > from ? text.charCodeAt(i - 1) : -1;
    // "'ll" starts at the apostrophe, which must follow a word character
    if (before === 39 && i - 1 > from && i - 1 >= covered && isWordChar(text.charCodeAt(i - 2))) {
      const e = firstPhraseAt(text, i - 1, to, APOSTROPHE_PHRASES);
      if (e >= 0) future.push(i - 1, (covered = e));
    }
    const ed = end - i > 3 && (text.charCodeAt(end - 1) | 32) === 100 && (text.charCodeAt(end - 2) | 32) === 101; // -ed
    // "in potted plants", "the planned sale": a form in -ed after these words is an adjective, not a verb
    const adjective = ed && BEFORE_ADJECTIVE.has(previous);
    if (i >= covered && !isWordChar(before) && !adjective && mayLeadFuture(hash)) {
      // whether the word before is a past verb: "stayed open", "were planning"
      const previousPast = past[past.length - 2] === previousStart;
      // a timetable verb is no verb after "to" (an infinitive) or a determiner or preposition ("the end", "his return")
      // … but after "that" a form in -s is a relative clause's verb ("a window that opens Dec. 18"); nor right after a
      // past verb, whose complement it is ("stayed open through Sunday")
      const noun = BEFORE_ADJECTIVE.has(previous) && !(previous === THAT && (text.charCodeAt(end - 1) | 32) === 115);
      const phrases = (headline || noun || previousPast ? NOT_SCHEDULED : FUTURE_BY_LEAD).get(hash);
      const e = phrases ? firstPhraseAt(text, i, to, phrases) : -1;
      if (e >= 0 && !beforeOf(text, e, to)) {
        if (FORMER_PLAN.has(previous) || (previous === BEEN && FORMER_PLAN.has(second))) past.push(i, (covered = e));
        else if (PAST_AUXILIARY.has(previous) && previousPast) {
          past.length -= 2; // "were planning": the auxiliary is part of the future phrase
          future.push(previousStart, (covered = e));
        } else future.push(i, (covered = e));
      }
    }
    const eed = ed && (text.charCodeAt(end - 3) | 32) === 101;
    const pastForm = eed ? pastInEed(text, i, end, hash) !== null : ed ? notPast(text, i, end, hash) === null : pastWord(text, i, end, hash) !== null;
    // not a past verb: a past form joined to the word before ("the hardest-hit town", "a U.S.-led force",
    // "state-owned") or after a passive auxiliary; an adjective; a form that is also a noun or a present after these
    // words ("a rate cut") — tested after pastForm, as most words are no past form at all
    const pastVerb = pastForm && i >= covered && !(before === 45 && i - 2 >= from && isWordChar(text.charCodeAt(i - 2))) &&
      !PASSIVE_AUXILIARIES.has(previous) && !adjective && !(SAME_FORM.has(hash) && NOT_BEFORE_PAST.has(previous));
    if (pastVerb) past.push(i, end); // not a word inside a future phrase
    else if (DEADLINE(text, i, end, hash) !== null) deadlines.push(end);
    else if (hash === AND || hash === BUT) breaks.push(i);
    else if (!results && RESULTS(text, i, end, hash) !== null) results = true;
    second = previous;
    previous = hash;
    previousStart = i;
    i = end;
  }
  return { future, past, deadlines, breaks, quotes, results };
}

/**
 * Distance from [at, end) to the nearest marker outside it. A verb before a date usually governs it ("turned 76 on
 * Thursday"), so markers after the expression count double; one past a clause break (a comma, "and", "but") only
 * with `pastBreaks`, four times: it decides when nothing nearer tells ("On Thursday, he will …"), never against a
 * verb of the expression's own clause ("The King, who turned 76 on Thursday, will host …", "…crossed the mark on
 * Tuesday and was expected to…").
 */
function nearest(marks: readonly number[], at: number, end: number, { breaks, quotes }: Markers, pastBreaks: boolean): number {
  let best = Infinity;
  for (let i = 0; i < marks.length; i += 2) {
    const s = marks[i]!;
    const e = marks[i + 1]!;
    if (quotes.length && quotes.some((q) => (q >= e && q < at) || (q >= end && q < s))) continue; // across a quotation mark
    // markers inside the expression do not count
    const broken = s >= end && breaks.some((b) => b >= end && b < s);
    if (broken && !pastBreaks) continue;
    const w = e <= at ? at - e : s >= end ? (s - end) * (broken ? 4 : 2) : Infinity;
    if (w < best) best = w;
  }
  return best;
}

/** Tense of a sentence (its markers) as seen from the expression at [at, end) (sentence offsets). */
export function tenseAt(markers: Markers, at: number, end = at): Tense {
  let future = nearest(markers.future, at, end, markers, false);
  let past = nearest(markers.past, at, end, markers, false);
  if (future === Infinity && past === Infinity) {
    future = nearest(markers.future, at, end, markers, true);
    past = nearest(markers.past, at, end, markers, true);
  }
  if (future === Infinity && past === Infinity) return markers.deadlines.some((e) => e < at && at - e <= DEADLINE_GAP) ? 'future' : 'unknown';
  return future < past ? 'future' : 'past';
}

/**
 * The tense that picks a quarter or half: a future sentence about results (RESULTS) reports on one that is over, and
 * so does one whose quarter qualifies a figure (`adjective`: "plans to restructure after a third-quarter loss").
 */
export const periodTense = (markers: Markers, tense: Tense, adjective: boolean): Tense =>
  tense === 'future' && (markers.results || adjective) ? 'past' : tense;

/**
 * Events that are held on a day, so their day may lie ahead: "Saturday's home match will go ahead". A possessive
 * weekday before any other noun names something that has happened ("Wednesday's ruling").
 */
const HELD = wordLookup([
  'match', 'game', 'final', 'race', 'vote', 'ballot', 'election', 'poll', 'meeting', 'summit', 'talks', 'hearing',
  'session', 'debate', 'launch', 'parade', 'rally', 'deadline', 'ceremony', 'opening', 'concert', 'fixture',
]);
/** How many words after a possessive weekday its noun may stand: "Saturday's home match", "Sunday's first-round vote". */
const HELD_REACH = 3;

/** Whether the words right after `at` (a possessive weekday's end) name an event that is held (HELD). */
export function namesHeldEvent(text: string, at: number): boolean {
  const run = newRun();
  let i = at;
  for (let w = 0; w < HELD_REACH; w++) {
    while (i < text.length && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
    if (i >= text.length || !isLetter(text.charCodeAt(i))) return false;
    readLetters(text, i, run);
    if (HELD(text, i, run.end, run.hash) !== null) return true;
    i = run.end;
  }
  return false;
}

/** How far (characters) after a possessive weekday a future verb may stand and still be its noun's: "Friday's commute will be rough". */
const POSSESSOR_REACH = 24;

/**
 * Whether a future marker follows a possessive weekday's noun in the same clause ("Friday's commute will be rough",
 * "Sunday's storm is expected to…"): then what it names lies ahead. `at` is where the possessive ends.
 */
export const futureFollows = ({ future, breaks }: Markers, at: number): boolean =>
  future.some((s, i) => i % 2 === 0 && s >= at && s - at <= POSSESSOR_REACH && !breaks.some((b) => b >= at && b < s));
