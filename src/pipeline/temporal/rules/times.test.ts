import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('times family', () => {
  it.each([
    ['Update: 2024-12-19 08:21 GMT', '2024-12-19 08:21 GMT', '2024-12-19T08:21'],
    ['The call was at 1200 GMT.', '1200 GMT', '2024-12-19T12:00'],
    ['It struck at 10:35 a.m. local time.', '10:35 a.m. local time', '2024-12-19T10:35'],
    ['Results are published at 9.30am.', '9.30am', '2024-12-19T09:30'],
    ['Kick-off is at 7.45 p.m.', '7.45 p.m.', '2024-12-19T19:45'],
    ['It ended at 10 p.m. Wednesday.', '10 p.m. Wednesday', '2024-12-18T22:00'],
    ['Polls close at midnight.', 'midnight', '2024-12-19T24:00'],
    ['Polls close at 8 p.m. ET on Dec. 20.', '8 p.m. ET on Dec. 20', '2024-12-20T20:00'],
    ['The briefing starts at 9:30 a.m. Eastern Time.', '9:30 a.m. Eastern Time', '2024-12-19T09:30'],
    ['The blast came at 4 in the morning.', '4 in the morning', '2024-12-19T04:00'],
    ['They talked until 10 at night.', '10 at night', '2024-12-19T22:00'],
    ['Shelling resumed at 2 at night.', '2 at night', '2024-12-19T02:00'],
    ["The vote began at 3 o'clock in the afternoon.", "3 o'clock in the afternoon", '2024-12-19T15:00'],
    ["He left at about six o'clock.", "about six o'clock", '2024-12-19T06:00'],
    // a broadcast's zone: "8 o'clock Eastern"; a place after a clock is no zone
    ["Talks resume at 8 o'clock Eastern tonight.", "8 o'clock Eastern tonight", '2024-12-19T20:00'],
    ['Polls close at 7 p.m. Central.', '7 p.m. Central', '2024-12-19T19:00'],
    ['He landed at 3 p.m. central London time.', '3 p.m.', '2024-12-19T15:00'],
  ])('%s → %s = %s', (text, phrase, value) => expect(only(text, phrase).value).toBe(value));
  it('a clock time without an anchor keeps the time and leaves the day as X', () => {
    expect(only('It struck at 08:21 GMT.', '08:21 GMT', null).value).toBe('XXXX-XX-XXT08:21');
  });
  it.each(['He scored 4 in the morning session.', 'Score was 3:2.', 'Version 10.35 shipped.', 'Shares rose 9.30 percent.', 'It cost $5 pm.'])('negative: %s', (text) => expect(found(text)).toEqual([]));
});
