import type { TriggerRule } from './rule';

// Attacks, weapons launches and releases of material by militaries and governments.
export const CONFLICT: TriggerRule[] = [
  { id: 'attack.verb', type: 'attack', pattern: 'attack(?:s|ed)|shell(?:s|ed)|bomb(?:s|ed)|invad(?:e|es|ed)',
    title: '{who} attack{s} {object}', examples: ['Russia attacked Kyiv overnight', 'troops invaded the region'],
    negatives: ['a heart attack victim', 'attacking midfielder'] },
  { id: 'attack.strike', type: 'attack', pattern: '(?:launch(?:es|ed)?|carr(?:y|ies|ied) out)(?= (?:an? )?(?:[\\p{L}-]+ ){0,2}(?:attack|strike|assault|offensive))|(?:missile|drone|air) (?:strike|attack)s?',
    title: '{who} launch{es} {object}', examples: ['Israel launched an air strike', 'a drone attack on the port', 'Russia launched a massive drone attack'],
    negatives: ['a general strike by workers'] },
  { id: 'launch.missile', type: 'launch', pattern: '(?:test-)?(?:fir(?:e|es|ed)|launch(?:es|ed)?)(?= (?:an? |two |several )?(?:[\\p{L}-]+ ){0,2}(?:missiles?|rockets?|satellites?))|missile (?:test|launch)',
    title: '{who} launch{es} {object}', examples: ['North Korea fired a ballistic missile', 'a missile test'],
    negatives: ['missile programs'] },
  { id: 'release.material', type: 'release', pattern: 'releas(?:e|es|ed)(?= (?:[\\p{L}-]+ ){0,3}?(?:footage|photos|videos?|images|report|documents))',
    title: '{who} release{s} {object}', examples: ['the Ukrainian military has released photos and footage'],
    negatives: ['released from prison'] },
];
