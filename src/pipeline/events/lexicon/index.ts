import { CONFLICT } from './conflict';
import { DIPLOMACY } from './diplomacy';
import { POLITICS } from './politics';
import { compileRules, type EventType } from './rule';

export type { CompiledRule, EventType, TriggerRule } from './rule';

/** Every trigger rule, validated at load. */
export const TRIGGER_RULES = compileRules([...DIPLOMACY, ...POLITICS, ...CONFLICT]);

/** Matches where any rule would: one pass that lets most sentences (no happening named) skip the rules. */
export const ANY_TRIGGER = new RegExp(`\\b(?:${TRIGGER_RULES.map((r) => `(?:${r.pattern})`).join('|')})\\b`, 'iu');

/**
 * Kinds that are facets of one diplomatic encounter ("held phone talks … and agreed to …") fold into one event when
 * they share a clause; the first listed wins the event's kind. Every other kind stands on its own.
 */
export const DIPLOMATIC: readonly EventType[] = ['call', 'meeting', 'visit', 'agreement', 'statement'];
