import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences';
import type { Block, PublicationContext, TimelineEvent, Timex } from '../types';
import { assembleEvents } from '.';
import { day, mentionsOf, timex, wholePage } from './testing';

const PEOPLE: [string, string, string, string][] = [
  ['Han Duck-soo', 'Q1', 'Han Duck-soo', 'KR'], ['Han', 'Q1', 'Han Duck-soo', 'KR'],
  ['Shigeru Ishiba', 'Q2', 'Shigeru Ishiba', 'JP'], ['Ishiba', 'Q2', 'Shigeru Ishiba', 'JP'],
  ['Yoon Suk Yeol', 'Q3', 'Yoon Suk Yeol', 'KR'], ['Kim Jong-un', 'Q4', 'Kim Jong-un', 'KP'], ['Kim', 'Q4', 'Kim Jong-un', 'KP'],
  ['Andrei Belousov', 'Q5', 'Andrei Belousov', 'RU'],
];
const COUNTRIES: [string, string, string, string, 'country'][] = [
  ['South Korea', 'KR', 'South Korea', 'KR', 'country'], ['Japanese', 'JP', 'Japan', 'JP', 'country'],
  ['North Korean', 'KP', 'North Korea', 'KP', 'country'], ['Russian', 'RU', 'Russia', 'RU', 'country'],
  ['Ukrainian', 'UA', 'Ukraine', 'UA', 'country'],
];

function run(text: string, timexes: Timex[], blocks: Block[] = [wholePage(text, day('2024-12-19'))]): TimelineEvent[] {
  const mentions = mentionsOf(text, [...PEOPLE, ...COUNTRIES]);
  return assembleEvents({ docId: 'd1', text, blocks, sentences: splitSentences(text), timexes, mentions });
}
const brief = (e: TimelineEvent) => ({ date: e.date.value, dating: e.dating, actors: e.actors.map((a) => a.name), countries: e.countries });

