// Stage interfaces of the Dateline pipeline: text → blocks/stories → sentences → timexes → actors → events.
// Pure data: no DOM, no React, no wall clock. Every stage result carries the rule that made it (`rule`) and a
// plain-words `reason`, so the UI can explain why anything is where it is.

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

/** How a publication context is known, in order of trust. */
export type Provenance = 'stated' | 'curated' | 'estimated' | 'unknown';

/** A piece of text evidence used to estimate when a story was written. */
export interface Clue {
  kind: 'role' | 'named-event' | 'year' | 'tense' | 'neighbour' | 'stated-date';
  text: string;
  start: number;
  end: number;
  /** The window this clue allows (inclusive); null = open on that side. */
  from: IsoDate | null;
  to: IsoDate | null;
  reason: string;
  rule: string;
}

/** When a story was published: a day when known, otherwise a window [from, to], or nothing. */
export interface PublicationContext {
  /** The publication day when known to the day (stated or curated, or an estimate narrowed to one day). */
  value: IsoDate | null;
  /** Inclusive window; equals value when the day is known; null when unbounded/unknown. */
  from: IsoDate | null;
  to: IsoDate | null;
  provenance: Provenance;
  /** Where it came from, in plain words ("stated: 'Update: 2024-12-19 08:21 GMT'", a curated source, …). */
  note: string;
  /** Estimation evidence (provenance 'estimated'). */
  clues?: Clue[];
  /** 0..1, for estimated contexts. */
  confidence?: number;
}

export type BlockKind = 'main' | 'teaser' | 'boilerplate';

/** A contiguous span of the page with one role and one publication context. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Finer role inside the kind, e.g. 'headline', 'dateline', 'body', 'label', 'clock', 'summary'. */
  role: string;
  /** Index of the story this block belongs to (blocks of one story share a context); -1 for boilerplate. */
  story: number;
  context: PublicationContext;
  rule: string;
  reason: string;
}

export interface Sentence {
  start: number;
  end: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Granularity =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'time'
  | 'unknown';

/** How a timex got its value. */
export interface Resolution {
  /** Id of the extraction/normalisation rule. */
  rule: string;
  /** Plain words: "'last Saturday' → the Saturday before Thu 19 Dec 2024 → 14 Dec 2024". */
  reason: string;
  /** What it was resolved against. */
  anchor: {
    value: string | null;
    source: 'publication' | 'previous-date' | 'none';
    provenance: Provenance;
  };
  /** True when the value depends on an estimated (windowed) publication context. */
  estimated: boolean;
}

/** A TimeML TIMEX3 with offsets (UTF-16, so `text === input.slice(start, end)`). */
export interface Timex {
  text: string;
  start: number;
  end: number;
  type: TimexType;
  /** TimeML value: 2024-12-14, 2024-12, 2025-W02, 2025, P3D, PRESENT_REF, XXXX-XX-XX, … */
  value: string;
  mod?: string;
  freq?: string;
  quant?: string;
  resolution: Resolution;
}

export type ActorKind = 'person' | 'country';

/** One mention of an actor in the text. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  /** Gazetteer id (Wikidata QID for people, ISO 3166-1 alpha-2 for countries); null = recognised but unlinked. */
  actorId: string | null;
  /** Canonical name (or the mention text for unlinked people). */
  name: string;
  /** ISO 3166-1 alpha-2 of the person's country (at that date) or of the country itself. */
  country: string | null;
  /** The role at the time, when known ("acting president"). */
  role: string | null;
  rule: string;
  reason: string;
}

/** The temporal expression that dates an event, with how it was resolved. */
export interface DateEvidence {
  text: string;
  start: number;
  end: number;
  value: string;
  resolution: Resolution;
}

export interface EventDate {
  /** TIMEX3 value (2024-12-14, 2024-12, 2025-W02, …). */
  value: string;
  granularity: Granularity;
  /** Calendar span the value covers, inclusive. */
  from: IsoDate;
  to: IsoDate;
  estimated: boolean;
}

