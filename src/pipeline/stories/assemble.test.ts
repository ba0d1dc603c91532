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

  it('after a "Read next" heading, each clock opens an item and labels are boilerplate', () => {
    const page = ['Seoul hosts talks.', 'The talks ended on Monday.', 'Read next', '11:41', 'Economy', 'Exports rose in May.', '09:57', 'A fire broke out on Tuesday.'].join('\n');
    const { rows } = roles(page);
    expect(rows.map((r) => r[2])).toEqual(['body', 'body', 'marker', 'clock', 'label', 'summary', 'clock', 'summary']);
    expect(rows[5]![3]).not.toBe(rows[7]![3]);
    expect(rows.filter((r) => r[1] === 'boilerplate').map((r) => r[3])).toEqual([-1, -1, -1, -1]);
  });

  it('negative case: a page with no paragraph has no main story', () => {
    expect(roles('Menu\nHome\nSearch').mainKey).toBeNull();
  });
});
