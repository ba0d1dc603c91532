import type { GazetteerPerson, IsoDate, RoleTenure } from '../types';
import { countries, type GazetteerRole, people, roles } from './gazetteer';

// Who held what, when: the questions matching asks of the role tenures. A window is the span a mention is dated
// to (inclusive; null = open on that side; both null = unknown date).

export interface Window {
  from: IsoDate | null;
  to: IsoDate | null;
}

const roleOrder = new Map(roles.map((r, i) => [r.id, i]));
const countryCodes = new Set(countries.map((c) => c.code));
/** People by the countries (or unions) they held office in: the pool for an office holder. */
const byCountry = new Map<string, GazetteerPerson[]>();
for (const p of people) for (const c of new Set(p.roles.map((t) => t.country))) byCountry.set(c, [...(byCountry.get(c) ?? []), p]);

export const isUnknown = (w: Window) => w.from === null && w.to === null;

export function overlaps(t: RoleTenure, w: Window): boolean {
  return (t.from === null || w.to === null || t.from <= w.to) && (t.to === null || w.from === null || w.from <= t.to);
}

/** True when the tenure answers to a title of this role ("President" also covers a suspended president). */
const covers = (role: GazetteerRole, t: RoleTenure) => t.role === role.id || (role.includes ?? []).includes(t.role);

/** Tenures that make the person answer to the title within the window (any time when the window is unknown). */
export function tenuresForTitle(person: GazetteerPerson, role: GazetteerRole, w: Window): RoleTenure[] {
  if (role.former) {
    // "former President": a presidency that had ended by the end of the window, and no presidency at that point.
    const point = w.to ?? w.from;
    const again = point !== null && person.roles.some((t) => t.role === role.former && (t.to === null || t.to > point) && overlaps(t, { from: point, to: point }));
    return again ? [] : person.roles.filter((t) => t.role === role.former && t.to !== null && (w.to === null || t.to <= w.to));
  }
  return person.roles.filter((t) => covers(role, t) && overlaps(t, w));
}

/** People holding the office in that country within the window. */
export function officeHolders(role: GazetteerRole, country: string, w: Window): GazetteerPerson[] {
  return (byCountry.get(country) ?? []).filter((p) => tenuresForTitle(p, role, w).some((t) => t.country === country));
}

/** The role and country to report for a person at a date: the title's tenure if it fits, else the senior role. */
export function describe(person: GazetteerPerson, w: Window, title?: GazetteerRole): { role: string | null; country: string | null } {
  const fitting = title ? tenuresForTitle(person, title, w) : [];
  const current = isUnknown(w) ? [] : person.roles.filter((t) => overlaps(t, w));
  const chosen = fitting[0] ?? [...current].sort((a, b) => roleOrder.get(a.role)! - roleOrder.get(b.role)!)[0];
  const label = title?.former && fitting.length ? title.label : chosen ? roleById(chosen.role).label : null;
  const homes = [...new Set(person.roles.map((t) => t.country).filter((c) => countryCodes.has(c)))];
  const country = chosen ? (countryCodes.has(chosen.country) ? chosen.country : null) : homes.length === 1 ? homes[0]! : null;
  return { role: label, country };
}

export function roleById(id: string): GazetteerRole {
  const role = roles.find((r) => r.id === id);
  if (!role) throw new Error(`unknown role ${id}`);
  return role;
}
