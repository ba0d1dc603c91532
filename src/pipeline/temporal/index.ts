import type { Block, Sentence, Timex } from '../types';
import { anchorOf, anchorValue, type Anchor } from './anchor';
import { continuesTimeline, fromPrevious, inFrame, listedMonth } from './anaphora';
import type { Done } from './done';
import { addListedDays, LIST_GAP } from './lists';
import { joinClockToDay, joinClockToSet, joinDurationParts } from './merge';
import { addDayOffsets, movedDay } from './offsets';
import { modifierOf } from './modifiers';
import { isAbsolute, placeholder, resolveSketch, type Resolved } from './resolve';
import { scan, typeOf } from './scan';
import type { Sketch } from './sketch';
import { futureFollows, markersOf, type Markers, namesHeldEvent, periodTense, tenseAt, type Tense } from './tense';
import { valueSpan } from './value';
import { againstWindow } from './window';
import { fromDays, parseIsoDay } from './calendar';
import { firstEndingAfter } from '../text/spans';
import { isDigit } from '../text/words';

// The temporal tagger: for each block, find expressions (scan.ts), add the other days of a list (lists.ts), join the
// parts of a duration and clock times to sets and days (merge.ts), take in "the day before" (offsets.ts) and modifiers
// (modifiers.ts), and resolve each against the block's own publication context (resolve.ts) — or, for anaphoric
// expressions ("the following day", "a year earlier"), against the last date mentioned before it.

/** Field by field, not a spread: this runs once per expression and a spread costs more than the resolving. */
const against = (r: Resolved, source: Done['source'], estimated: boolean): Done => ({ value: r.value, how: r.how, source, estimated });

/**
 * Anaphora: a year-grain shift ("a year earlier", "the year-ago quarter") counts from the reporting period of the
 * story (the last quarter named), other anaphoric shifts from the date mentioned just before; so does a clock time
 * ("on Sunday, 15 December, with a 14:00 GMT kick-off") or "overnight" ("closed lower Friday … overnight losses in New
 * York" is the night before that Friday) when that date names a day.
 */
function resolveOne(sketch: Sketch, anchor: Anchor, tense: Tense, previous: string | null, period: string | null, frame: string | null): Done {
  if (frame && sketch.kind === 'date' && sketch.y === undefined && sketch.yearBy === undefined && !sketch.week) return inFrame(sketch, frame);
  if (('anaphoric' in sketch && sketch.anaphoric) || timeOfDay(sketch)) {
    const fromPeriod = sketch.kind === 'shift' && sketch.grain === 'year' && sketch.by < 0;
    const from = fromPeriod ? (period ?? (previous && /^\d{4}$/.test(previous) ? null : previous)) : previous;
    const done = from ? fromPrevious(sketch, from, tense) : null;
    if (done) return done;
  }
  // (not in a sentence that looks ahead: "…passed on Dec. 20, 2022. Hearings will resume Jan. 27" is next Jan. 27)
  if (previous && tense !== 'future' && tellsOfItsTime(sketch) && anchor.kind === 'day' && namesDay(previous) && +previous.slice(0, 4) <= fromDays(anchor.n).y - NARRATIVE_GAP) {
    const done = fromPrevious(sketch, previous, 'unknown');
    if (done && daysApart(done.value, previous) <= NARRATIVE_DAYS) return { ...done, how: `${done.how}, in the time the story is telling of` };
  }
  if (isAbsolute(sketch)) return against(resolveSketch(sketch, 0, tense), 'none', false);
  if (anchor.kind === 'day') return against(resolveSketch(sketch, anchor.n, tense), 'publication', anchor.estimated);
  if (anchor.kind === 'window') return againstWindow(sketch, anchor.from, anchor.to, tense);
  return { value: placeholder(sketch), how: 'no publication date to resolve against; implied fields left as X', source: 'none', estimated: false };
}

/**
 * How many years before the publication year a day just mentioned must lie for a story to be telling of that time: a
 * retrospective ("On Dec. 18, 1975, … By Dec. 20 …") or a trial retelling the crime ("Feb. 27, 2001 … March 2"). A
 * month alone tells of no days ("in August 1988 … on Aug. 2" may well be this year's).
 */
const NARRATIVE_GAP = 2;
/**
 * … and how near that day what follows must fall to carry on its story: days and weeks ("By Dec. 20", "on Christmas
 * Eve"), not a season away ("…the Dec. 21, 1988, bombing … agreed in April" is this April).
 */
