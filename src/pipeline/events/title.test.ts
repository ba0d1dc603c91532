import { describe, expect, it } from 'vitest';
import { TRIGGER_RULES } from './lexicon';
import { headline, objectPhrase, subjectPhrase, type TitleParts } from './title';

const rule = (id: string) => TRIGGER_RULES.find((r) => r.id === id)!;
const parts = (id: string, more: Partial<TitleParts>): TitleParts => ({ rule: rule(id), people: [], before: '', after: '', countryNames: [], place: null, ...more });

describe('headline', () => {
  it('writes a meeting of two people with its place', () =>
    expect(headline(parts('meeting.noun', { people: ['Lee Jae-myung', 'Shigeru Ishiba'], place: 'Kananaskis, Alberta' }))).toBe(
      'Lee Jae-myung and Shigeru Ishiba meet in Kananaskis',
    ));
  it('agrees the verb with one subject and writes passives', () => {
    expect(headline(parts('meeting.verb', { people: ['Kim Jong-un'], after: ' with a visiting minister' }))).toBe('Kim Jong-un meets with a visiting minister');
    expect(headline(parts('meeting.noun', { people: ['Keir Starmer'], after: ' which included leaders' }))).toBe('Keir Starmer holds meeting');
    expect(headline(parts('impeachment.passive', { people: ['Yoon Suk Yeol'] }))).toBe('Yoon Suk Yeol impeached');
    expect(headline(parts('martial-law.declare', { people: ['Yoon Suk Yeol'] }))).toBe('Yoon Suk Yeol declares martial law');
  });
  it('uses the subject the text gives when no person is linked, and a short object', () =>
    expect(headline(parts('release.material', { before: 'Earlier on December 16, the Ukrainian military has ', after: ' photos and footage of what appear to be dozens of soldiers' }))).toBe(
      'Ukrainian military releases photos and footage',
    ));
  it('agrees the verb with a plural head noun', () => {
    expect(headline(parts('statement.warn', { before: 'Senior European officials ', after: ' of risks' }))).toBe('Senior European officials warn of risks');
    expect(headline(parts('statement.warn', { before: 'The United Nations World Food Programme ', after: ' of hunger' }))).toBe('United Nations World Food Programme warns of hunger');
  });
  it('falls back to the countries', () =>
    expect(headline(parts('statement.accuse', { before: 'Earlier, ', countryNames: ['South Korea', 'United States'], after: ' North Korea of sending soldiers' }))).toBe(
      'South Korea and United States accuse North Korea',
    ));
  it('never exceeds the limit and never cuts a word', () => {
    const t = headline(parts('statement.condemn', { people: ['A Very Long Name Indeed', 'Another Extremely Long Name', 'And A Third Participant Name'], after: ' the extraordinarily comprehensive unprecedented multilateral arrangement' }));
    expect(t.length).toBeLessThanOrEqual(90);
    expect(t).toBe('A Very Long Name Indeed and others condemn extraordinarily comprehensive unprecedented');
  });
});

describe('subjectPhrase / objectPhrase', () => {
  it('rejects a bare pronoun subject', () => expect(subjectPhrase('It ')).toBeNull());
  it('starts the subject after a dateline dash', () => expect(subjectPhrase('KYIV, Ukraine (AP) — Russian forces ')).toBe('Russian forces'));
  it('drops the conjunction that opens a clause', () => {
    expect(subjectPhrase(' while Reform UK leader Nigel Farage was ')).toBe('Reform UK leader Nigel Farage');
    expect(subjectPhrase('Talks stalled, but the two sides ')).toBe('two sides');
  });
  it('ends the subject where its verb begins', () =>
    expect(subjectPhrase('BRUSSELS — European Union leaders will gather in Brussels next Thursday and Friday for a ')).toBe('European Union leaders'));
  it('keeps a plural subject', () => expect(subjectPhrase('Foreign ministers from South Korea and Japan ')).toBe('Foreign ministers from South Korea and Japan'));
  it('stops the object at a preposition and drops a leading article', () => {
    expect(objectPhrase(' a military treaty with Russia')).toBe('military treaty');
    expect(objectPhrase(' to South Korea')).toBe('South Korea');
    expect(objectPhrase(' optimism about the future of the partnership')).toBe('optimism about the future');
  });
});