describe('assembleEvents', () => {
  const text = [
    "South Korea's acting president Han Duck-soo held phone talks with Japanese Prime Minister Shigeru Ishiba on Thursday and agreed to keep working together.",
    'Han held the call with Ishiba after Yoon Suk Yeol was impeached last Saturday over his imposition of martial law on December 3.',
    'The two sides agreed to prepare for an anniversary next year.',
    'On December 16, the Ukrainian military released footage of North Korean soldiers killed beside Russian troops.',
    'Last month, Kim held a meeting with a visiting minister. Kim had a meeting with Russian Defence Minister Andrei Belousov on November 29.',
  ].join(' ');
  const timexes = [
    timex(text, 'Thursday', '2024-12-19'), timex(text, 'last Saturday', '2024-12-14'), timex(text, 'December 3', '2024-12-03'),
    timex(text, 'next year', '2025'), timex(text, 'December 16', '2024-12-16'), timex(text, 'Last month', '2024-11'),
    timex(text, 'November 29', '2024-11-29'),
  ];
  const events = run(text, timexes);

  it('makes one event per happening, each with the date that governs it and its own actors', () => {
    expect(events.map(brief)).toEqual([
      { date: '2024-12-19', dating: 'happened', actors: ['Han Duck-soo', 'Shigeru Ishiba'], countries: ['JP', 'KR'] },
      { date: '2024-12-14', dating: 'happened', actors: ['Yoon Suk Yeol'], countries: ['KR'] },
      { date: '2024-12-03', dating: 'happened', actors: ['Yoon Suk Yeol'], countries: ['KR'] },
      { date: '2024-12-16', dating: 'happened', actors: [], countries: ['KP', 'RU', 'UA'] },
      { date: '2024-11-29', dating: 'happened', actors: ['Kim Jong-un', 'Andrei Belousov'], countries: ['KP', 'RU'] },
    ]);
  });
  it('writes headline titles from the parsed parts', () => {
    expect(events.map((e) => e.title)).toEqual([
      'Han Duck-soo and Shigeru Ishiba hold phone talks',
      'Yoon Suk Yeol impeached',
      'Yoon Suk Yeol declares martial law',
      'Ukrainian military releases footage of North Korean soldiers',
      'Kim Jong-un and Andrei Belousov meet',
    ]);
  });
  it('folds an undated follow-up into the call, and the month-dated meeting into the day-dated one, keeping every source', () => {
    expect(events[0]!.sources.map((s) => s.sentence.slice(0, 20))).toEqual(["South Korea's acting", 'The two sides agreed']);
    expect(events[4]!.sources.map((s) => s.evidence?.text)).toEqual(['Last month', 'November 29']);
    expect(events[4]!.aliases).toHaveLength(1);
  });
  it('records the trigger, rule and reason', () => {
    expect(events[1]!.trigger).toMatchObject({ text: 'was impeached', rule: 'impeachment.passive' });
    expect(events[1]!.rule).toBe('event.impeachment.passive');
    expect(events[1]!.reason).toContain("'last Saturday'");
  });
  it('keeps ids when the same text is analysed again, and gives different happenings different ids', () => {
    expect(run(text, timexes).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});

describe('assembleEvents: reported, boilerplate and teasers', () => {
  const ctx = (value: string): PublicationContext => day(value);
  it("places a sentence without a date at its story's publication, marked 'reported'", () => {
    const text = 'Kim Jong-un met Andrei Belousov in Pyongyang.';
    const [e] = run(text, [], [wholePage(text, ctx('2024-11-30'))]);
    expect(e).toMatchObject({ dating: 'reported', date: { value: '2024-11-30', granularity: 'day' }, place: 'Pyongyang' });
    expect(e!.sources[0]!.evidence).toBeNull();
  });
  it("makes an undated happening of a dated sentence 'reported', not dated by its neighbour's date", () => {
    const text = 'Yoon Suk Yeol was impeached in December after declaring martial law.';
    const events = run(text, [timex(text, 'December', '2024-12')], [wholePage(text, ctx('2025-06-17'))]);
    expect(events.map((e) => [e.type, e.dating, e.date.value, e.actors.map((a) => a.name)])).toEqual([
      ['impeachment', 'happened', '2024-12', ['Yoon Suk Yeol']],
      ['martial-law', 'reported', '2025-06-17', ['Yoon Suk Yeol']],
    ]);
  });
  it('makes nothing of boilerplate, nor of a story whose publication is unknown and that states no date', () => {
    const text = 'Kim Jong-un met Andrei Belousov.';
    expect(run(text, [], [{ ...wholePage(text, ctx('2024-11-30')), kind: 'boilerplate', story: -1 }])).toEqual([]);
    expect(run(text, [], [wholePage(text, { value: null, from: null, to: null, provenance: 'unknown', note: '' })])).toEqual([]);
  });
  it('makes one event of a teaser shown twice on the page', () => {
    const line = 'Kim Jong-un met Andrei Belousov on Friday.';
    const text = `${line}\nOther news.\n${line}`;
    const blocks = [{ ...wholePage(text, ctx('2024-11-30')), kind: 'teaser' as const }];
    const events = run(text, [timex(text, 'Friday', '2024-11-29'), timex(text, 'Friday', '2024-11-29', { nth: 1 })], blocks);
    expect(events).toHaveLength(1);
    expect(events[0]!.sources).toHaveLength(2);
  });
  it('makes nothing of a sentence without a happening, or whose happening has no one in it', () => {
    const text = 'Relations have long been complicated. It marked the highest-level meeting on Monday.';
    expect(run(text, [timex(text, 'Monday', '2024-12-16')])).toEqual([]);
  });
});

describe('assembleEvents: what a story says again about its encounter', () => {
  const names: [string, string, string, string, ('person' | 'country')?][] = [
    ['Volodymyr Zelensky', 'Q10', 'Volodymyr Zelensky', 'UA'], ['Donald Trump', 'Q11', 'Donald Trump', 'US'],
    ['Emmanuel Macron', 'Q12', 'Emmanuel Macron', 'FR'], ['Washington', 'US', 'United States', 'US', 'country'],
  ];
  const headline = 'Zelensky meets Trump in Washington';
  const body = 'President Volodymyr Zelensky met President Donald Trump at the White House on Monday. Leaders including Emmanuel Macron joined the talks later.';
  const text = `${headline}\n${body}`;
  const context = day('2025-08-18');
  const blocks: Block[] = [
    { ...wholePage(text, context), end: headline.length, role: 'headline' },
    { ...wholePage(text, context), start: headline.length + 1 },
  ];
  const events = assembleEvents({
    docId: 'd2', text, blocks, sentences: splitSentences(text), timexes: [timex(text, 'Monday', '2025-08-18')], mentions: mentionsOf(text, names),
  });
  it('folds the headline and a definite "the talks" into the encounter; those who joined become its actors', () => {
    expect(events).toHaveLength(1);
    expect(events[0]!.actors.map((a) => a.name)).toEqual(['Volodymyr Zelensky', 'Donald Trump', 'Emmanuel Macron']);
    expect(events[0]!.countries).toEqual(['FR', 'UA', 'US']);
    expect(events[0]!.sources.map((s) => s.sentence.slice(0, 12))).toEqual(['President Vo', 'Zelensky mee', 'Leaders incl']);
    expect(events[0]!.title).toBe('Volodymyr Zelensky and Donald Trump meet');
  });
  it('does not fold a verb-led report of another meeting with new people ("also met")', () => {
    const t = 'Donald Trump met Volodymyr Zelensky on Monday. In addition to the talks, Trump also met Emmanuel Macron.';
    const m = mentionsOf(t, [...names, ['Trump', 'Q11', 'Donald Trump', 'US']]);
    const evs = assembleEvents({ docId: 'd3', text: t, blocks: [wholePage(t, context)], sentences: splitSentences(t), timexes: [timex(t, 'Monday', '2025-08-18')], mentions: m });
    expect(evs.map((e) => e.actors.map((a) => a.name))).toEqual([['Donald Trump', 'Volodymyr Zelensky'], ['Donald Trump', 'Emmanuel Macron']]);
  });
});
