import { describe, expect, it } from 'vitest';
import type { Block, PublicationContext } from '../types';
import { segmentPage } from './index';

// Segmentation and contexts on page shapes written for these tests (not the seeds): a live blog, a press release,
// a page of ten teasers, an article followed by "Related stories", and plain articles that must stay one story.

const dct = (value: string): PublicationContext => ({ value, from: value, to: value, provenance: 'curated', note: `supplied ${value}` });
const run = (text: string, supplied: PublicationContext | null = null) => {
  const r = segmentPage({ docId: 't', text, supplied });
  const at = (needle: string) => r.blocks.find((b) => b.start <= text.indexOf(needle) && text.indexOf(needle) < b.end)!;
  const slice = (b: Block) => text.slice(b.start, b.end).trim();
  return { ...r, at, slice };
};

describe('a live blog with clock times', () => {
  const page = [
    'Live: Flooding in Valencia – latest updates',
    'Updated 4 November 2024',
    '14:05',
    'Rescue teams reached the town of Paiporta on Monday morning, officials said.',
    '13:40',
    'The regional government said on Sunday that more than 200 people had died.',
    'Share this article',
  ].join('\n');
  const r = run(page);
  it('is one main story whose clocks are part of it, dated by its stamp', () => {
    expect(r.blocks.filter((b) => b.kind === 'main').map((b) => b.role)).toEqual(['headline', 'timestamp', 'clock', 'body', 'clock', 'body']);
    expect(r.dct).toMatchObject({ value: '2024-11-04', provenance: 'stated' });
    expect(r.at('13:40').context).toBe(r.dct);
    expect(r.at('Share this').kind).toBe('boilerplate');
  });
});

describe('a press release with a dateline', () => {
  const page = [
    'FOR IMMEDIATE RELEASE',
    'Acme Robotics Opens Seoul Research Centre',
    'SEOUL, South Korea, March 3, 2025 /PRNewswire/ -- Acme Robotics today announced the opening of a research centre in Seoul, its first in Asia.',
    'The centre will employ 200 engineers by the end of next year, the company said.',
    'About Acme Robotics',
    'Acme Robotics builds warehouse robots and is based in Boston.',
    'Media contact: press@acme.example',
    '###',
  ].join('\n');
  const r = run(page);
  it('states its date in the dateline, which becomes its own block', () => {
    expect(r.dct).toMatchObject({ value: '2025-03-03', provenance: 'stated' });
    const dateline = r.blocks.find((b) => b.role === 'dateline')!;
    expect(r.slice(dateline)).toBe('SEOUL, South Korea, March 3, 2025 /PRNewswire/ --');
    expect(r.slice(r.at('Acme Robotics today'))).toMatch(/^Acme Robotics today announced/);
    expect(r.at('Acme Robotics builds').kind).toBe('main');
  });
  it('release line, contact and end mark are boilerplate', () => {
    for (const line of ['FOR IMMEDIATE', 'Media contact', '###']) expect(r.at(line).kind).toBe('boilerplate');
  });
});

