import { describe, expect, it } from 'vitest';
import { findPlace } from './place';

const place = (text: string, taken: { start: number; end: number }[] = []) => findPlace(text, 0, text.length, taken)?.text ?? null;

describe('findPlace', () => {
  it('reads a city, a city with its region, and "the … of" a town', () => {
    expect(place('Foreign ministers met in Seoul on Monday')).toBe('Seoul');
    expect(place('Meeting on the sidelines of the APEC summit in Lima, Peru, U.S. President Joe Biden')).toBe('Lima, Peru');
    expect(place('The meeting took place on Tuesday in the resort town of Kananaskis, Alberta, between')).toBe('Kananaskis, Alberta');
  });
  it('keeps offsets that point at the name', () => {
    const text = 'They met in Seoul.';
    const p = findPlace(text, 0, text.length, [])!;
    expect(text.slice(p.start, p.end)).toBe('Seoul');
  });
  it('takes the place nearest the happening', () => {
    const text = "last week's summit in Alaska showed a commitment to peace in Ukraine";
    expect(findPlace(text, 0, text.length, [], text.indexOf('summit'))?.text).toBe('Alaska');
  });
  it('drops a possessive', () => expect(place("killed in Russia's western Kursk border region")).toBe('Russia'));
  it('is not a date, a person, or a lower-case phrase', () => {
    const text = 'He was impeached in December';
    expect(place(text, [{ start: text.indexOf('December'), end: text.length }])).toBeNull();
    expect(place('in the face of increasing security challenges')).toBeNull();
    expect(place('In addition to the bilateral talks')).toBeNull();
  });
});