const NARRATIVE_DAYS = 45;
const MONTH_VALUE = /^\d{4}-\d{2}$/;
/** The longest gap between two listed months: ", and ". */
const MAX_LIST_GAP = 8;
/** A month named alone: "March", not "March 3", "March 2025" or "last March". */
const bareMonth = (s: Sketch): s is Sketch & { kind: 'date' } =>
  s.kind === 'date' && s.d === undefined && s.y === undefined && s.yearBy === undefined && !s.week && (s.dir ?? 'tense') === 'tense';
/** Days between the spans of two values (0 when they meet: "1945-05" and "1945-05-08"); Infinity for one without a span. */
function daysApart(a: string, b: string): number {
  const sa = valueSpan(a);
  const sb = valueSpan(b);
  if (!sa || !sb) return Infinity;
  return Math.max(0, parseIsoDay(sb.from)! - parseIsoDay(sa.to)!, parseIsoDay(sa.from)! - parseIsoDay(sb.to)!);
}
/** A day, month or holiday without a year, which the time a story tells of supplies: "Dec. 20", "in March", "Christmas Eve". */
const tellsOfItsTime = (s: Sketch) =>
  (s.kind === 'date' && s.y === undefined && s.yearBy === undefined && !s.week && OPEN_DIRECTIONS.has(s.dir ?? 'tense')) ||
  (s.kind === 'holiday' && s.y === undefined && OPEN_DIRECTIONS.has(s.dir));
/** Directions that leave the year to the context: by tense, or "since" ("rain had fallen since December 10"). */
const OPEN_DIRECTIONS: ReadonlySet<string> = new Set(['tense', 'since']);

/** A value led by a calendar year ("2024", "2024-12-14"; not "XXXX-12", "PRESENT_REF"): char codes, as it runs per expression. */
const yearLed = (v: string) =>
  isDigit(v.charCodeAt(0)) && isDigit(v.charCodeAt(1)) && isDigit(v.charCodeAt(2)) && isDigit(v.charCodeAt(3)) && (v.length === 4 || v.charCodeAt(4) === 45);
/** A year-led value that names a day ("2024-03-12", "2024-03-12T09:42"; not "2024-W10-WE"). */
const namesDay = (v: string) => v.length >= 10 && v.charCodeAt(7) === 45 && isDigit(v.charCodeAt(5));
/** A time of day that takes the day mentioned before it in its paragraph: a clock time, "overnight". */
const timeOfDay = (s: Sketch) => s.kind === 'clock' || (s.kind === 'shift' && !!s.overnight);
/** Shifts whose value the tense can change: "the weekend" (the one gone or the one coming), "this week" (on a Sunday), "overnight". */
const tensedShift = (s: Sketch & { kind: 'shift' }) => s.grain === 'weekend' || (s.grain === 'week' && s.by === 0) || !!s.overnight || !!s.definite;
/** A quarter or half written as an adjective: "third-quarter", "first-half". */
const PERIOD_ADJECTIVE = /-(?:quarter|half)\b/i;
/** How far (characters) around an expression its tense markers are looked for, at most. */
const TENSE_REACH = 300;
/** How far back (characters) "the following day" or "a year earlier" looks for the date it counts from. */
const ANAPHORA_REACH = 400;

/** How far into its sentence (characters) a year may stand and still frame it: "Last year, …", "In 2019, …". */
const FRAME_REACH = 4;

/** A verb in the present ("Election Day is Tuesday", "tickets can be used on Friday"): read only when a weekday asks. */
const PRESENT_VERB = /\b(?:is|are|can|cannot|must)\b/i;
/** "the quake on [Sunday]": a day that names when something a noun names took place. */
const EVENT_ON = /\bthe\s+[a-z]+\s+on\s+$/i;

/** "since" right before an expression: what follows has begun ("have fallen since January" said in October). */
const SINCE_BEFORE = /\bsince\s+$/i;

/** `sketch` with the direction 'since' when "since" comes right before it and nothing else states its year. */
function afterSince(text: string, at: number, sketch: Sketch): Sketch {
  // the text is read only for a sketch the word can change
  if (sketch.kind === 'date' && sketch.y === undefined && sketch.yearBy === undefined && (sketch.dir ?? 'tense') === 'tense' && sinceBefore(text, at)) return { ...sketch, dir: 'since' };
  if ((sketch.kind === 'part' || sketch.kind === 'holiday') && sketch.y === undefined && sketch.dir === 'tense' && sinceBefore(text, at)) return { ...sketch, dir: 'since' };
  return sketch;
}
const sinceBefore = (text: string, at: number) => SINCE_BEFORE.test(text.slice(Math.max(0, at - 8), at));