describe('a page of ten teasers', () => {
  const items = [
    ['Seoul stocks close higher on chip rally', 'The KOSPI rose 1.2 percent on Tuesday as chipmakers gained.'],
    ['Japan’s premier vows to raise wages again', 'Prime Minister Shigeru Ishiba said on Monday that wages must rise faster than prices.'],
    ['Wildfires force thousands from their homes', 'Firefighters battled blazes across Alberta on Sunday.'],
    ['Transition team names new trade envoy', 'President-elect Donald Trump picked a trade representative on Friday.'],
    ['Rice prices hit a record in Tokyo shops', 'Supermarkets raised prices for the fifth month in a row.'],
    ['Typhoon batters the northern Philippines', 'Thousands were evacuated on Thursday as the storm made landfall.'],
    ['Ukraine receives new air-defence systems', 'Kyiv said the systems arrived on Wednesday.'],
    ['Brazil hosts climate talks in the Amazon', 'Delegates gathered ahead of COP30 to discuss forest finance.'],
    ['Chipmaker profits beat forecasts again', 'Quarterly profit rose 30 percent on demand for servers.'],
    ['Strike grounds flights across Canada', 'Flight attendants walked out on Saturday over pay.'],
  ];
  const page = ['Latest news', ...items.flat(), 'Back to top'].join('\n');
  it('has no main story: ten teaser stories of headline + summary', () => {
    const r = run(page);
    expect(r.blocks.some((b) => b.kind === 'main')).toBe(false);
    const stories = new Set(r.blocks.filter((b) => b.kind === 'teaser').map((b) => b.story));
    expect(stories.size).toBe(10);
    expect(r.at('Seoul stocks').role).toBe('headline');
    expect(r.at('The KOSPI').role).toBe('summary');
    expect(r.at('The KOSPI').story).toBe(r.at('Seoul stocks').story);
  });
  it('each teaser is estimated from its own clues; one without clues borrows a wide, low-confidence window', () => {
    const r = run(page);
    // Trump was president-elect twice: the window spans both tenures rather than picking one.
    expect(r.at('President-elect').context).toMatchObject({ provenance: 'estimated', from: '2016-11-09', to: '2025-01-20' });
    expect(r.at('President-elect').context.clues?.map((c) => c.kind)).toEqual(['role']);
    expect(r.at('ahead of COP30').context.to).toBe('2025-11-09');
    const undated = r.at('Quarterly profit').context;
    expect(undated).toMatchObject({ provenance: 'estimated', value: null });
    expect(undated.clues?.map((c) => c.kind)).toEqual(['neighbour']);
    expect(undated.confidence).toBeLessThan(0.5);
  });
  it('with a page date, undated teasers get the month before it as an estimate, never the page date itself', () => {
    const r = run(page, dct('2025-10-01'));
    expect(r.dct.value).toBe('2025-10-01');
    const ctx = r.at('Thousands were evacuated').context;
    expect(ctx).toMatchObject({ provenance: 'estimated', value: null, from: '2025-08-31', to: '2025-10-01' });
  });
});

describe('an article followed by related stories', () => {
  const page = [
    'Leaders agree to extend ceasefire',
    'Update: 12 March 2025',
    'The leaders agreed on Tuesday to extend the ceasefire by 30 days, diplomats said.',
    'They will meet again in Geneva next month to discuss a lasting settlement.',
    'Related stories',
    'Flight attendants at the national carrier walked out on Tuesday over pay.',
    'A magnitude 6.1 earthquake struck off the coast on Saturday, seismologists said.',
    'Leave a comment',
  ].join('\n');
  const r = run(page);
  it('gives each teaser its own story and no teaser the main story’s date', () => {
    expect(r.at('The leaders agreed').context).toMatchObject({ value: '2025-03-12', provenance: 'stated' });
    const teasers = [r.at('Flight attendants'), r.at('A magnitude')];
    expect(teasers.map((b) => b.kind)).toEqual(['teaser', 'teaser']);
    expect(teasers[0]!.story).not.toBe(teasers[1]!.story);
    for (const t of teasers) {
      expect(t.context.value).toBeNull();
      expect(t.context.clues?.map((c) => c.kind)).toEqual(['neighbour']);
      expect(t.context.confidence).toBeLessThan(0.5);
    }
    expect(r.at('Related stories').kind).toBe('boilerplate');
  });
});

