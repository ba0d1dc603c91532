// Spelling variants generated from one written form, so the data lists only the irregular transliterations
// (Zelenskiy/Zelenskyy) and not every hyphenation or accent of each name.

/** The form without diacritics: "António" → "Antonio", "Orbán" → "Orban". */
export const foldAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/**
 * Variants of a personal name: accents folded; a hyphenated given name split or capitalized
 * ("Lee Jae-myung" → "Lee Jae Myung", "Lee Jae-Myung"); a three-part East Asian name joined
 * ("Yoon Suk Yeol" → "Yoon Suk-yeol", "Yoon Suk-Yeol"). The original form comes first.
 */
export function nameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const add = (s: string) => {
    out.add(s);
    out.add(foldAccents(s));
  };
  add(name);
  const hyphenated = /^(.* )?(\p{Lu}\p{Ll}+)-(\p{Ll})(\p{Ll}*)$/u.exec(name);
  if (hyphenated) {
    const [, head = '', first, initial = '', rest] = hyphenated;
    add(`${head}${first} ${initial.toUpperCase()}${rest}`);
    add(`${head}${first}-${initial.toUpperCase()}${rest}`);
  }
  const words = name.split(' ');
  if (words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
    add(`${words[0]} ${words[1]}-${words[2]!.toLowerCase()}`);
    add(`${words[0]} ${words[1]}-${words[2]}`);
  }
  return [...out];
}

/** The plural of a title: "Foreign Minister" → "Foreign Ministers", "Secretary" → "Secretaries"; null when the head noun is not last ("Secretary of State"). */
export function pluralTitle(title: string): string | null {
  if (!/\p{L}$/u.test(title) || /-elect$| of /i.test(title) || /s$/.test(title)) return null;
  if (/[^aeiou]y$/i.test(title)) return `${title.slice(0, -1)}ies`;
  return `${title}s`;
}
