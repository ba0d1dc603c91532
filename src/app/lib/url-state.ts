// The URL, described once: this schema is read by the hook (useUrlState), written by the link builder (linkTo) and
// checked by the start-up audit (auditSearch). e2e builds its deep links from the same keys.
import { createParser, createSerializer, parseAsArrayOf, parseAsString, useQueryStates, type inferParserType } from 'nuqs';
import { isCalendarDay } from '../../lib/iso-day';

export interface DayRange {
  from: string;
  to: string;
}

const ID = /^[A-Za-z0-9_.:-]{1,120}$/;
const COUNTRY = /^[A-Z]{2}$/;

const idParser = createParser<string>({ parse: (v) => (ID.test(v) ? v : null), serialize: (v) => v });
const countryParser = createParser<string>({ parse: (v) => (COUNTRY.test(v) ? v : null), serialize: (v) => v });

/** Which date places an event: when it happened, or when it was first reported. Absent = happened. */
export const AXES = ['happened', 'reported'] as const;
export type Axis = (typeof AXES)[number];
const axisParser = createParser<Axis>({ parse: (v) => AXES.find((a) => a === v) ?? null, serialize: (v) => v });

/** One calendar day, `YYYY-MM-DD`. */
export const dayParser = createParser<string>({ parse: (v) => (isCalendarDay(v) ? v : null), serialize: (v) => v });

/** `2024-11-01..2025-02-01`: two calendar days in order. */
export const dayRangeParser = createParser<DayRange>({
  parse: (v) => {
    const [from, to, ...rest] = v.split('..');
    if (rest.length || !from || !to || !isCalendarDay(from) || !isCalendarDay(to) || from > to) return null;
    return { from, to };
  },
  serialize: (r) => `${r.from}..${r.to}`,
  eq: (a, b) => a.from === b.from && a.to === b.to,
});

export const urlSchema = {
  /** Selected event id (or an alias of a merged event). */
  event: idParser,
  /** Document open in the reader. */
  doc: idParser,
  /** Person facet: Wikidata ids, OR within, AND with the other filters. */
  people: parseAsArrayOf(idParser).withDefault([]),
  /** Country facet: ISO 3166-1 alpha-2 codes. */
  countries: parseAsArrayOf(countryParser).withDefault([]),
  /** Text search over titles and sentences. */
  q: parseAsString.withDefault(''),
  /** Date-range filter (events overlapping it). */
  dates: dayRangeParser,
  /** Visible timeline window. */
  view: dayRangeParser,
  /** Timeline and list axis: `reported` places each event at its first report (absent = when it happened). */
  axis: axisParser,
  /** "As known on" this day: reports published later are hidden. */
  known: dayParser,
};

export type UrlState = inferParserType<typeof urlSchema>;
export type UrlKey = keyof typeof urlSchema;
export const URL_KEYS = Object.keys(urlSchema) as UrlKey[];

/** Selections and filters push history entries (back/forward walks them); window moves and typing replace. */
export function useUrlState() {
  return useQueryStates(urlSchema, { history: 'push' });
}

const serialize = createSerializer(urlSchema);

/** The query string (with `?`, or '' when empty) for a state, e.g. for copy-link and reader links. */
export function linkTo(state: Partial<{ [K in UrlKey]: UrlState[K] | null }>): string {
  return serialize(state);
}

const shown = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Drops unknown keys and invalid values from a query string before the app reads it, saying what was dropped.
 * Pure: the caller writes the cleaned search back with history.replaceState and shows the notices.
 */
export function auditSearch(search: string): { search: string; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const kept: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const raw = params.getAll(key);
    if (!(URL_KEYS as string[]).includes(key)) {
      notices.push(`Ignored unknown link parameter ${shown(key)}.`);
      continue;
    }
    const k = key as UrlKey;
    if (raw.length > 1) notices.push(`Link parameter "${k}" was given ${raw.length} times; kept the first.`);
    const value = raw[0]!;
    if (k === 'people' || k === 'countries') {
      const items = value === '' ? [] : value.split(',');
      const good = items.filter((item) => (k === 'people' ? ID : COUNTRY).test(item));
      for (const bad of items.filter((item) => !good.includes(item))) notices.push(`Ignored invalid ${k} value ${shown(bad)}.`);
      if (good.length) kept[k] = good;
    } else {
      const parsed = urlSchema[k].parse(value);
      if (parsed === null) notices.push(`Ignored invalid ${k} value ${shown(value)}.`);
      else if (parsed !== '') kept[k] = parsed;
    }
  }
  return { search: serialize(kept as Partial<UrlState>), notices: capped(notices) };
}

/** A link with thousands of bad list items says so in a few lines, not thousands. */
const MAX_NOTICES = 8;
function capped(notices: string[]): string[] {
  const unique = [...new Set(notices)];
  if (unique.length <= MAX_NOTICES) return unique;
  return [...unique.slice(0, MAX_NOTICES - 1), `…and ${unique.length - MAX_NOTICES + 1} more problems with the link.`];
}
