// Splits a text into runs, each with the marks (timex, actor, evidence…) covering it, so highlights can be rendered
// as plain text nodes inside <mark> elements — never as HTML. Overlapping and out-of-range marks are handled.
export interface Mark<K extends string = string> {
  start: number;
  end: number;
  kind: K;
  /** A short explanation shown on hover / to screen readers. */
  label?: string;
}

export interface Segment<K extends string = string> {
  text: string;
  start: number;
  marks: Mark<K>[];
}

export function segment<K extends string>(text: string, marks: readonly Mark<K>[], offset = 0): Segment<K>[] {
  const inside = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start - offset), end: Math.min(text.length, m.end - offset) }))
    .filter((m) => m.start < m.end);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment<K>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    out.push({ text: text.slice(a, b), start: a + offset, marks: inside.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}
