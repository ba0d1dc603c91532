// What resolving one expression yields, before it becomes a Timex: the value, how it follows (plain words),
// what it was resolved against, and whether it rests on an estimated publication window.

export interface Done {
  value: string;
  how: string;
  source: 'publication' | 'previous-date' | 'none';
  estimated: boolean;
  /** The earlier value an anaphoric expression counted from. */
  from?: string;
}

