import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input: string) =>
  spawnSync('npx', ['tsx', 'src/cli/extract.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

const seed002 = JSON.parse(readFileSync('src/corpus/documents/seed-002.json', 'utf8')).text as string;

describe('extract CLI', { timeout: 60_000 }, () => {
  it('prints the contract: timexes with offsets into the input, events, dct and stories', () => {
    const r = run(['--dct', '2024-12-19'], seed002);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.dct).toMatchObject({ value: '2024-12-19', from: '2024-12-19', to: '2024-12-19' });
    expect(['stated', 'curated']).toContain(out.dct.provenance);
    for (const t of out.timexes) {
      expect(seed002.slice(t.start, t.end)).toBe(t.text);
      expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
      expect(typeof t.value).toBe('string');
    }
    for (const e of out.events) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'title', 'date', 'actors', 'countries', 'start', 'end']));
      expect(e.date).toMatchObject({ value: expect.any(String), granularity: expect.any(String) });
    }
    for (const b of out.stories) expect(['main', 'teaser', 'boilerplate']).toContain(b.kind);
  });

  it('reports the context it used when no --dct is given', () => {
    const out = JSON.parse(run([], seed002).stdout);
    expect(['stated', 'curated', 'estimated', 'unknown']).toContain(out.dct.provenance);
    expect(out.dct).toHaveProperty('from');
    expect(out.dct).toHaveProperty('to');
  });

  it('--jsonl writes one result line per input line, in order, and names a bad line', () => {
    const lines = [
      JSON.stringify({ id: 'a', dct: '2024-12-19', text: 'Han met Ishiba on Thursday.' }),
      '{not json',
      JSON.stringify({ id: 'c', dct: '2024-02-30', text: 'x' }),
      JSON.stringify({ id: 'd', dct: null, text: 'Nothing dated here.' }),
    ];
    const r = run(['--jsonl'], lines.join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id ?? null)).toEqual(['a', null, 'c', 'd']);
    expect(out[1].error).toMatch(/line 2: not valid JSON/);
    expect(out[2].error).toMatch(/line 3: field "dct"/);
    expect(out[3].timexes).toBeInstanceOf(Array);
  });

  it('rejects a bad --dct with a usage error naming the value, and prints nothing on stdout', () => {
    const r = run(['--dct', '2025-13-01'], 'text');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--dct: '2025-13-01' is not a calendar day/);
    expect(r.stdout).toBe('');
  });
});
