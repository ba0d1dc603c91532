import { daysInMonth, pad, toDays, weekday } from './calendar';

// Holidays as data: a fixed day, the nth weekday of a month (n = -1 for the last) and some days after it, an offset
// from Easter Sunday, or a day of a lunisolar calendar (Chinese, Korean, Hebrew) found through the calendars Intl
// carries, searched in the Gregorian window where it can fall (from: a day just before the earliest it falls on from
// 1600 to 2100; it is not found outside, NaN).
type LunarCalendar = 'chinese' | 'dangi' | 'hebrew';
type HolidayRule =
  | { fixed: [month: number, day: number] }
  | { nth: [n: number, weekday: number, month: number]; plus?: number }
  | { easter: number }
  | { lunar: [calendar: LunarCalendar, month: string, day: number]; from: [month: number, day: number] };

interface Holiday {
  names: readonly string[];
  rule: HolidayRule;
}

export const HOLIDAYS: Readonly<Record<string, Holiday>> = {
  christmas: { names: ['christmas day', 'christmas'], rule: { fixed: [12, 25] } },
  'christmas-eve': { names: ['christmas eve'], rule: { fixed: [12, 24] } },
  'boxing-day': { names: ['boxing day'], rule: { fixed: [12, 26] } },
  'new-years-day': { names: ["new year's day", 'new year’s day', 'new years day'], rule: { fixed: [1, 1] } },
  'new-years-eve': { names: ["new year's eve", 'new year’s eve', 'new years eve'], rule: { fixed: [12, 31] } },
  valentines: { names: ["valentine's day", 'valentine’s day'], rule: { fixed: [2, 14] } },
  'st-patricks': { names: ["st. patrick's day", "saint patrick's day", 'st patrick’s day'], rule: { fixed: [3, 17] } },
  'may-day': { names: ['may day'], rule: { fixed: [5, 1] } },
  'independence-day-us': { names: ['the fourth of july', 'fourth of july', 'independence day'], rule: { fixed: [7, 4] } },
  'bastille-day': { names: ['bastille day'], rule: { fixed: [7, 14] } },
  halloween: { names: ['halloween'], rule: { fixed: [10, 31] } },
  've-day': { names: ['v-e day', 've day', 'victory in europe day'], rule: { fixed: [5, 8] } },
  'australia-day': { names: ['australia day'], rule: { fixed: [1, 26] } },
  'anzac-day': { names: ['anzac day'], rule: { fixed: [4, 25] } },
  'canada-day': { names: ['canada day'], rule: { fixed: [7, 1] } },
  juneteenth: { names: ['juneteenth'], rule: { fixed: [6, 19] } },
  'earth-day': { names: ['earth day'], rule: { fixed: [4, 22] } },
  'bonfire-night': { names: ['guy fawkes night', 'bonfire night'], rule: { fixed: [11, 5] } },
  'armistice-day': { names: ['armistice day', 'veterans day', "veterans' day", 'remembrance day'], rule: { fixed: [11, 11] } },
  'mlk-day': { names: ['martin luther king day', 'martin luther king jr. day'], rule: { nth: [3, 1, 1] } },
  'presidents-day': { names: ["presidents' day", 'presidents day'], rule: { nth: [3, 1, 2] } },
  'memorial-day': { names: ['memorial day'], rule: { nth: [-1, 1, 5] } },
  'labor-day': { names: ['labor day'], rule: { nth: [1, 1, 9] } },
  'columbus-day': { names: ['columbus day'], rule: { nth: [2, 1, 10] } },
  thanksgiving: { names: ['thanksgiving day', 'thanksgiving'], rule: { nth: [4, 4, 11] } },
  'black-friday': { names: ['black friday'], rule: { nth: [4, 4, 11], plus: 1 } },
  'cyber-monday': { names: ['cyber monday'], rule: { nth: [4, 4, 11], plus: 4 } },
  // the Tuesday after the first Monday of November
  'election-day-us': { names: ['election day'], rule: { nth: [1, 1, 11], plus: 1 } },
  'good-friday': { names: ['good friday'], rule: { easter: -2 } },
  easter: { names: ['easter sunday', 'easter day', 'easter'], rule: { easter: 0 } },
  'easter-monday': { names: ['easter monday'], rule: { easter: 1 } },
  // Chinese months are numbered ("8"; a leap month is "8bis" and never matches), Hebrew ones named as ICU names them
  'lunar-new-year': { names: ['lunar new year', 'chinese new year', 'spring festival'], rule: { lunar: ['chinese', '1', 1], from: [1, 20] } },
  seollal: { names: ['seollal'], rule: { lunar: ['dangi', '1', 1], from: [1, 20] } },
  'lantern-festival': { names: ['lantern festival'], rule: { lunar: ['chinese', '1', 15], from: [2, 3] } },
  'buddhas-birthday': { names: ["buddha's birthday", 'buddha’s birthday'], rule: { lunar: ['dangi', '4', 8], from: [4, 27] } },
  'dragon-boat-festival': { names: ['dragon boat festival'], rule: { lunar: ['chinese', '5', 5], from: [5, 26] } },
  'mid-autumn-festival': { names: ['mid-autumn festival'], rule: { lunar: ['chinese', '8', 15], from: [9, 7] } },
  chuseok: { names: ['chuseok'], rule: { lunar: ['dangi', '8', 15], from: [9, 7] } },
  passover: { names: ['passover'], rule: { lunar: ['hebrew', 'Nisan', 15], from: [3, 22] } },
  'rosh-hashanah': { names: ['rosh hashanah', 'rosh hashana'], rule: { lunar: ['hebrew', 'Tishri', 1], from: [9, 1] } },
  'yom-kippur': { names: ['yom kippur'], rule: { lunar: ['hebrew', 'Tishri', 10], from: [9, 10] } },
  hanukkah: { names: ['hanukkah', 'chanukah'], rule: { lunar: ['hebrew', 'Kislev', 25], from: [11, 24] } },
};

