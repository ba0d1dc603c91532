// The seed pages through the whole pipeline and the corpus merge, checked against the seed gold events.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, pipelineInput } from '../../corpus/load';
import gold from '../fixtures/seed-gold.json';
import { mergeCorpus } from '../merge';
import { analyzeDocument } from '../pipeline';
import type { TimelineEvent } from '../types';

interface GoldEvent { date: string; actors: string[]; countries: string[]; what: string; optional?: boolean }
const docs = loadCorpus(join(__dirname, '../../corpus/documents'));
const analyses = docs.map((d) => analyzeDocument(pipelineInput(d)));
const merged = mergeCorpus(analyses);
const docOf = (file: string) => docs.find((d) => d.source === file)!.id;
const norm = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s-]+/g, ' ').toLowerCase();
const names = (e: TimelineEvent) => e.actors.map((a) => norm(a.name)).sort();
const twinOf = (g: GoldEvent) => /same event as (\S+) in (\d{3})/.exec(g.what);

/** The merged event reporting `g` from `docId`: same people (or, without people, same countries) and the gold date. */
function find(g: GoldEvent, docId: string): TimelineEvent | undefined {
  const people = g.actors.map(norm).sort();
  return merged.events.find((e) => {
    const here = e.sources.filter((s) => s.docId === docId);
    if (!here.length) return false;
    const who = people.length ? JSON.stringify(names(e)) === JSON.stringify(people) : e.actors.length === 0 && sameSet(e.countries, g.countries);
    const dated = e.date.value === g.date || here.some((s) => (s.evidence?.value ?? s.context.value) === g.date);
    return who && dated;
  });
}
const sameSet = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

const cases = gold.pages.flatMap((page) => (page.events as GoldEvent[]).map((g) => ({ file: page.file, g })));

describe('seed corpus against the seed gold', () => {
  it.each(cases.filter((c) => !c.g.optional))('$file: $g.date $g.what', ({ file, g }) => {
    const e = find(g, docOf(file));
    expect(e, 'event with the gold actors and date').toBeDefined();
    expect(e!.countries.sort()).toEqual([...g.countries].sort());
    const twin = twinOf(g);
    if (twin) {
      const other = gold.pages.find((p) => p.file.startsWith(twin[2]!))!;
      expect(e!.sources.map((s) => s.docId), 'merged with its twin').toContain(docOf(other.file));
      expect(e!.date.value).toBe(twin[1]);
    }
  });
  it.each(cases.filter((c) => c.g.optional))('$file (optional, right if produced): $g.what', ({ file, g }) => {
    const produced = merged.events.find((e) => e.sources.some((s) => s.docId === docOf(file)) && JSON.stringify(names(e)) === JSON.stringify(g.actors.map(norm).sort()));
    if (produced) {
      expect(produced.date.value).toBe(g.date);
      expect(produced.countries.sort()).toEqual([...g.countries].sort());
    }
  });
  it('makes no duplicate events: one event per (kind, people, date)', () => {
    const keys = merged.events.map((e) => `${e.type}|${names(e).join(',')}|${e.date.value}|${e.actors.length ? '' : e.countries.join(',')}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
  it('makes no events from boilerplate', () => {
    for (const a of analyses) {
      const boiler = a.blocks.filter((b) => b.kind === 'boilerplate');
      for (const e of a.events) for (const s of e.sources.filter((x) => x.docId === a.docId)) expect(boiler.some((b) => s.start >= b.start && s.start < b.end)).toBe(false);
    }
  });
  it('titles every event in headline style: short, no cut word, no final period', () => {
    for (const e of merged.events) {
      expect(e.title.length).toBeLessThanOrEqual(90);
      expect(e.title).toMatch(/^\S.*[^\s.…]$/u);
    }
  });
  it("gives each linked person the role held at the event's date", () => {
    const call = merged.events.find((e) => e.date.value === '2024-12-19' && e.type === 'call')!;
    expect(call.actors.find((a) => a.name === 'Han Duck-soo')?.role).toBe('acting president');
    expect(call.actors.find((a) => a.name === 'Shigeru Ishiba')?.role).toBe('prime minister');
  });
  it('keeps a person named with a role cue but unknown to the gazetteer as unlinked, never drops them', () => {
    const unlinked = merged.events.flatMap((e) => e.unlinked ?? []);
    expect(unlinked.find((u) => /Budanov/.test(u.name))).toMatchObject({ country: 'UA', role: expect.stringMatching(/intelligence/) });
    // An office nobody could be linked to ("Foreign ministers", "leaders") is not a person's name.
    expect(unlinked.map((u) => u.name.toLowerCase())).not.toEqual(expect.arrayContaining(['foreign ministers']));
    expect(unlinked.map((u) => u.name.toLowerCase())).not.toEqual(expect.arrayContaining(['leaders']));
  });
  it('resolves every alias to a shipped event', () => {
    const ids = new Set(merged.events.map((e) => e.id));
    for (const target of Object.values(merged.aliases)) expect(ids.has(target)).toBe(true);
  });
});