describe('plain articles stay one story', () => {
  const article = [
    '',
    'WASHINGTON (AP) --',
    'The Senate voted on Thursday to approve the spending bill, sending it to the president.',
    '',
    'Lawmakers had debated the measure for three weeks. Several amendments failed.',
    '',
    'Farm groups welcomed the vote. Exporters said tariffs remained a worry.',
    '',
    'A separate bill on veterans’ health care is expected next month.',
    '',
    'Markets barely moved after the vote, and the dollar was steady against the yen.',
    '',
  ].join('\n');
  it('with a supplied date, every character is in the main story anchored on that date', () => {
    const r = run(article, dct('1998-02-27'));
    expect(r.blocks.every((b) => b.kind === 'main' && b.story === 0 && b.context.value === '1998-02-27')).toBe(true);
    expect(r.blocks[0]!.start).toBe(0);
    expect(r.blocks.at(-1)!.end).toBe(article.length);
    expect(r.at('WASHINGTON').role).toBe('dateline');
  });
  it('without a date and without clues the context is unknown, not guessed', () => {
    const r = run(article);
    expect(r.dct).toMatchObject({ value: null, from: null, to: null, provenance: 'unknown' });
  });
  it('chrome on the page does not split an article whose closing paragraphs continue it', () => {
    const page = [
      'Share this article',
      'Pyongyang fired two ballistic missiles into the sea on Monday, Seoul’s military said.',
      'The launches came days after joint drills by South Korea and the United States.',
      'It was the third launch this month.',
      'Analysts said more tests were likely.',
      'They expect a satellite launch before the party congress.',
      'Leave a comment',
    ].join('\n');
    const r = run(page, dct('2025-01-06'));
    expect(new Set(r.blocks.filter((b) => b.kind !== 'boilerplate').map((b) => b.kind))).toEqual(new Set(['main']));
  });
});

describe('more page shapes', () => {
  it('two full articles, each with a headline and a date stamp, are two stories with their own stated dates', () => {
    const page = [
      'Ministers agree new budget rules',
      'Published 12 March 2025',
      'European finance ministers agreed on Tuesday to loosen budget rules.',
      'Countries will get seven years to cut deficits.',
      'Central bank holds rates steady',
      'Published 6 February 2025',
      'The central bank kept rates unchanged on Thursday.',
      'Its governor said cuts could come later in the year.',
    ].join('\n');
    const r = run(page);
    expect(r.at('European finance').context).toMatchObject({ value: '2025-03-12', provenance: 'stated' });
    expect(r.at('The central bank kept').context).toMatchObject({ value: '2025-02-06', provenance: 'stated' });
    expect(r.at('Its governor').story).toBe(r.at('Central bank holds').story);
    expect(r.at('Its governor').kind).toBe('teaser');
  });
  it('negative case: a date stamp under the standfirst does not split the article', () => {
    const page = ['Ministers agree new budget rules', 'Deal ends months of wrangling over deficits.', 'Published 12 March 2025', 'Ministers agreed on Tuesday.', 'Deficit Rules', 'Countries get seven years.'].join('\n');
    const r = run(page);
    expect(new Set(r.blocks.filter((b) => b.kind !== 'boilerplate').map((b) => `${b.kind}${b.story}`))).toEqual(new Set(['main0']));
    expect(r.dct.value).toBe('2025-03-12');
  });
  it('a page title over unrelated summaries is page furniture, not the first summary’s headline', () => {
    const summaries = [
      'Saudi Arabia and Russia agreed to extend oil output cuts into next year, pushing Brent crude above ninety dollars a barrel, as traders had expected a smaller cut from the group.',
      'Japan’s farm ministry lowered rice import tariffs for the second time, hoping to ease record supermarket prices, while growers protested outside parliament in Tokyo over cheap imports from the United States and Thailand.',
      'Taiwan’s largest chipmaker reported quarterly profit that beat forecasts on demand for artificial-intelligence servers, and its shares rose four percent in Taipei to a record high by the close of trading on Friday.',
      'Firefighters in Alberta battled more than a hundred wildfires as dry winds fanned blazes near several towns, and thousands of residents were evacuated overnight by bus and train to shelters in Edmonton.',
    ];
    const r = run(['Daily briefing: the news in summaries', ...summaries].join('\n'));
    expect(r.at('Daily briefing')).toMatchObject({ kind: 'boilerplate', role: 'page-title' });
    expect(new Set(r.blocks.filter((b) => b.kind === 'teaser').map((b) => b.story)).size).toBe(4);
    expect(r.blocks.some((b) => b.kind === 'main')).toBe(false);
  });
});
