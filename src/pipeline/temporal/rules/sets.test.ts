import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('sets family', () => {
  it.each([
    ['They meet every week.', 'every week', 'P1W'],
    ['It is held annually.', 'annually', 'P1Y'],
    ['Flights leave on Mondays.', 'Mondays', 'XXXX-WXX-1'],
    ['Coaches park here every other Saturday.', 'every other Saturday', 'XXXX-WXX-6'],
    ['It opens each July.', 'each July', 'XXXX-07'],
    ['The mill floods each spring.', 'each spring', 'XXXX-SP'],
    ['Drivers walk out every weekend in March.', 'every weekend', 'XXXX-WXX-WE'],
    ['Tourists return every autumn.', 'every autumn', 'XXXX-FA'],
    ['They meet twice a year.', 'twice a year', 'P1Y'],
    ['She swam in the sea every morning.', 'every morning', 'XXXX-XX-XXTMO'],
  ])('%s → %s = %s', (text, phrase, value) => {
    const t = only(text, phrase);
    expect([t.type, t.value]).toEqual(['SET', value]);
  });
  it('records the frequency', () => expect(only('They meet twice a year.', 'twice a year').freq).toBe('2X'));
  it.each(['The Daily Mail reported.', 'A quarterly dividend.'])('negative: %s', (text) =>
    expect(found(text).filter(([, v]) => /^P|XXXX/.test(v!))).toEqual([]));
});
