import { describe, expect, it } from 'vitest';
import { assemble } from './assemble';

const roles = (text: string) => {
  const { drafts, mainKey } = assemble(text);
  return { mainKey, rows: drafts.map((d) => [text.slice(d.start, d.end), d.kind, d.role, d.key === mainKey ? 'main' : d.key]) };
};

describe('assemble', () => {
  it('a headline + truncated blurb at the top joins the story of the paragraph it repeats', () => {
    const blurb = 'Rescuers reached the flooded town of Paiporta early on Monday to search for the...';
    const full = 'Rescuers reached the flooded town of Paiporta early on Monday to search for the missing.';
    const page = ['Floods: what we know so far', blurb, 'The central bank held rates on Thursday, citing stubborn inflation.', 'Its governor said cuts could come in spring.', 'Leave a comment', full].join('\n');
    const { rows } = roles(page);
    expect(rows[0]!.slice(1)).toEqual(['teaser', 'headline', rows[5]![3]]);
    expect(rows[1]!.slice(1)).toEqual(['teaser', 'summary', rows[5]![3]]);
    expect(rows[2]!.slice(1)).toEqual(['main', 'body', 'main']);
    expect(rows[5]![1]).toBe('teaser');
  });

  it('header, byline, dateline, subheadings and inline links of the main story', () => {
    const page = [
      'Breaking',
      'Ministers agree new budget rules',
      'By Jane Kim',
      'BRUSSELS (Reuters) - European finance ministers agreed on Tuesday to loosen budget rules.',
      'What changes',
      'Countries will get seven years to cut deficits, officials said.',
      'Read: Markets rally on budget deal',
      'The rules take effect next year.',
      'Reporting by Jane Kim; Editing by Ed Davies',
    ].join('\n');
    expect(roles(page).rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Breaking', 'boilerplate', 'label'],
      ['Ministers agree new budget rules', 'main', 'headline'],
      ['By Jane Kim', 'main', 'byline'],
      ['BRUSSELS (Reuters) - ', 'main', 'dateline'],
      ['European finance ministers agreed on Tuesday to loosen budget rules.', 'main', 'body'],
      ['What changes', 'main', 'subheading'],
      ['Countries will get seven years to cut deficits, officials said.', 'main', 'body'],
      ['Read: Markets rally on budget deal', 'boilerplate', 'link'],
      ['The rules take effect next year.', 'main', 'body'],
      ['Reporting by Jane Kim; Editing by Ed Davies', 'boilerplate', 'credits'],
    ]);
  });

  it('a dateline on a line of its own is the main story\'s, with the day it states; a weekday heading is no dateline', () => {
    const page = ['Water once in five days as dam level dips', 'COIMBATORE, March 11', 'Residents of 22 wards will get water only once in five days from Friday.'].join('\n\n');
    const { drafts, mainKey } = assemble(page);
    expect([drafts[1]!.kind, drafts[1]!.role, drafts[1]!.key === mainKey, drafts[1]!.stamp?.monthDay]).toEqual(['main', 'dateline', true, '03-11']);
    expect(assemble(['Live: the storm hits', 'Saturday, March 11', 'Winds reached 120 km/h on the coast this morning.'].join('\n\n')).drafts[1]!.role).not.toBe('dateline');
  });

  it('after a "Read next" heading, each clock opens an item and labels are boilerplate', () => {
    const page = ['Seoul hosts talks.', 'The talks ended on Monday.', 'Read next', '11:41', 'Economy', 'Exports rose in May.', '09:57', 'A fire broke out on Tuesday.'].join('\n');
    const { rows } = roles(page);
    expect(rows.map((r) => r[2])).toEqual(['body', 'body', 'marker', 'clock', 'label', 'summary', 'clock', 'summary']);
    expect(rows[5]![3]).not.toBe(rows[7]![3]);
    expect(rows.filter((r) => r[1] === 'boilerplate').map((r) => r[3])).toEqual([-1, -1, -1, -1]);
  });

  it('the paragraphs before a "Related" heading are the story\'s own, though they stray from its lead; the dated items after it are stories of their own', () => {
    const page = [
      'Council OKs $41 million plan to rebuild shuttered Ashbury Street Bridge',
      'By Marisa Kohl | Milwaukee Ledger\nPublished March 1, 2021 at 6:12 p.m. CT | Updated March 1, 2021 at 9:40 p.m. CT',
      'The Milwaukee Common Council voted 11-4 Monday to spend $41 million rebuilding the Ashbury Street Bridge, the 1930s lift span whose sudden closure last month cut Bay View off from downtown for thousands of commuters.',
      'Construction could begin as soon as this fall and is expected to take about 18 months, city engineers said, meaning the bridge would likely reopen to traffic in mid-2023.',
      '"We have been asking for two years for somebody to take this bridge seriously," said Ald. Teresa Galvan, whose district includes the span. "Tonight, somebody finally did."',
      'The bridge has been closed since Feb. 12, when inspectors found a cracked floor beam during a routine check. A consultant\'s report in 2018 had flagged corrosion on the same beams and recommended replacing the deck within five years.',
      'Ald. Robert Mikulski, who voted no, said the city should have waited for federal infrastructure money that Congress is expected to approve later this year. "We are putting local taxpayers on the hook today for money Washington may hand us this summer," he said.',
      'The council\'s public works committee had put off its recommendation last Thursday after several residents asked for more time to comment. The mayor is expected to sign the measure this week, and a request for bids will open March 15 and run for 30 days.',
      'Until then, drivers will keep using the Kinnickinnic Avenue detour, which adds about 15 minutes to a typical rush-hour trip.',
      'Related',
      'Ashbury Street Bridge closed indefinitely after inspectors find cracked beam\nFeb. 12, 2021 — City inspectors closed the Ashbury Street Bridge to all traffic Friday afternoon after spotting a cracked floor beam beneath the eastbound lanes. The span last underwent major repairs in 1994.',
      'Detour traffic clogs Bay View side streets, neighbors say\nFeb. 22, 2021 — Residents say the bridge closure 10 days ago has turned quiet blocks into cut-throughs, with cars backed up every morning from Lincoln Avenue to the lakefront.',
    ].join('\n\n');
    const { drafts, mainKey } = assemble(page);
    const own = drafts.filter((d) => d.key === mainKey).map((d) => page.slice(d.start, d.end));
    expect(own.at(-1)).toMatch(/^Until then, drivers will keep using the Kinnickinnic Avenue detour/);
    const item = drafts.find((d) => d.role === 'dateline')!;
    expect([page.slice(item.start, item.end).trim(), item.kind, item.stamp?.date]).toEqual(['Feb. 12, 2021 —', 'teaser', '2021-02-12']);
  });

  it('a correction or editor\'s note after the list of other stories belongs to the article', () => {
    const page = [
      'Mill agrees to sale', 'Brightwater Mills agreed on Monday to be sold to Kessler Foods.', 'The deal closes in March.',
      'Read more:', '• Wheat prices slide to three-year low', '• Kessler to buy snack maker',
      'Correction: An earlier version of this story misstated the day the boards met, which was Thursday.',
    ].join('\n\n');
    const { drafts, mainKey } = assemble(page);
    const note = drafts.find((d) => page.slice(d.start, d.end).startsWith('Correction'))!;
    expect([note.kind, note.role, note.key]).toEqual(['main', 'note', mainKey]);
  });

  it('negative case: a page with no paragraph has no main story', () => {
    expect(roles('Menu\nHome\nSearch').mainKey).toBeNull();
  });
});
