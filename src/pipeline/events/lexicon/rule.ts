// A trigger rule: the words that name a happening, with its kind and a headline template. Rules are data (one
// family per file); `compileRules` validates them at load and throws naming the first bad rule.

export type EventType =
  | 'meeting' | 'call' | 'visit' | 'statement' | 'agreement'
  | 'impeachment' | 'martial-law' | 'inauguration' | 'election' | 'appointment' | 'resignation'
  | 'attack' | 'launch' | 'release';

export interface TriggerRule {
  /** `family.name`, kebab-case. */
  id: string;
  type: EventType;
  /** Regular-expression source, matched case-insensitively on word boundaries. */
  pattern: string;
  /** Headline: {who} = participants, {s}/{es} = verb agreement, {object} = the words after the verb. */
  title: string;
  /** Headline when a two-sided happening has one known participant ("{who} holds talks", not "{who} meets"). */
  alone?: string;
  /** A noun ("talks", "state visit"): after "the"/"their" it names a happening the story has already introduced. */
  nominal?: boolean;
  /** Sentences the rule must fire on. */
  examples: string[];
  /** Sentences it must not fire on. */
  negatives: string[];
}

export interface CompiledRule extends TriggerRule {
  regex: RegExp;
}

const ID = /^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/;

export function compileRules(rules: readonly TriggerRule[]): CompiledRule[] {
  const seen = new Set<string>();
  return rules.map((rule) => {
    const fail = (why: string) => new Error(`trigger rule '${rule.id}': ${why}`);
    if (!ID.test(rule.id)) throw fail('id must be family.name in kebab-case');
    if (seen.has(rule.id)) throw fail('duplicate id');
    seen.add(rule.id);
    if (!rule.title.includes('{who}') || (rule.alone !== undefined && !rule.alone.includes('{who}'))) throw fail('title must contain {who}');
    if (rule.examples.length === 0) throw fail('needs at least one example');
    let regex: RegExp;
    try {
      regex = new RegExp(`\\b(?:${rule.pattern})\\b`, 'giu');
    } catch (e) {
      throw fail(`bad pattern (${(e as Error).message})`);
    }
    if (new RegExp(`^(?:${rule.pattern})$`, 'u').test('')) throw fail('pattern matches the empty string');
    return { ...rule, regex };
  });
}

/** True when the rule finds a trigger in `text` (used by the rule tests and nowhere else needs more). */
export function firesOn(rule: CompiledRule, text: string): boolean {
  rule.regex.lastIndex = 0;
  return rule.regex.test(text);
}
