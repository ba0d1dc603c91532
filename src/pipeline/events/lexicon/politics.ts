import type { TriggerRule } from './rule';

// Changes of office and constitutional crises. Adjectival uses ("Impeached President Yoon appeared", "newly elected
// President Lee") describe a person, not a happening, so the verb rules require an auxiliary.
export const POLITICS: TriggerRule[] = [
  { id: 'impeachment.passive', type: 'impeachment', pattern: '(?:was|were|been|being|is|be) impeached',
    title: '{who} impeached', examples: ['Yoon Suk Yeol was impeached by the National Assembly'],
    negatives: ['Impeached South Korean President Yoon Suk Yeol appeared at court'] },
  { id: 'impeachment.noun', type: 'impeachment', pattern: 'impeachment (?:of|vote)|impeach(?:es|ed)? (?:president|prime minister|him|her)',
    title: '{who} impeached', examples: ['the impeachment of President Yoon', 'lawmakers impeached him'],
    negatives: ['the sixth hearing in his impeachment case'] },
  { id: 'martial-law.declare', type: 'martial-law',
    pattern: '(?:imposition|declaration|declar(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|lift(?:s|ed|ing)?) (?:of )?martial law',
    title: '{who} declare{s} martial law',
    examples: ["Yoon's short-lived imposition of martial law", 'after declaring martial law'],
    negatives: ['martial arts', 'the law of the sea'] },
  { id: 'inauguration.office', type: 'inauguration', pattern: '(?:took|taking|takes|take|assumed|assuming) office|sworn in|inaugurated',
    title: '{who} take{s} office', examples: ['since taking office on 4 June', 'Lee was sworn in'],
    negatives: ['the office said'] },
  { id: 'election.elected', type: 'election', pattern: '(?:was|were|been|is|be) (?:re-?)?elected|won (?:the |a )?(?:[\\p{L}-]+ )?elections?',
    title: '{who} elected', examples: ['Lee was elected president', 'she won the presidential election'],
    negatives: ['newly elected President Lee Jae Myung'] },
  { id: 'appointment.passive', type: 'appointment', pattern: '(?<!\\bnot to )(?:was|were|been|is|be) (?:appointed|named|nominated)',
    title: '{who} appointed', examples: ['Choi was appointed finance minister'],
    negatives: ['an appointment at noon', 'a diplomat, who asked not to be named because the talks are confidential'] },
  { id: 'appointment.active', type: 'appointment', pattern: '(?:appoint(?:s|ed)|nominat(?:es|ed))(?! (?:hour|day|time|date|place)\\b)',
    title: '{who} appoint{s} {object}', examples: ['Takaichi appointed Toshimitsu Motegi as foreign minister'],
    negatives: ['the appointed hour came', 'an appointment'] },
  { id: 'resignation.resign', type: 'resignation', pattern: 'resign(?:s|ed)(?! (?:shrug|look|sigh|tone))|step(?:s|ped)? down',
    title: '{who} resign{s}', examples: ['The minister resigned', 'Ishiba stepped down'], negatives: ['a resigned shrug'] },
];
