import * as v from 'valibot';
import type { GazetteerCountry, GazetteerPerson } from '../types';
import countriesData from './data/countries.json';
import peopleData from './data/people.json';
import rolesData from './data/roles.json';

// The gazetteer tables (data/*.json), validated once at load: a malformed entry, a duplicate id, or a tenure that
// names an unknown role or country throws, naming the entry. Read-only for every stage that imports it.

/** A role from data/roles.json: the titles that announce it in text and a plain label. */
export interface GazetteerRole {
  id: string;
  titles: string[];
  label: string;
}

const Id = v.pipe(v.string(), v.regex(/^[a-z]+(?:-[a-z]+)*$/, 'id must be kebab-case'));
const Day = v.nullable(v.pipe(v.string(), v.isoDate('date must be YYYY-MM-DD')));
const Words = v.array(v.pipe(v.string(), v.trim(), v.nonEmpty('empty name')));

const RoleSchema = v.strictObject({ id: Id, titles: Words, label: v.pipe(v.string(), v.nonEmpty()) });
const CountrySchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'code must be ISO 3166-1 alpha-2')),
  name: v.pipe(v.string(), v.nonEmpty()),
  aliases: Words,
  demonyms: Words,
  capitals: Words,
});
const TenureSchema = v.pipe(
  v.strictObject({ role: Id, country: v.string(), from: Day, to: Day, source: v.optional(v.string()) }),
  v.check((t) => t.from === null || t.to === null || t.from <= t.to, 'tenure ends before it starts'),
);
const PersonSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^Q\d+$/, 'id must be a Wikidata QID')),
  name: v.pipe(v.string(), v.nonEmpty()),
  aliases: Words,
  surnames: Words,
  roles: v.array(TenureSchema),
});

/** Validates every row of a table; throws naming the first bad or duplicate entry. */
function load<T>(table: string, schema: v.GenericSchema<unknown, T>, rows: unknown[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const parsed = v.safeParse(schema, row);
    const named = row as { id?: unknown; code?: unknown };
    const label = `${table}[${i}] ${JSON.stringify(named?.id ?? named?.code ?? null)}`;
    if (!parsed.success) throw new Error(`gazetteer: bad entry ${label}: ${parsed.issues.map((x) => x.message).join('; ')}`);
    const id = key(parsed.output);
    if (seen.has(id)) throw new Error(`gazetteer: duplicate id ${label}`);
    seen.add(id);
    return parsed.output;
  });
}

/** Builds the validated tables from raw rows (exported for tests of the validation itself). */
export function buildGazetteer(raw: { roles: unknown[]; countries: unknown[]; people: unknown[] }) {
  const roles = load<GazetteerRole>('roles', RoleSchema, raw.roles, (r) => r.id);
  const countries = load<GazetteerCountry>('countries', CountrySchema, raw.countries, (c) => c.code);
  const people = load<GazetteerPerson>('people', PersonSchema, raw.people, (p) => p.id);
  const roleIds = new Set(roles.map((r) => r.id));
  const codes = new Set(countries.map((c) => c.code));
  for (const p of people) {
    for (const t of p.roles) {
      if (!roleIds.has(t.role)) throw new Error(`gazetteer: person ${p.id} (${p.name}) has unknown role "${t.role}"`);
      if (!codes.has(t.country)) throw new Error(`gazetteer: person ${p.id} (${p.name}) has unknown country "${t.country}"`);
    }
  }
  return { roles, countries, people };
}

const gazetteer = buildGazetteer({ roles: rolesData, countries: countriesData, people: peopleData });

export const roles: readonly GazetteerRole[] = gazetteer.roles;
export const countries: readonly GazetteerCountry[] = gazetteer.countries;
export const people: readonly GazetteerPerson[] = gazetteer.people;
