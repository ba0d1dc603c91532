// Quoted speech: what a person says is content, not the happening. Pairs “…”, ‘…’ (when not an apostrophe) and "…".
const PAIRS: [string, string][] = [['“', '”'], ['"', '"'], ['‘', '’']];

export interface Span {
  start: number;
  end: number;
}

/** Spans (inclusive of the marks) of quoted passages in `text`; an unclosed mark quotes nothing. */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      // A ‘ or ’ between letters is an apostrophe (Japan’s), never a quote mark.
      const e = findClose(text, close, s + 1);
      if (e < 0) break;
      spans.push({ start: s, end: e + 1 });
      from = e + 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function findClose(text: string, close: string, from: number): number {
  for (let i = text.indexOf(close, from); i >= 0; i = text.indexOf(close, i + 1)) {
    if (close !== '’' || !/\p{L}/u.test(text[i + 1] ?? '')) return i;
  }
  return -1;
}

export const inside = (spans: readonly Span[], at: number) => spans.some((s) => at >= s.start && at < s.end);
