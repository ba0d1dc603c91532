import { describe, expect, it } from 'vitest';
import { markersOf, namesHeldEvent, periodTense, tenseAt } from './tense';

const at = (sentence: string, phrase: string) => {
  const i = sentence.indexOf(phrase);
  return tenseAt(markersOf(sentence), i, i + phrase.length);
};

describe('tenseAt', () => {
  it.each([
    ['The leaders met on Tuesday in Kananaskis.', 'Tuesday', 'past'],
    ['Officials said the leaders will meet on Tuesday.', 'Tuesday', 'future'],
    ['Bush said Thursday that he will go.', 'Thursday', 'past'],
    ['The team planned to leave Nairobi on Thursday.', 'Thursday', 'future'],
    ['Han held phone talks with Ishiba on Thursday.', 'Thursday', 'past'],
    ['The summit is scheduled for Friday.', 'Friday', 'future'],
    ['The heat wave is forecast to peak Thursday, officials said.', 'Thursday', 'future'],
    ['Forecasters said landfall was expected late Wednesday.', 'late Wednesday', 'future'],
    ['The expected ruling came on Monday.', 'Monday', 'past'],
    ['On Monday, a holiday.', 'Monday', 'unknown'],
    ['He flew home on Friday.', 'Friday', 'past'],
    ['The firm withdrew its bid on Friday.', 'Friday', 'past'],
    ['Aftershocks continued on Sunday.', 'Sunday', 'past'],
  ])('%s → %s is %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
  it('does not count -ed words that are not past verbs', () => {
    expect(at('The United Nations meeting on Friday', 'Friday')).toBe('unknown');
  });
  it.each([
    ['Arsenal host Brentford on Saturday before travelling to Porto.', 'Saturday', 'future'],
    ['The session ends Friday.', 'Friday', 'future'],
    ['Talks broke down at the end of the meeting on Friday.', 'Friday', 'past'],
    ['After his return from Paris on Monday, he resigned.', 'Monday', 'past'],
  ])('a timetable present looks ahead, but not as a noun after a determiner: %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
  it.each([
    ['Gardeners should bring in potted plants by Saturday evening.', 'Saturday evening', 'future'],
    ['The firm took a loss from discontinued operations in the third quarter because of the planned sale.', 'the third quarter', 'past'],
  ])('an -ed form after a determiner or preposition is an adjective: %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
  it.each([
    ['Diplomats warned that the talks could drag on into Saturday.', 'Saturday', 'future'],
    ['The truce may hold through Sunday, officials said.', 'Sunday', 'future'],
    ['He could not attend the summit on Saturday.', 'Saturday', 'unknown'],
    ['The fire may have started on Friday, investigators said.', 'Friday', 'past'],
    ['Neither he nor his parents could be located Wednesday.', 'Wednesday', 'unknown'],
    ['He resigned in May, officials said.', 'May', 'past'],
  ])('a modal of possibility looks ahead only before a verb of what is to come: %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
  it.each([
    ['He is expected to visit the hardest-hit town on Thursday, his office said.', 'Thursday'],
    ['A U.S.-led force will patrol the state-owned port from Monday.', 'Monday'],
  ])('does not count a past form joined to the word before (an adjective): %s', (sentence, phrase) => expect(at(sentence, phrase)).toBe('future'));
  it.each([
    ['Mr. Schwarz will succeed Daniel Davison Feb. 1.', 'Feb. 1', 'future'],
    ['Collins will be named commander for a mission in December.', 'December', 'future'],
    ['The talks are being held on Friday.', 'Friday', 'unknown'],
    ['He will fight it when the case is heard in May.', 'May', 'future'],
    ['The two sides agreed on Friday to a truce.', 'Friday', 'past'],
    ['Three hostages were freed on Sunday.', 'Sunday', 'past'],
    ['Schools will remain closed until Sunday.', 'Sunday', 'future'],
    ['"We think the first cut comes in the fourth quarter," she said.', 'the fourth quarter', 'unknown'],
    ['The Fed cut rates on Wednesday.', 'Wednesday', 'past'],
    ['Raman said Nimbus aimed to be profitable by Q4.', 'Q4', 'future'],
    ['The two sides agreed to hold a meeting in Seoul on the 15th.', 'the 15th', 'future'],
    ['Police have been searching for him since the Oct. 23 shooting.', 'Oct. 23', 'past'],
  ])('reads -eed verbs and passives after "be" right: %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
});

describe('tenseAt: postponements, former plans and deadlines', () => {
  it.each([
    ['Immigration officials postponed until Tuesday morning any action on the boy.', 'Tuesday morning', 'future'],
    ['The vote was put off until Friday.', 'Friday', 'future'],
    ['The offer previously had been scheduled to expire at midnight Friday.', 'midnight Friday', 'past'],
    ['The trial had originally been set to start on Sept. 9.', 'Sept. 9', 'past'],
    ['It had been due to expire Friday evening.', 'Friday evening', 'past'],
    ['Bush let the offensive begin as previously planned Saturday night.', 'Saturday night', 'past'],
    ['The INS has given the relatives until 9 a.m. Tuesday to sign.', '9 a.m. Tuesday', 'future'],
    ['The city is offering free bus rides through the weekend.', 'the weekend', 'future'],
    ['The museum stayed open through Sunday.', 'Sunday', 'past'],
    ['Up until Thursday, he had refused to talk.', 'Thursday', 'past'],
  ])('%s → %s is %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
  it.each([
    ['Protesters planned a rally on Saturday and were planning to drive to the airport on Monday.', 'Saturday', 'future'],
    ['The minister was expected to land on Tuesday.', 'Tuesday', 'future'],
    ['The minister landed on Tuesday, as was expected.', 'Tuesday', 'past'],
  ])('%s → %s is %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
});

describe('tenseAt: clause breaks', () => {
  it.each([
    ['The King, who turned 76 on Thursday, will host the visit.', 'Thursday', 'past'],
    ['On Thursday, the king will host the visit.', 'Thursday', 'future'],
    ['Yoon said on Thursday that he would fight.', 'Thursday', 'past'],
    ['The river crossed the danger mark early on Tuesday and was expected to breach it.', 'Tuesday', 'past'],
  ])('%s → %s is %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
});

describe('tenseAt: scheduled present and spatial "next"', () => {
  it.each([
    ['He and Arafat meet separately Monday with Albright.', 'Monday', 'future'],
    ['Problems made it difficult to meet demand well into the summer.', 'the summer', 'past'],
    ['More than 100 were killed in blasts next to the embassies on Friday.', 'Friday', 'past'],
    ["They beat Ashford on Saturday to book their place in next month's final.", 'Saturday', 'past'],
    ['Travellers streamed back on Monday at the tail end of the holiday weekend.', 'Monday', 'past'],
    ['The start of the talks was delayed on Monday.', 'Monday', 'past'],
    ['The launch window that opens Friday was set by the agency.', 'Friday', 'future'],
    ['He ran well in that meet on Friday.', 'Friday', 'past'],
    ['The Comets, beaten finalists in 2024, play three games starting on Wednesday.', 'Wednesday', 'future'],
    ['Polls close at 7 p.m. Tuesday.', '7 p.m. Tuesday', 'future'],
    ['Shelling hit a village close to the border Sunday.', 'Sunday', 'past'],
    ["Futures trade flat against Friday's close.", "Friday's", 'unknown'],
  ])('%s → %s is %s', (sentence, phrase, tense) => expect(at(sentence, phrase)).toBe(tense));
});

describe('markersOf', () => {
  const future = (text: string, from = 0, to = text.length) => {
    const { future: f } = markersOf(text, from, to);
    return f.flatMap((_, i) => (i % 2 ? [] : [text.slice(f[i]!, f[i + 1]!)]));
  };
  it('takes the first phrase at a word, whole words only, and does not start another inside it', () => {
    expect(future('The vote is to be held and he\'ll go, won\'t he? Willful; going  to it; next week')).toEqual(['is to', "'ll", "won't", 'going  to']);
  });
  it('reads only text[from, to), as if nothing were around it', () => {
    const text = 'xwill go. He will';
    expect(future(text, 1)).toEqual(['will', 'will']);
    expect(future(text, 10, 16)).toEqual([]);
    expect(markersOf('he said', 0, 6).past).toEqual([]);
  });
});

describe('periodTense', () => {
  const of = (sentence: string, phrase: string, adjective = false) => periodTense(markersOf(sentence), at(sentence, phrase), adjective);
  it('a future sentence about results, or a quarter that qualifies a figure, reads the period as past', () => {
    expect(of('The bank will report earnings for the third quarter.', 'the third quarter')).toBe('past');
    expect(of('It plans to restructure after a third-quarter loss.', 'third-quarter', true)).toBe('past');
  });
  it('leaves a plan, a past sentence and an untold one as they are', () => {
    expect(of('The plant will open in the third quarter.', 'the third quarter')).toBe('future');
    expect(of('Earnings rose in the third quarter.', 'the third quarter')).toBe('past');
    expect(of('Q3 results', 'Q3', true)).toBe('unknown');
  });
});

describe('namesHeldEvent', () => {
  it.each([
    ["Saturday's home match will go ahead.", true],
    ["Sunday's first-round vote", true],
    ["Wednesday's ruling was appealed.", false],
    ["Tuesday's 2-1 defeat", false],
    ["Friday's. The match", false],
  ])('%s → %s', (text, held) => expect(namesHeldEvent(text, text.indexOf("'s") + 2)).toBe(held));
});
