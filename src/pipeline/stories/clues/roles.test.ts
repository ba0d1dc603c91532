import { describe, expect, it } from 'vitest';
import { people } from '../../actors/gazetteer';
import { roleClues, roleSpans } from './roles';

const found = (text: string) => roleClues({ start: 0, text }).map((e) => ({ text: e.clue.text, rule: e.clue.rule, allowed: e.allowed }));
const person = (name: string) => people.find((p) => p.name === name)!;

describe('roleClues', () => {
  it.each([
    ['President-elect Donald Trump said', 'President-elect Donald Trump', { from: '2024-11-06', to: '2025-01-20' }],
    ['acting President Choi Sang-mok ordered', 'acting President Choi Sang-mok', { from: '2024-12-27', to: '2025-03-24' }],
    ['Impeached South Korean President Yoon Suk Yeol appeared', 'Impeached South Korean President Yoon Suk Yeol', { from: '2024-12-14', to: '2025-04-04' }],
    ['under former president Yoon Suk Yeol, who', 'former president Yoon Suk Yeol', { from: '2025-04-04', to: null }],
    ['German Chancellor Friedrich Merz, and', 'Chancellor Friedrich Merz', { from: '2025-05-06', to: null }],
    ['Shigeru Ishiba, a former Japanese prime minister, has', 'Shigeru Ishiba, a former Japanese prime minister', { from: '2025-10-21', to: null }],
  ])('%s', (text, clue, span) => {
    const [first] = found(text);
    expect(first?.text).toBe(clue);
    expect(first?.allowed).toContainEqual(span);
    expect(text.indexOf(first!.text)).toBeGreaterThanOrEqual(0);
  });

  it('an ambiguous surname allows every holder of the title', () => {
    const [lee] = found('South Korean President Lee met reporters');
    expect(lee?.allowed).toEqual(expect.arrayContaining([{ from: '2025-06-04', to: null }]));
    expect(lee?.allowed.length).toBeGreaterThan(1);
  });

  it('negative cases: no title, "then-", a title the person never held, lower-case words', () => {
    expect(found('Donald Trump said on Monday')).toEqual([]);
    expect(found('then-President Trump said')).toEqual([]);
    expect(found('Chancellor Shigeru Ishiba said')).toEqual([]);
    expect(found('the president of the club, lee, said')).toEqual([]);
  });

  it('a modifier only counts inside the title phrase', () => {
    const [clue] = found('the former ruling party said President Yoon Suk Yeol erred');
    expect(clue?.text).toBe('President Yoon Suk Yeol');
    expect(clue?.allowed).toContainEqual({ from: '2022-05-10', to: '2024-12-14' });
  });

  it('roleSpans: a title covers the roles it includes; "former" is the time after, while not in office', () => {
    expect(roleSpans(person('Yoon Suk Yeol'), 'president')).toEqual([{ from: '2022-05-10', to: '2024-12-14' }, { from: '2024-12-14', to: '2025-04-04' }]);
    expect(roleSpans(person('Donald Trump'), 'former:president')).toEqual([{ from: '2021-01-20', to: '2025-01-20' }]);
  });
});
