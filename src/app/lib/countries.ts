// Country names for ISO 3166-1 alpha-2 codes, from the browser's own locale data (no table to ship or keep current).
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** "JP" → "Japan"; an unknown code falls back to the name the text used, then to the code itself. */
export function countryName(code: string, fallback?: string): string {
  try {
    return names.of(code) ?? fallback ?? code;
  } catch {
    return fallback ?? code;
  }
}
