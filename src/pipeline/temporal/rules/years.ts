import type { RuleSpec } from '../rule';
import type { Built } from '../sketch';
import { readOrdinal } from '../words';
import { fullYear } from './read';

// Years, decades and centuries: "1910", "since '82", "fiscal 1997", "the 1990s", "the '80s", "the 20th century".

/** Words after a number that make it a quantity, not a year ("2000 troops", "1500 people"). */
const QUANTITY_AFTER = /^\s+(?:[a-z]+s|people|percent|per|mph|km|kg|feet|metres|meters|miles|tons|tonnes|pounds|dollars|yen|won|euros)\b/;
const NOT_A_PLURAL = /^\s+(?:was|has|is|as|does|saw|this|his|its|thus|yes|plus|versus|vs|us)\b/;

/** A fiscal year as written after "fiscal" or "FY": "1997", "'98", "25". */
const fiscalYear = (written: string): Built => ({ sketch: { kind: 'value', value: String(fullYear(written.replace("'", ''))) } });

export const YEAR_RULES: readonly RuleSpec[] = [
  {
    id: 'year.bare', head: '\\d{4}', type: 'DATE', pattern: '(?<![$£€#¥.,\\d/]|(?<!\\d{3})\\d-)({YEAR})(?![.,]\\d|%|\\s*percent|-(?:year|month|week|day))',
    build: ({ g, text, end }) => {
      const after = text.slice(end, end + 16);
      if (QUANTITY_AFTER.test(after) && !NOT_A_PLURAL.test(after)) return null;
      return { sketch: { kind: 'value', value: g[1]! } };
    },
    examples: ['1910', '2030', '1945'],
  },
  {
    // the end of a year range written short: "Japan's 1910-45 colonial rule" (1945); "2023-24" (2024)
    id: 'year.range-end', head: '\\d{2}', type: 'DATE', pattern: '(?<=\\b((?:1[6-9]|20)\\d)(\\d)[-–])(\\d\\d)(?![-–]?\\d|%)',
    build: ({ g }) => {
      const first = +g[1]! * 10 + +g[2]!;
      const end = Math.floor(first / 100) * 100 + +g[3]!; // the century of the first year, the last two digits written
      return end > first ? { sketch: { kind: 'value', value: String(end) } } : null;
    },
    examples: ['1910-[45]', '2023–[24]'],
  },
  {
    // a year written short after a word that introduces one: "the lowest since '82", "in '98"; not "the '80s"
    id: 'year.short', head: "'", type: 'DATE', pattern: "(?<=\\b(?:in|since|of|until|till|by|from|to|before|after|through|and)\\s)'(\\d\\d)(?![\\d'%]|s\\b)",
    build: ({ g }) => ({ sketch: { kind: 'value', value: String(fullYear(g[1]!)) } }),
    examples: ["since ['82]", "in ['98]"],
  },
  {
    id: 'year.fiscal', head: 'the|fiscal', type: 'DATE', pattern: '(?:the\\s+)?fiscal(?:\\s+year)?\\s+(\\d{4}|\'\\d\\d)',
    build: ({ g }) => fiscalYear(g[1]!),
    examples: ['fiscal 1997', "fiscal year '98", 'the fiscal year 2025'],
  },
  {
    id: 'year.fy', head: 'fy', type: 'DATE', pattern: "FY\\s*(\\d{4}|'?\\d\\d)",
    build: ({ g }) => (/^FY/.test(g[0]!) ? fiscalYear(g[1]!) : null),
    examples: ['FY2024', "FY '98", 'FY25'],
  },
  {
    id: 'year.decade', head: "the|\\d{4}|'", type: 'DATE', pattern: "(?:the\\s+)?(?:(1[6-9]\\d|20\\d)0'?s|'([0-9])0'?s)",
    // "the 1600s" is the century of those years (TimeML "16"); "the 2000s" stays the decade, as news uses it
    build: ({ g }) => ({ sketch: { kind: 'value', value: g[1] ? (/^1\d0$/.test(g[1]) ? g[1].slice(0, 2) : g[1]) : `19${g[2]}` } }),
    examples: ['the 1990s', "the '80s", '1960s', 'the 1600s'],
  },
  {
    id: 'year.century', head: 'the|twenty|{ORDWORD}|\\d{1,2}', type: 'DATE', pattern: '(?:the\\s+)?({ORDWORD}|\\d{1,2}(?:st|nd|rd|th))(?:\\s+|-)century',
    build: ({ g }) => {
      const n = readOrdinal(g[1]!);
      return n && n <= 21 ? { sketch: { kind: 'value', value: String(n - 1).padStart(2, '0') } } : null;
    },
    examples: ['the 20th century', 'the eleventh century', '21st century', '17th-century'],
  },
];
