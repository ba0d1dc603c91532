// Pattern rules as data: every row has an id, a regular expression, a reason, examples it must match and negative
// cases it must not. Tables are checked when loaded; a bad row throws, naming its table and id.

export interface PatternRow {
  id: string;
  pattern: string;
  reason: string;
  examples: string[];
  negatives: string[];
  /** RegExp flags for this row when the table's default does not fit (e.g. 'u' for a case-sensitive name). */
  flags?: string;
}

export type Compiled<R extends PatternRow> = R & { re: RegExp };

const ID = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;

export function compileRules<R extends PatternRow>(table: string, rows: readonly R[], flags = 'iu'): Compiled<R>[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const name = `${table} rule ${JSON.stringify(row?.id ?? `#${i}`)}`;
    if (typeof row?.id !== 'string' || !ID.test(row.id)) throw new Error(`${name}: id must be kebab-case`);
    if (seen.has(row.id)) throw new Error(`${name}: duplicate id`);
    seen.add(row.id);
    if (!row.reason) throw new Error(`${name}: needs a reason`);
    if (!row.examples?.length || !Array.isArray(row.negatives)) throw new Error(`${name}: needs examples and negatives`);
    let re: RegExp;
    try {
      re = new RegExp(row.pattern, row.flags ?? flags);
    } catch (error) {
      throw new Error(`${name}: bad pattern (${(error as Error).message})`);
    }
    for (const example of row.examples) if (!re.test(example)) throw new Error(`${name}: does not match its example ${JSON.stringify(example)}`);
    for (const negative of row.negatives) if (re.test(negative)) throw new Error(`${name}: matches its negative case ${JSON.stringify(negative)}`);
    return { ...row, re };
  });
}

/** The first rule of a table matching `text`. */
export const firstMatch = <R extends PatternRow>(rules: readonly Compiled<R>[], text: string) => rules.find((r) => r.re.test(text));
