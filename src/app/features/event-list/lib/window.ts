// Which slice of the (possibly 100k-long) filtered list to render: a page around the selection, grown on demand.
export const PAGE = 150;

export interface ListSlice {
  from: number;
  to: number;
}

/** `k` = index of the selection in the filtered list (-1 if none or filtered out); `more` = extra rows each side. */
export function sliceAround(length: number, k: number, more: { before: number; after: number }): ListSlice {
  const centre = k < 0 ? 0 : Math.max(0, k - PAGE / 2);
  const from = Math.max(0, centre - more.before);
  return { from, to: Math.min(length, centre + PAGE + more.after) };
}

/** The group of rows without a date on the axis (they sort last). */
export const UNDATED = 'undated';

/** Consecutive runs of rows sharing a month (`YYYY-MM` of their start day; UNDATED for rows without one). */
export function groupByMonth<T>(rows: readonly T[], day: (row: T) => string | null): { month: string; rows: T[] }[] {
  const groups: { month: string; rows: T[] }[] = [];
  for (const row of rows) {
    const month = day(row)?.slice(0, 7) ?? UNDATED;
    const last = groups.at(-1);
    if (last?.month === month) last.rows.push(row);
    else groups.push({ month, rows: [row] });
  }
  return groups;
}
