import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('holidays family', () => {
  it.each([
    ['They meet on Christmas Day.', 'Christmas Day', '2024-12-19', '2024-12-25'],
    ['Sales rose at Christmas.', 'Christmas', '2025-02-10', '2024-12-25'],
    ['It will be a better product by Christmas.', 'Christmas', '2025-02-10', '2025-12-25'],
    // a past sentence reaches back ten months, as for any day: Easter 2023 is 339 days back, Easter 2024 18 days ahead
    ['Forty people drowned over the summer, and lifesavers urged caution over Easter.', 'Easter', '2024-03-13', '2024-03-31'],
    ['Polls open on Election Day.', 'Election Day', '2024-10-01', '2024-11-05'],
    ['He returned last Thanksgiving.', 'last Thanksgiving', '1998-08-07', '1997-11-27'],
    ["Parties on New Year's Day.", "New Year's Day", '2024-12-28', '2025-01-01'],
    ['She will spend V-E Day at home.', 'V-E Day', '2025-05-08', '2025-05-08'],
    ['Crowds marched on Anzac Day.', 'Anzac Day', '2024-05-02', '2024-04-25'],
    ['Protests are planned for Australia Day.', 'Australia Day', '2024-01-10', '2024-01-26'],
    ['Fireworks lit up the sky on Bonfire Night.', 'Bonfire Night', '2024-11-10', '2024-11-05'],
    // the weekend nearest the day: before a Monday, after a Thursday
    ['Schools will close for Labor Day weekend.', 'Labor Day weekend', '2025-01-02', '2025-W35-WE'],
    ['Traffic over Thanksgiving weekend was heavy.', 'Thanksgiving weekend', '2025-01-02', '2024-W48-WE'],
  ])('%s → %s (anchor %s) = %s', (text, phrase, anchor, value) => expect(only(text, phrase, anchor).value).toBe(value));
  it.each(['a christmas tree farm', 'may day job'])('negative: %s', (text) => expect(found(text)).toEqual([]));
});
