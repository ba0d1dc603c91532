import * as v from 'valibot';
import { isCalendarDay } from '../lib/iso-day';

// The shape of a corpus document (src/corpus/documents/*.json). Validated at build time; a bad document fails the
// build naming the file, the field and the reason.
const IsoDay = v.pipe(
  v.string(),
  v.check(isCalendarDay, (issue) => `not a calendar day YYYY-MM-DD (got ${JSON.stringify(issue.input)})`),
);

const Provenance = v.picklist(['stated', 'curated', 'estimated', 'unknown']);

const Publication = v.pipe(
  v.strictObject({
    date: v.nullable(IsoDay),
    provenance: Provenance,
    note: v.pipe(v.string(), v.minLength(1, 'must say where the date comes from')),
  }),
  v.check(
    (p) => (p.provenance === 'unknown') === (p.date === null),
    'date must be null exactly when provenance is "unknown"',
  ),
);

const NO_BAD_TEXT = /[\uFFFD\u0000]/;

export const CorpusDocumentSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes')),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty')),
  source: v.pipe(v.string(), v.minLength(1, 'must name the source file or page')),
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https:// address'))),
  publication: Publication,
  /** Curated contexts for further stories on the page, keyed by how the story's text starts. */
  stories: v.optional(
    v.array(v.strictObject({ startsWith: v.pipe(v.string(), v.minLength(8)), publication: Publication })),
  ),
  text: v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.check((t) => !NO_BAD_TEXT.test(t), 'contains U+FFFD or NUL: the text was not decoded as UTF-8'),
  ),
});

export type CorpusDocument = v.InferOutput<typeof CorpusDocumentSchema>;
