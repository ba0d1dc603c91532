import { describe, expect, it } from 'vitest';
import { pageLines } from './layout';
import { continues, isAggregator, isTeaserList, repeatedTeasers } from './shape';

const summary = (topic: string, who: string) =>
  `${who} said on Monday that ${topic} would dominate talks this month, according to officials briefed on the plans. Analysts expect ${topic} to weigh on markets for several weeks.`;
const SUMMARIES = [
  'Saudi Arabia and Russia agreed to extend oil output cuts into next year, pushing Brent crude above ninety dollars a barrel. Traders had expected a smaller cut from the producer group.',
  'Japan’s farm ministry lowered rice import tariffs for the second time, hoping to ease record supermarket prices. Growers protested outside parliament in Tokyo, saying cheaper imports would ruin small farms in the north.',
  'Taiwan’s largest chipmaker reported quarterly profit that beat forecasts on demand for artificial-intelligence servers. Its shares rose four percent in Taipei after the results were published, lifting the wider market to a record.',
  'Firefighters in Alberta battled more than a hundred wildfires as dry winds fanned blazes near several towns. Thousands of residents were evacuated overnight to shelters in Edmonton and Calgary by bus and train.',
];

describe('continues', () => {
  it('pronouns, connectives and definite descriptions of what came before continue a paragraph', () => {
    expect(continues('It marked the highest-level meeting since the crisis.', undefined)).toBe(true);
    expect(continues('As did Castro, a master of opinion.', undefined)).toBe(true);
    expect(continues('The offer, which directors rejected, expires Friday.', 'Dow Jones extended its tender offer.')).toBe(true);
  });
  it('negative cases: a fresh subject or a definite description of something new', () => {
    expect(continues('Honduras has brought back mask mandates.', 'The UK is gearing up for an exercise.')).toBe(false);
    expect(continues('The volcano erupted on Sunday.', 'Dow Jones extended its tender offer.')).toBe(false);
    expect(continues('Italy won the match.', undefined)).toBe(false);
  });
});

describe('repeatedTeasers', () => {
  it('links a truncated blurb to the paragraph it repeats', () => {
    const lines = pageLines('Leaders met in Rome on Tuesday morning to discuss what is known as the coali...\nOther text here.\nLeaders met in Rome on Tuesday morning to discuss what is known as the coalition.');
    expect([...repeatedTeasers(lines)]).toEqual([[0, 2]]);
  });
  it('negative cases: a short blurb or one whose text appears nowhere else', () => {
    expect(repeatedTeasers(pageLines('Leaders met in...\nLeaders met in Rome.'))).toEqual(new Map());
    expect(repeatedTeasers(pageLines('Leaders met in Rome on Tuesday morning to discuss the...\nSomething else entirely happened.'))).toEqual(new Map());
  });
});

describe('page shapes', () => {
  const aggregator = SUMMARIES;
  it('a page of unrelated multi-sentence summaries is an aggregator', () => {
    expect(isAggregator(pageLines(aggregator.join('\n')))).toBe(true);
  });
  it('a page title over the summaries is allowed', () => {
    expect(isAggregator(pageLines(['Today in brief: the news in summaries', ...aggregator].join('\n')))).toBe(true);
  });
  it('negative cases: an article that continues itself, a title between paragraphs, too few paragraphs', () => {
    const article = [summary('the oil price', 'Saudi Arabia'), `It ${summary('the oil price', 'also')}`, summary('the oil price', 'Riyadh'), summary('the oil price', 'Aramco')];
    expect(isAggregator(pageLines(article.join('\n')))).toBe(false);
    expect(isAggregator(pageLines([aggregator[0], 'Oil prices set to rise as talks stall', ...aggregator.slice(1)].join('\n')))).toBe(false);
    expect(isAggregator(pageLines(aggregator.slice(0, 3).join('\n')))).toBe(false);
  });
  it('negative cases: one dateline over the first paragraph, or a paragraph that opens with a quotation', () => {
    expect(isAggregator(pageLines([`NEW YORK, June 21 - ${aggregator[0]}`, ...aggregator.slice(1)].join('\n')))).toBe(false);
    expect(isAggregator(pageLines([aggregator[0], `"We will wait," ${aggregator[1]}`, ...aggregator.slice(2)].join('\n')))).toBe(false);
  });
  it('a page of title + one paragraph items is a teaser list; an article with sections is not', () => {
    const items = ['Oil prices rise as talks stall', 'Saudi Arabia said on Monday it would cut output.', 'Japan cuts rice tariffs again', 'The ministry said the cut takes effect in May.', 'Wildfires spread across Alberta as winds rise', 'Firefighters battled blazes on Sunday.'];
    expect(isTeaserList(pageLines(items.join('\n')))).toBe(true);
    expect(isTeaserList(pageLines([...items.slice(0, 2), 'It is the third cut this year.', ...items.slice(2)].join('\n')))).toBe(false);
    expect(isTeaserList(pageLines(items.slice(0, 4).join('\n')))).toBe(false);
  });
});