export interface UnlinkedActor {
  name: string;
  role: string | null;
  country: string | null;
}

/** One report of an event in one document. */
export interface EventSource {
  docId: string;
  /** Sentence offsets in the document text. */
  start: number;
  end: number;
  sentence: string;
  evidence: DateEvidence | null;
  context: PublicationContext;
}

export interface TimelineEvent {
  id: string;
  title: string;
  date: EventDate;
  /** 'happened': dated by an expression; 'reported': no date of its own, placed at its story's publication. */
  dating: 'happened' | 'reported';
  /** Linked people, with their role at the event's date when known ("acting president"). */
  actors: { id: string; name: string; role?: string }[];
  /** People named with a role cue but not in the gazetteer ("Lt. Gen. Kyrylo Budanov"): kept, shown as unlinked. */
  unlinked?: UnlinkedActor[];
  countries: string[];
  /** Document and sentence that state the event (the first source). */
  docId: string;
  start: number;
  end: number;
  sources: EventSource[];
  rule: string;
  reason: string;
  /** Kind of happening from the trigger lexicon ('meeting', 'call', 'impeachment', …). */
  type?: string;
  /** The words that name the happening in the first source ("held phone talks", "was impeached"). */
  trigger?: { text: string; start: number; end: number; rule: string };
  /** Where it happened, when the text states it ("Kananaskis, Alberta"). */
  place?: string;
  /** "first summit" → 1, "second meeting" → 2: different ordinals are different happenings. */
  ordinal?: number;
  /** Ids of events folded or merged into this one (the bundle's `aliases` map each of them to this id). */
  aliases?: string[];
}

/** Everything the pipeline knows about one document. */
export interface DocumentAnalysis {
  docId: string;
  /** The page's own publication context (from --dct, the corpus, the page, or estimated). */
  dct: PublicationContext;
  blocks: Block[];
  sentences: Sentence[];
  timexes: Timex[];
  mentions: ActorMention[];
  events: TimelineEvent[];
}

/** The immutable input every stage receives. */
export interface PipelineInput {
  readonly docId: string;
  readonly text: string;
  /** The page's publication context when supplied (curated corpus entry or --dct); null = find or estimate it. */
  readonly supplied: PublicationContext | null;
  /** Curated contexts for further stories of the page, keyed by the text their first block starts with. */
  readonly curatedStories?: readonly { startsWith: string; context: PublicationContext }[];
}

/** A role held for a period (inclusive dates; null = open). Gazetteer data, see src/pipeline/actors/data/. */
export interface RoleTenure {
  /** Role id from roles data: 'president', 'acting-president', 'president-elect', 'prime-minister', … */
  role: string;
  /** ISO 3166-1 alpha-2, or 'EU' for EU offices. */
  country: string;
  from: IsoDate | null;
  to: IsoDate | null;
  /** Where the dates come from. */
  source?: string;
}

export interface GazetteerPerson {
  /** Wikidata QID. */
  id: string;
  name: string;
  /** Other spellings and transliterations of the full name. */
  aliases: string[];
  /** Surname(s) used alone or after a title ("Ishiba", "Lee"). */
  surnames: string[];
  roles: RoleTenure[];
}

export interface GazetteerCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

/** A corpus document as shipped to the app, with the pipeline's analysis of it. */
export interface BundledDocument {
  id: string;
  title: string;
  source: string;
  url?: string;
  text: string;
  dct: PublicationContext;
  blocks: Block[];
  timexes: Timex[];
  mentions: ActorMention[];
}

/** What the build ships as `data/corpus.json` and the app loads. */
export interface CorpusBundle {
  /** Hash of the inputs; changes whenever the corpus or the pipeline output changes. */
  version: string;
  documents: BundledDocument[];
  /** All events, sorted by date.from then id. */
  events: TimelineEvent[];
  /** Ids of events merged away → the id of the event that absorbed them (old deep links keep working). */
  aliases: Record<string, string>;
}