/** "to" and a verb in a headline (not "to the", not a name: "delivers final 717 to AirTran"). */
const HEADLINE_INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|its|their|our|be\s+\w+ed)\b)[a-z]+\b|\bto\s+be\s+\w+ed\b/;

/** The tense a sentence opens with (its markers nearest its start, within TENSE_REACH); 'unknown' without one. */
function openingTense(text: string, sentence: Sentence | undefined): Tense {
  if (!sentence) return 'unknown';
  return tenseAt(markersOf(text, sentence.start, Math.min(sentence.end, sentence.start + TENSE_REACH * 2)), sentence.start);
}

/** What a story has mentioned so far: the last date (for "the following day") and the last quarter named. */
interface Discourse {
  previous: string | null;
  previousEnd: number;
  /**
   * The last date that names a day, for a time of day: "expired at 09:42 UTC on Tuesday. A job had been switched off
   * the previous week. … paged at 09:51 UTC" is Tuesday's 09:51, though a week was mentioned since.
   */
  day: string | null;
  dayEnd: number;
  /** Whether that day was told in the body, not by a heading or a stamp (a timeline runs on only from the body). */
  dayInBody: boolean;
  /** The year the current sentence opens with, and where that sentence starts. */
  frame: string | null;
  frameSentence: number;
  period: string | null;
}

