import * as v from 'valibot';
import type { GazetteerCountry, GazetteerPerson } from '../types';
import countriesData from './data/countries.json';
import nonCountryData from './data/non-country-phrases.json';
import peopleData from './data/people.json';
import rolesData from './data/roles.json';

// The gazetteer tables (data/*.json), validated once at load: a malformed entry, a duplicate id, or a reference to
// an unknown role or country throws, naming the entry. Read-only for every stage that imports it.

/** A role from data/roles.json: the titles that announce it in text and a plain label. */
export interface GazetteerRole {
  id: string;
  titles: string[];
  label: string;
  /** Other roles this title also covers ("leader" covers president, prime minister, …). */
  includes?: string[];
  /** The title names someone who held this role before the date ("former President" → president). */
  former?: string;
}

/** A phrase that contains a country word but does not name the country ("South China Sea"). */
export interface NonCountryPhrase {
  text: string;
  reason: string;
}

/** Offices that belong to a union of countries rather than one country (not ISO 3166-1 countries). */
export const SUPRANATIONAL = new Set(['EU']);

const Id = v.pipe(v.string(), v.regex(/^[a-z]+(?:-[a-z]+)*$/, 'id must be kebab-case'));
const Day = v.nullable(v.pipe(v.string(), v.isoDate('date must be YYYY-MM-DD')));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('empty text'));

const RoleSchema = v.strictObject({ id: Id, titles: v.array(Text), label: Text, includes: v.optional(v.array(Id)), former: v.optional(Id) });
const CountrySchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'code must be ISO 3166-1 alpha-2')),
  name: Text,
  aliases: v.array(Text),
  demonyms: v.array(Text),
  capitals: v.array(Text),
});
const TenureSchema = v.pipe(
  v.strictObject({ role: Id, country: v.string(), from: Day, to: Day, source: v.optional(v.string()) }),
  v.check((t) => t.from === null || t.to === null || t.from <= t.to, 'tenure ends before it starts'),
);
const PersonSchema = v.strictObject({
  // A Wikidata QID once verified; until then a local id (see data/README.md), never a guessed QID.
  id: v.pipe(v.string(), v.regex(/^(?:Q\d+|local:[a-z]+(?:-[a-z]+)*)$/, 'id must be a Wikidata QID or local:kebab-name')),
  name: Text,
  aliases: v.array(Text),
  surnames: v.array(Text),
  roles: v.array(TenureSchema),
});
const NonCountrySchema = v.strictObject({ text: Text, reason: Text });

/** Validates every row of a table; throws naming the first bad or duplicate entry. */
function load<T>(table: string, schema: v.GenericSchema<unknown, T>, rows: unknown[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const parsed = v.safeParse(schema, row);
    const named = row as { id?: unknown; code?: unknown; text?: unknown } | null;
    const label = `${table}[${i}] ${JSON.stringify(named?.id ?? named?.code ?? named?.text ?? null)}`;
    if (!parsed.success) throw new Error(`gazetteer: bad entry ${label}: ${parsed.issues.map((x) => x.message).join('; ')}`);
    const id = key(parsed.output);
    if (seen.has(id)) throw new Error(`gazetteer: duplicate id ${label}`);
    seen.add(id);
    return parsed.output;
  });
}

function fail(what: string, ref: string): never {
  throw new Error(`gazetteer: ${what} refers to unknown ${ref}`);
}

/** Builds the validated tables from raw rows (exported for tests of the validation itself). */
export function buildGazetteer(raw: { roles: unknown[]; countries: unknown[]; people: unknown[]; nonCountry?: unknown[] }) {
  const roles = load<GazetteerRole>('roles', RoleSchema, raw.roles, (r) => r.id);
  const countries = load<GazetteerCountry>('countries', CountrySchema, raw.countries, (c) => c.code);
  const people = load<GazetteerPerson>('people', PersonSchema, raw.people, (p) => p.id);
  const nonCountry = load<NonCountryPhrase>('non-country-phrases', NonCountrySchema, raw.nonCountry ?? [], (n) => n.text);
  const roleIds = new Set(roles.map((r) => r.id));
  const codes = new Set(countries.map((c) => c.code));
  for (const r of roles) {
    for (const ref of [...(r.includes ?? []), ...(r.former ? [r.former] : [])]) {
      if (!roleIds.has(ref)) fail(`role "${r.id}"`, `role "${ref}"`);
    }
  }
  for (const p of people) {
    for (const t of p.roles) {
      if (!roleIds.has(t.role)) fail(`person ${p.id} (${p.name})`, `role "${t.role}"`);
      if (!codes.has(t.country) && !SUPRANATIONAL.has(t.country)) fail(`person ${p.id} (${p.name})`, `country "${t.country}"`);
    }
  }
  return { roles, countries, people, nonCountry };
}

const gazetteer = buildGazetteer({ roles: rolesData, countries: countriesData, people: peopleData, nonCountry: nonCountryData });

export const roles: readonly GazetteerRole[] = gazetteer.roles;
export const countries: readonly GazetteerCountry[] = gazetteer.countries;
export const people: readonly GazetteerPerson[] = gazetteer.people;
export const nonCountryPhrases: readonly NonCountryPhrase[] = gazetteer.nonCountry;
