import type { CompiledRule } from './lexicon';

// Headlines from the parsed parts: "{who} {verb} {object} in {place}", present tense, no final period, at most
// MAX characters and always cut between words. {who} is the people's names, else the subject the text gives
// ("Ukrainian military"), else the countries.
const MAX = 90;
const OBJECT_WORDS = 5;
/** Words that end an object phrase once it has two words ("photos and footage | of what appear …"). */
const OBJECT_STOPS = new Set(['of', 'to', 'for', 'with', 'in', 'on', 'at', 'from', 'about', 'against', 'amid', 'as', 'that', 'which', 'who', 'over', 'after', 'before', 'during', 'while', 'by', 'since', 'calling', 'saying', 'into', 'toward', 'towards', 'across', 'near', 'off', 'under']);
const TRAILING = new Set([...OBJECT_STOPS, 'and', 'or', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Words dropped from the edges of a subject phrase ("the Ukrainian military has" → "Ukrainian military"). */
const SUBJECT_EDGES = new Set([
  'the', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'both', 'reportedly', 'recently', 'earlier',
  'it', 'that', 'to', 'be', 'been', 'held', 'hold', 'holds', 'a',
  // a clause's own conjunction: "… while Reform UK leader Nigel Farage was elected"
  'while', 'whereas', 'and', 'but', 'as', 'when', 'after', 'since', 'although', 'though', 'because', 'if',
]);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'their', 'his', 'her', 'its', 'this', 'these']);
/** Where a subject ends and its verb begins: "European Union leaders | will gather in Brussels … for a (summit)". */
const AUXILIARIES = new Set(['will', 'would', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'can', 'could', 'should', 'may', 'might', 'must']);

export interface TitleParts {
  rule: CompiledRule;
  people: string[];
  /** Text of the region before the trigger. */
  before: string;
  /** Text of the region after the trigger, up to the first date. */
  after: string;
  countryNames: string[];
  place: string | null;
}

const words = (s: string) => s.replace(/["“”‘’]/gu, ' ').split(/\s+/u).filter(Boolean);
const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export function subjectPhrase(before: string): string | null {
  for (const chunk of before.replace(/\([^)]*\)/gu, ' ').split(/[,:;(—–]|\s-\s/u).reverse()) {
    const w = words(chunk);
    while (w.length && SUBJECT_EDGES.has(w[0]!.toLowerCase())) w.shift();
    const verb = w.findIndex((x, i) => i > 0 && AUXILIARIES.has(x.toLowerCase()));
    if (verb > 0) w.splice(verb);
    while (w.length && SUBJECT_EDGES.has(w.at(-1)!.toLowerCase())) w.pop();
    if (w.length === 0) continue;
    if (w.length > 8 || w.every((x) => PRONOUNS.has(x.toLowerCase()))) return null;
    return w.join(' ').replace(/['’]s$/u, '');
  }
  return null;
}

/** The head of a noun phrase: its last word before a preposition ("Senior European officials", "ministers from …"). */
const headNoun = (phrase: string) => phrase.split(/\s+(?:of|from|in|at|with)\s+/u)[0]!.split(' ').at(-1) ?? '';

export function objectPhrase(after: string): string {
  const out: string[] = [];
  for (const raw of words(after.split(/[,;:.!?()]/u)[0] ?? '')) {
    if (out.length >= OBJECT_WORDS || (out.length >= 2 && OBJECT_STOPS.has(raw.toLowerCase()))) break;
    out.push(raw);
  }
  if (out.length && /^\p{Lu}/u.test(out[1] ?? '') && out[0] === 'to') out.shift(); // "visit to South Korea"
  while (out.length && ['the', 'a', 'an', 'that'].includes(out[0]!.toLowerCase())) out.shift();
  // A name ends the object: "North Korea | of sending", "South Korea | revealed …".
  const name = out.findIndex((w) => !/^\p{Lu}/u.test(w));
  if (/^\p{Lu}/u.test(out[0] ?? '') && name > 0) out.splice(name);
  while (out.length && TRAILING.has(out.at(-1)!.toLowerCase())) out.pop();
  return out.join(' ');
}

export function headline(p: TitleParts): string {
  const title = compose(p, p.people);
  if (title.length <= MAX || p.people.length < 2) return title.length > MAX ? title.slice(0, title.lastIndexOf(' ', MAX)) : title;
  return compose(p, [p.people[0]!, 'others']);
}

function compose(p: TitleParts, people: string[]): string {
  const subject = people.length ? list(people) : (subjectPhrase(p.before) ?? list(p.countryNames));
  const plural = people.length > 1 || / and /u.test(subject) || (people.length === 0 && /[^s'’]s$/u.test(headNoun(subject)));
  const fill = (object: string, place: string | null) => {
    const template = people.length === 1 && p.rule.alone ? p.rule.alone : p.rule.title;
    const body = template
      .replace('{who}', subject)
      .replace('{s}', plural ? '' : 's')
      .replace('{es}', plural ? '' : 'es')
      .replace('{object}', object)
      .replace(/\s+/gu, ' ')
      .trim();
    const at = place && !body.includes(place) ? ` in ${place}` : '';
    return (body + at).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  };
  const place = p.place?.split(',')[0] ?? null;
  let object = objectPhrase(p.after);
  let title = fill(object, place);
  if (title.length > MAX) title = fill(object, null);
  while (title.length > MAX && object) {
    object = object.split(' ').slice(0, -1).join(' ');
    title = fill(object, null);
  }
  return title;
}