function tagBlock(text: string, block: Block, sentences: readonly Sentence[], story: Discourse, out: Timex[]) {
  const anchor = anchorOf(block.context);
  const anchorText = anchorValue(anchor); // once per block, not per expression
  let si = firstEndingAfter(sentences, block.start);
  let marked: Sentence = { start: -1, end: -1 };
  let markers: Markers = { future: [], past: [], deadlines: [], breaks: [], quotes: [], results: false };
  // a headline's infinitive is its future: "Russian markets to remain closed until Friday"
  const headlineAhead = block.role === 'headline' && HEADLINE_INFINITIVE.test(text.slice(block.start, block.end));
  let taken = block.start; // where the last expression ended: a modifier cannot reach back into it ("a year earlier 2025")
  for (const c of addDayOffsets(text, joinClockToDay(text, joinClockToSet(text, joinDurationParts(text, addListedDays(text, scan(text, block.start, block.end))))))) {
    const type = typeOf(c);
    const modifier = modifierOf(text, c, type);
    const start = modifier && modifier.start >= taken ? modifier.start : c.start;
    while (si < sentences.length && sentences[si]!.end <= c.start) si++;
    const sentence = sentences[si] && sentences[si]!.start <= c.start ? sentences[si]! : { start: block.start, end: block.end };
    // tense markers once per sentence; in an overlong "sentence" (no punctuation) only those near the expression
    const span = sentence.end - sentence.start <= TENSE_REACH * 2 ? sentence : { start: Math.max(sentence.start, c.start - TENSE_REACH), end: Math.min(sentence.end, c.end + TENSE_REACH) };
    const sketch = afterSince(text, start, c.built.sketch);
    // only an expression with a field the tense picks asks it (of shifts, tensedShift); the markers of its sentence
    // are found once
    const asksTense = sketch.kind !== 'clock' && (sketch.kind === 'shift' ? tensedShift(sketch) : !isAbsolute(sketch));
    if (asksTense && (span.start !== marked.start || span.end !== marked.end)) {
      marked = span;
      markers = markersOf(text, span.start, span.end, block.role === 'headline');
    }
    // a possessive weekday ("Wednesday's ruling") names something that has happened, unless it is an event that is
    // held or its noun's verb looks ahead, and the sentence tells when ("Saturday's home match will go ahead",
    // "Friday's commute will be rough")
    const possessive = asksTense && text.charCodeAt(c.end - 2) === 39 && text[c.end - 1] === 's' && !namesHeldEvent(text, c.end) && !futureFollows(markers, c.end);
    const own: Tense = possessive ? 'past' : asksTense ? tenseAt(markers, c.start, c.end) : 'unknown';
    // a headline without a verb of tense ("Soaking rain Thursday night into Friday") reads as the story's first
    // sentence, or ahead when it has an infinitive
    const verbless = block.role === 'headline' && own === 'unknown' && asksTense && !markers.future.length && !markers.past.length;
    // a day of the week in a sentence told in the present, with no marker of tense at all, is one to come
    // (not the day of an event a noun names: "The toll from the quake on Sunday is now 40" tells of a Sunday gone)
    const presentDay = own === 'unknown' && !markers.past.length && (sketch.kind === 'weekday' || (sketch.kind === 'shift' && sketch.grain === 'weekend')) &&
      PRESENT_VERB.test(text.slice(marked.start, marked.end)) && !EVENT_ON.test(text.slice(Math.max(marked.start, c.start - 30), c.start));
    const told = verbless ? (headlineAhead ? 'future' : openingTense(text, sentences[si + 1])) : presentDay ? 'future' : own;
    const tense = sketch.kind === 'part' ? periodTense(markers, told, PERIOD_ADJECTIVE.test(text.slice(c.start, c.end))) : told;
    // a time of day takes a day only from its own paragraph ("…on Dec. 3.\n\n…the meeting began at 10 a.m." is today)
    const ofDay = timeOfDay(sketch);
    const last = ofDay ? story.day : story.previous;
    const lastEnd = ofDay ? story.dayEnd : story.previousEnd;
    // … or, in the body, from an earlier one whose clock time it follows on a timeline ("at 10:25 p.m. on Thursday …
    // \n\n… at 11 p.m."); a heading's clock (a live blog's "1:40 p.m. ET") is the page's
    const timeline = ofDay && last !== null && block.role === 'body' && story.dayInBody && continuesTimeline(sketch, last);
    const reach = c.start - lastEnd <= ANAPHORA_REACH && (!ofDay || timeline || !text.slice(lastEnd, c.start).includes('\n'));
    const near = reach ? last : null;
    const frame = story.frameSentence === sentence.start ? story.frame : null;
    // (a past sentence's tense already orders its months: "fell in December and January" said in March)
    const listedAfter = tense !== 'past' && bareMonth(sketch) && story.previous !== null && c.start - story.previousEnd <= MAX_LIST_GAP &&
      MONTH_VALUE.test(story.previous) && LIST_GAP.test(text.slice(story.previousEnd, c.start));
    const done = listedAfter ? listedMonth(sketch.m, story.previous!) : resolveOne(sketch, anchor, tense, near, story.period, frame);
    if (tense !== told) done.how += ' — read as past though the sentence looks ahead: figures are reported for a period that is over';
    if (c.built.dayOffset) {
      done.value = movedDay(done.value, c.built.dayOffset);
      done.how += ` → the day ${c.built.dayOffset < 0 ? 'before' : 'after'}`;
    }
    const mod = modifier && start === modifier.start ? modifier.mod : c.built.mod;
    const phrase = text.slice(start, c.end);
    // field by field, not spreads of optional ones: this runs once per expression (key order as before)
    const timex = { text: phrase, start, end: c.end, type, value: done.value } as Timex;
    if (mod) timex.mod = mod;
    if (c.built.freq) timex.freq = c.built.freq;
    if (c.built.quant) timex.quant = c.built.quant;
    timex.resolution = {
      rule: c.rule.id,
      reason: `'${phrase}' → ${done.how} → ${done.value}`,
      anchor: { value: done.source === 'previous-date' ? done.from! : anchorText, source: done.source, provenance: block.context.provenance },
      estimated: done.estimated,
    };
    out.push(timex);
    taken = c.end;
    if ((type === 'DATE' || type === 'TIME') && yearLed(done.value)) {
      story.previous = done.value;
      story.previousEnd = c.end;
      if (namesDay(done.value)) (story.day = done.value), (story.dayEnd = c.end), (story.dayInBody = block.role === 'body');
      // a sentence that opens with a year ("Last year, floods … between May and July") sets the year of its months
      // (or a clause after a semicolon: "…far higher; in 2024, … between March and July")
      const opens = start - sentence.start <= FRAME_REACH || text.slice(Math.max(sentence.start, start - FRAME_REACH - 1), start).includes(';');
      if (done.value.length === 4 && opens) (story.frame = done.value), (story.frameSentence = sentence.start);
      if (done.value.length === 7 && done.value[5] === 'Q' && done.source !== 'previous-date') story.period = done.value;
    }
  }
}

/** Tags and normalises the temporal expressions of `text`, each against the context of the block that holds it. */
export function tagTemporal(text: string, blocks: readonly Block[], sentences: readonly Sentence[]): Timex[] {
  const out: Timex[] = [];
  const stories = new Map<number, Discourse>();
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    const fresh: Discourse = { previous: null, previousEnd: -Infinity, day: null, dayEnd: -Infinity, dayInBody: false, period: null, frame: null, frameSentence: -1 };
    const story = block.story < 0 ? fresh : (stories.get(block.story) ?? fresh);
    stories.set(block.story, story);
    tagBlock(text, block, sentences, story, out);
  }
  return out;
}

