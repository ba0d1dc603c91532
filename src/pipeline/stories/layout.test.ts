import { describe, expect, it } from 'vitest';
import { pageLines } from './layout';

const forms = (text: string) => pageLines(text).map((l) => [l.text, l.form]);

describe('pageLines', () => {
  it('keeps offsets so each line is a slice of the page', () => {
    const page = '  Headline of the day here\n\nBody text one. \n';
    for (const l of pageLines(page)) expect(page.slice(l.start, l.end)).toBe(l.text);
    expect(pageLines(page).map((l) => l.text)).toEqual(['Headline of the day here', 'Body text one.']);
  });

  it('tells the forms apart by shape', () => {
    expect(forms([
      'Storm hits the coast as thousands flee',
      'Update: 2024-12-19 08:21 GMT',
      '11:41',
      'Weather',
      'Winds reached 120 km/h on Monday, officials said.',
      'Officials warned residents to stay indoors as the storm approached the...',
      'Leave the first comment',
    ].join('\n'))).toEqual([
      ['Storm hits the coast as thousands flee', 'title'],
      ['Update: 2024-12-19 08:21 GMT', 'stamp'],
      ['11:41', 'clock'],
      ['Weather', 'label'],
      ['Winds reached 120 km/h on Monday, officials said.', 'body'],
      ['Officials warned residents to stay indoors as the storm approached the...', 'blurb'],
      ['Leave the first comment', 'chrome'],
    ]);
  });

  it('treats a short line repeated on the page as chrome, but not a repeated sentence of a story', () => {
    const page = 'Share the latest news\nThe leaders met in Lima on Friday to discuss the alliance and trade.\nShare the latest news\n';
    expect(forms(page).map((f) => f[1])).toEqual(['chrome', 'body', 'chrome']);
    expect(pageLines('He said no.\nHe said no.').map((l) => l.form)).toEqual(['body', 'body']);
    expect(pageLines('A long quoted sentence that the page repeats on purpose for emphasis in the text.\nA long quoted sentence that the page repeats on purpose for emphasis in the text.').map((l) => l.form)).toEqual(['body', 'body']);
  });

  it('a clock inside a sentence, a weekday alone or a four-word sentence are not clocks or labels', () => {
    expect(forms('At 11:41 the train left.\nThursday\nHe resigned on Monday.')).toEqual([
      ['At 11:41 the train left.', 'body'],
      ['Thursday', 'label'],
      ['He resigned on Monday.', 'body'],
    ]);
  });
});
