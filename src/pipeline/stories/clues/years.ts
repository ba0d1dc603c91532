import type { Evidence, Piece } from './evidence';

// Year clues: a past-looking mention of a month or year ("in December 2024", "since 2023") says the story was
// written on or after its start. Skipped in sentences that talk about the future ("will … in 2030", "by 2030").

export const YEAR_STRENGTH = 0.5;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MENTION = new RegExp(`\\b(in|since|during)\\s+(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d\\d)\\b(?![-–/]\\d)`, 'giu');
const FUTURE = /\b(will|would|shall|plans?|planned|aims?|targets?|expect(s|ed)?|forecast|projected|scheduled|set to|by|until|next|upcoming)\b/iu;

const sentenceAround = (text: string, at: number) => {
  const start = Math.max(text.lastIndexOf('. ', at) + 1, 0);
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? text.length : end);
};

export function yearClues(piece: Piece): Evidence[] {
  const out: Evidence[] = [];
  for (const m of piece.text.matchAll(MENTION)) {
    if (FUTURE.test(sentenceAround(piece.text, m.index))) continue;
    const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 1;
    const from = `${m[3]}-${String(month).padStart(2, '0')}-01`;
    const start = piece.start + m.index;
    out.push({
      clue: { kind: 'year', text: m[0], start, end: start + m[0].length, rule: 'year.past-mention', reason: `'${m[0]}' is told as past, so written on or after ${from}` },
      allowed: [{ from, to: null }],
      strength: YEAR_STRENGTH,
    });
  }
  return out;
}