/** Every holiday name, for the {HOLIDAY} macro. */
export const HOLIDAY_NAMES: readonly string[] = Object.values(HOLIDAYS).flatMap((h) => h.names);

const BY_NAME = new Map(Object.entries(HOLIDAYS).flatMap(([id, h]) => h.names.map((n) => [n, id] as const)));

/** The holiday id a written name stands for ("Christmas Day" → christmas). */
export const holidayId = (name: string) => BY_NAME.get(name.toLowerCase().replace(/\s+/g, ' ')) ?? null;

/** Gregorian Easter Sunday (anonymous algorithm), as a day number. */
function easterSunday(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const g = Math.floor((8 * b + 13) / 25), h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return toDays(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The day of the nth weekday `dow` (1 Monday … 7 Sunday) of a month, n = -1 for the last; NaN when the month has no nth. */
export function nthWeekday(y: number, n: number, dow: number, month: number): number {
  if (n > 0) {
    const first = toDays(y, month, 1);
    const day = first + ((dow - weekday(first) + 7) % 7) + (n - 1) * 7;
    return day - first < daysInMonth(y, month) ? day : NaN;
  }
  const last = toDays(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1) - 1;
  return last - ((weekday(last) - dow + 7) % 7);
}

const DAY_MS = 86_400_000;
/** Days after its window opens that a lunisolar date is looked for (each falls within 31 of its earliest day). */
const LUNAR_WINDOW = 35;

/** Reads a day of a lunisolar calendar through Intl; one formatter per calendar, made on first use (they are slow to make). */
const lunarFormats = new Map<LunarCalendar, Intl.DateTimeFormat>();
function lunarDate(calendar: LunarCalendar, day: number): { month: string; day: number } {
  let format = lunarFormats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric' });
    lunarFormats.set(calendar, format);
  }
  const parts = format.formatToParts(day * DAY_MS);
  return { month: parts.find((p) => p.type === 'month')!.value, day: +parts.find((p) => p.type === 'day')!.value };
}

/** The day of a lunisolar date in Gregorian year y, or NaN when it is not in its window (a year far from ours). */
function lunarDay(y: number, [calendar, month, day]: readonly [LunarCalendar, string, number], [fm, fd]: readonly [number, number]): number {
  const from = toDays(y, fm, fd);
  for (let n = from; n <= from + LUNAR_WINDOW; n++) {
    const date = lunarDate(calendar, n);
    if (date.month === month && date.day === day) return n;
  }
  return NaN;
}

/** The day a holiday falls on in year y (NaN for a lunisolar one outside its window). */
export function holidayDay(id: string, y: number): number {
  const rule = HOLIDAYS[id]?.rule;
  if (!rule) throw new Error(`unknown holiday ${id}`);
  if ('fixed' in rule) return toDays(y, rule.fixed[0], rule.fixed[1]);
  if ('nth' in rule) return nthWeekday(y, ...rule.nth) + (rule.plus ?? 0);
  if ('lunar' in rule) return lunarDay(y, rule.lunar, rule.from);
  return easterSunday(y) + rule.easter;
}

/** The value of a holiday whose year is unknown: the fields every year shares ("Christmas" XXXX-12-25, "Labor Day" XXXX-09-XX). */
export function holidayPlaceholder(id: string): string {
  const rule = HOLIDAYS[id]?.rule;
  if (!rule) throw new Error(`unknown holiday ${id}`);
  if ('fixed' in rule) return `XXXX-${pad(rule.fixed[0])}-${pad(rule.fixed[1])}`;
  if ('nth' in rule) {
    const [n, , month] = rule.nth;
    // the month is known unless the days added can carry past its end ("Cyber Monday" may fall in December)
    const stays = !rule.plus || (n > 0 && 7 * n + rule.plus <= daysInMonth(2001, month));
    return stays ? `XXXX-${pad(month)}-XX` : 'XXXX-XX-XX';
  }
  return 'XXXX-XX-XX'; // Easter moves between March and April, lunisolar days across month ends
}
