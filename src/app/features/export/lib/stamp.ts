// A deterministic "generated at" for exports: the bundle has no build time, and the wall clock would make every
// download differ, so the data is stamped as of its latest known publication day.
import type { BundledDocument, IsoDate } from '../../../../pipeline/types';

/** Fallback when no document has a known publication day (the Unix epoch, clearly not a real date). */
export const UNKNOWN_STAMP: IsoDate = '1970-01-01';

/** The latest publication day (or window end) among the documents, for ExportMenu's `generatedAt`. */
export function generatedAtOf(documents: readonly Pick<BundledDocument, 'dct'>[]): IsoDate {
  const days = documents.map((d) => d.dct.value ?? d.dct.to).filter((day): day is IsoDate => day !== null);
  return days.reduce((latest, day) => (day > latest ? day : latest), UNKNOWN_STAMP);
}
