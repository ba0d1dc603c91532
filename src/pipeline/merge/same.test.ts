import { describe, expect, it } from 'vitest';
import { datesCompatible, sameHappening } from './same';
import { analysed, only } from './testing';

const summitJune = only(analysed('a', '2025-08-20', 'Lee met Ishiba during their first summit in June.', [['June', '2025-06']]));
const meetingTuesday = only(analysed('b', '2025-06-17', 'Lee Jae-myung met Shigeru Ishiba on Tuesday.', [['Tuesday', '2025-06-17']]));
const meetingAugust = only(analysed('c', '2025-08-23', 'Lee met Ishiba in Tokyo on Saturday.', [['Saturday', '2025-08-23']]));
const secondMeeting = only(analysed('d', '2025-08-20', 'Lee and Ishiba will hold their second meeting.'));

describe('sameHappening', () => {
  it('joins a month-dated and a day-dated report of one summit', () => expect(sameHappening(summitJune, meetingTuesday)).toBe(true));
  it('keeps apart two summits of the same leaders on different days', () => expect(sameHappening(meetingTuesday, meetingAugust)).toBe(false));
  it('keeps apart a "first" and a "second" meeting even when the dates allow both', () => {
    expect(secondMeeting.ordinal).toBe(2);
    expect(sameHappening(summitJune, secondMeeting)).toBe(false);
  });
  it('keeps apart different kinds of happening with the same actor and month', () => {
    const impeached = only(analysed('e', '2025-01-10', 'Yoon was impeached in December.', [['December', '2024-12']]));
    const martial = only(analysed('f', '2025-01-10', 'Yoon declared martial law in December.', [['December', '2024-12']]));
    expect(sameHappening(impeached, martial)).toBe(false);
  });
  it('keeps apart meetings with different people', () => {
    const carney = only(analysed('g', '2025-06-17', 'Lee Jae-myung met Mark Carney on Tuesday.', [['Tuesday', '2025-06-17']]));
    expect(sameHappening(carney, meetingTuesday)).toBe(false);
  });
});

describe('datesCompatible', () => {
  it("lets a 'reported' date bound a happening from above only", () => {
    const reported = only(analysed('h', '2025-06-18', 'Lee Jae-myung met Shigeru Ishiba.'));
    const early = only(analysed('i', '2025-06-19', 'Lee Jae-myung met Shigeru Ishiba on Thursday.', [['Thursday', '2025-06-19']]));
    expect(reported.dating).toBe('reported');
    expect(datesCompatible(reported, meetingTuesday)).toBe(true);
    expect(datesCompatible(reported, early)).toBe(false);
  });
});

describe('sameHappening: undated reports', () => {
  it('does not let an undated report with fewer people join a dated meeting', () => {
    const seeking = only(analysed('j', '2025-08-20', 'Lee Jae-myung is seeking talks with the North.'));
    expect(seeking.dating).toBe('reported');
    expect(sameHappening(seeking, meetingTuesday)).toBe(false);
  });
});
