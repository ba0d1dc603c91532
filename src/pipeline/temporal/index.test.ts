import { describe, expect, it } from 'vitest';
import type { Block } from '../types';
import { splitSentences } from '../text/sentences';
import { tagTemporal } from './index';
import { context, tag } from './testing';

const found = (text: string, ctx: ReturnType<typeof context>) => tag(text, ctx).map((t) => [t.text, t.value]);

const WINDOW: [string, string] = ['2025-06-04', '2025-10-21'];
/** Tags a page of one story whose lines are blocks of the given roles ("headline", "body", …). */
function paged(ctx: ReturnType<typeof context>, ...lines: [role: string, text: string][]) {
  const text = lines.map(([, line]) => line).join('\n');
  let at = 0;
  const blocks = lines.map(([role, line]): Block => {
    const block: Block = { start: at, end: at + line.length, kind: 'main', role, story: 0, context: ctx, rule: 'test', reason: 'test' };
    at += line.length + 1;
    return block;
  });
  return tagTemporal(text, blocks, splitSentences(text));
}
const one = (text: string, phrase: string, ctx = context(null, WINDOW)) => tag(text, ctx).find((t) => t.text === phrase)!;

describe('tagTemporal: resolution against the block context', () => {
  it('records rule, plain-words reason and anchor on every timex', () => {
    const t = one('Yoon was impeached last Saturday.', 'last Saturday', context('2024-12-19'));
    expect(t.resolution).toEqual({
      rule: 'weekday.relative',
      reason: "'last Saturday' → the Saturday before Thu 19 Dec 2024 → Sat 14 Dec 2024 → 2024-12-14",
      anchor: { value: '2024-12-19', source: 'publication', provenance: 'curated' },
      estimated: false,
    });
  });
  it('"since" puts what follows at or before the anchor, however far back: the latest one begun', () => {
    const dct = context('1996-10-22');
    expect(one('Chip prices have fallen 70% since January.', 'January', dct).value).toBe('1996-01');
    expect(one('Chip prices have fallen 70% since October.', 'October', dct).value).toBe('1996-10');
    expect(one('Prices have risen since Christmas.', 'Christmas', dct).value).toBe('1995-12-25');
    expect(one('Prices have risen since the spring.', 'the spring', dct).value).toBe('1996-SP');
    expect(one('Prices will fall in January.', 'January', dct).value).toBe('1997-01');
    // with a modifier between: "since late April" said in January is last April
    expect(one('Thousands have fled since late April.', 'late April', context('2016-01-04')).value).toBe('2015-04');
  });
  it('a day or month without a year carries on the story of an old date just told, when it falls within weeks of it', () => {
    const dct = context('2003-03-03');
    const trial = 'The fire was set on Feb. 27, 2001. Firefighters found the body at 2:14 a.m. on Feb. 28, and Hale was arrested on March 2.';
    expect(found(trial, dct)).toEqual([['Feb. 27, 2001', '2001-02-27'], ['2:14 a.m. on Feb. 28', '2001-02-28T02:14'], ['March 2', '2001-03-02']]);
    // a season away it is no continuation: "…the Dec. 21, 1988, bombing … agreed in April" (1999) is this April
    const list = 'Two agents charged in the Dec. 21, 1988, bombing were removed after Libya agreed in April to hand them over.';
    expect(one(list, 'April', context('1999-06-07')).value).toBe('1999-04');
    // nor in a sentence that looks ahead
    expect(one('The law was first passed on Dec. 20, 2022. Hearings on its repeal will resume Jan. 27.', 'Jan. 27', context('2025-01-20')).value).toBe('2025-01-27');
    // "since" carries it too; a month alone does not ("in August 1988 … Aug. 2" may be this year's)
    expect(one('In May 1945, the war in Europe ended. On May 8 crowds filled the streets.', 'May 8', dct).value).toBe('2002-05-08');
    expect(one('On Dec. 18, 1975, the ship sank. Rain had fallen since December 10.', 'December 10', dct).value).toBe('1975-12-10');
    // nor when the old date is no more than a year back
    expect(one('The plant closed on Nov. 3, 2002. It reopened on Dec. 1.', 'Dec. 1', dct).value).toBe('2002-12-01');
    expect(one('The plant closed on Nov. 3, 2001. It reopened on Dec. 1.', 'Dec. 1', dct).value).toBe('2001-12-01');
  });
  it('a month listed after a month comes after it: lists run forward', () => {
    const t = found('The league pauses for breaks in September, October, November and March.', context('2024-06-18'));
    expect(t).toEqual([['September', '2024-09'], ['October', '2024-10'], ['November', '2024-11'], ['March', '2025-03']]);
  });
  it('"fifty years ago this month" is the publication\'s month back then', () => {
    expect(one('Fifty years ago this month, the pit caught fire.', 'Fifty years ago this month', context('2025-12-29')).value).toBe('1975-12');
  });
  it('a weekday in a sentence told in the present, with no marker of tense, is one to come', () => {
    expect(one('Election Day is Tuesday.', 'Tuesday', context('2024-11-01')).value).toBe('2024-11-05');
    expect(one('Passengers can rebook their tickets for Thursday without charge.', 'Thursday', context('2025-12-31')).value).toBe('2026-01-01');
    // told before it, not after: a present verb after the weekday is about now
    expect(one('The toll from the quake on Sunday is now 40.', 'Sunday', context('2025-06-20')).value).toBe('2025-06-15');
    expect(one('Shares were higher on Tuesday, and the index is up 3%.', 'Tuesday', context('2024-11-01')).value).toBe('2024-10-29');
    expect(one("Nestle's share before Friday's purchases is far below its rivals'.", "Friday's", context('1989-10-30')).value).toBe('1989-10-27');
  });
  it('a possessive weekday has happened, unless it names an event that is held and the sentence looks ahead', () => {
    const dct = context('2025-02-26');
    expect(one("The club will appeal Wednesday's ruling.", "Wednesday's", dct).value).toBe('2025-02-26');
    expect(one("The club will appeal Tuesday's ruling.", "Tuesday's", dct).value).toBe('2025-02-25');
    expect(one("Saturday's home match will go ahead, the club said.", "Saturday's", dct).value).toBe('2025-03-01');
    expect(one("Saturday's match ended in a draw.", "Saturday's", dct).value).toBe('2025-02-22');
  });
  it('"overnight" is the night of the day just mentioned in its paragraph (the night before it, in a past sentence)', () => {
    const dct = context('2023-11-14');
    expect(one('Rain should arrive after 7 p.m. Thursday and become heavy overnight.', 'overnight', dct).value).toBe('2023-11-16TNI');
    expect(one('Shares closed lower on Friday, Nov. 10, after overnight losses in New York.', 'overnight', dct).value).toBe('2023-11-09TNI');
    expect(one('Rebels attacked the town overnight, officials said.', 'overnight', dct).value).toBe('2023-11-13TNI');
  });
  it('a clock time takes the last day mentioned in its paragraph, past a week or a year mentioned since', () => {
    const text = 'The certificate expired at 09:42 UTC on Tuesday. A renewal job had been switched off the previous week. Engineers were paged at 09:51 UTC.';
    expect(one(text, '09:51 UTC', context('2024-03-15')).value).toBe('2024-03-12T09:51');
  });
  it('a headline tells of what has happened in the present: its timetable verbs do not look ahead', () => {
    const ctx = context('2023-01-03');
    const page = paged(ctx, ['headline', 'Travel season ends after Christmas chaos'], ['body', 'Travellers streamed back through airports on Monday.']);
    expect(page.find((t) => t.text === 'Christmas')!.value).toBe('2022-12-25');
    expect(one('The season ends after Christmas.', 'Christmas', ctx).value).toBe('2023-12-25');
  });
  it('an evening stamp in a heading starts no timeline: a small-hours clock in the body is on the page\'s day', () => {
    const page = paged(context('2026-01-02'), ['headline', 'Two killed in highway crash'], ['subheading', 'Jan 2, 2026 / 09:10 PM CST'], ['body', 'Two people died in a crash at 2:15 a.m., police said.']);
    expect(page.find((t) => t.text === '2:15 a.m.')!.value).toBe('2026-01-02T02:15');
  });
  it('a live blog\'s timestamp heading is a time of the page\'s day, not of the day the post before mentioned', () => {
    const page = paged(context('2025-12-31'), ['body', 'The ban will stay in place until 6 a.m. Thursday.'], ['subheading', '1:40 p.m. ET'], ['body', 'Fireworks were postponed.']);
    expect(page.map((t) => [t.text, t.value])).toEqual([
      ['6 a.m. Thursday', '2026-01-01T06:00'], ['1:40 p.m. ET', '2025-12-31T13:40'],
    ]);
  });
  it('a headline\'s infinitive looks ahead: "Obama to visit China on Monday"', () => {
    const page = paged(context('2009-11-12'), ['headline', 'Obama to visit China on Monday'], ['body', 'The White House said on Sunday that talks were planned.']);
    expect(page.find((t) => t.text === 'Monday')!.value).toBe('2009-11-16');
  });
  it('a headline without a verb of tense reads as the sentence after it; a sentence of the body does not', () => {
    const page = paged(context('2023-11-14'), ['headline', 'Soaking rain Thursday night into Friday'], ['body', 'Forecasters say the storm will arrive late this week.']);
    expect(page.find((t) => t.text === 'Friday')!.value).toBe('2023-11-17');
    expect(one('Aftershocks went on over the weekend. Power will be rationed from Monday.', 'the weekend', context('2011-03-14')).value).toBe('2011-W10-WE');
  });
  it("a possessive weekday whose noun's verb looks ahead lies ahead: \"Friday's commute will be rough\"", () => {
    const dct = context('2023-11-14');
    expect(one("Friday's commute will be rough, forecasters said.", "Friday's", dct).value).toBe('2023-11-17');
    expect(one("Friday's storm flooded roads, and crews will clear them.", "Friday's", dct).value).toBe('2023-11-10');
  });
  it('an estimated window: both ends agree → the value stands, marked estimated', () => {
    const t = one('Their first summit was in June.', 'June');
    expect([t.value, t.resolution.estimated]).toEqual(['2025-06', true]);
  });
  it('an estimated window: a weekday is kept, its week left unresolved', () => {
    expect(one('They met on Tuesday.', 'Tuesday').value).toBe('XXXX-WXX-2');
  });
  it('an estimated window: coarsens to what both ends agree on', () => {
    expect(one('Trade grew last month.', 'last month').value).toBe('2025');
  });
  it('no context: absolute dates resolve, relative ones get X placeholders', () => {
    const none = context(null);
    expect(one('Lee took office on 4 June 2025.', '4 June 2025', none).value).toBe('2025-06-04');
    expect(one('Korea was annexed in 1910.', '1910', none).value).toBe('1910');
    expect(one('He left yesterday.', 'yesterday', none).value).toBe('XXXX-XX-XX');
    expect(one('It ended last month.', 'last month', none).resolution.anchor.source).toBe('none');
  });
  it('resolves each block against its own context, never another block’s', () => {
    const text = 'Leaders met on Tuesday. | Lavrov said on Tuesday.';
    const cut = text.indexOf('|');
    const block = (start: number, end: number, day: string, kind: Block['kind'], story: number): Block => ({
      start, end, kind, role: 'body', story, context: context(day), rule: 't', reason: 't',
    });
    const out = tagTemporal(text, [block(0, cut, '2025-06-17', 'main', 0), block(cut, text.length, '2025-08-19', 'teaser', 1)], splitSentences(text));
    expect(out.map((t) => t.value)).toEqual(['2025-06-17', '2025-08-19']);
  });
  it('a modifier never reaches back into the expression before it ("a year earlier 2025")', () => {
    const out = tag('It rose a year earlier 2025.', context('2025-03-10'));
    expect(out.map((t) => t.text)).toEqual(['a year earlier', '2025']);
  });
});
