const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD); whole days keep date arithmetic free of time zones. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Expected a date written as YYYY-MM-DD, got "${iso}".`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The UTC midnight of a day number, as spreadsheet date cells want it. */
export function dateFromDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function isoFromDay(day: number): string {
  return dateFromDay(day).toISOString().slice(0, 10);
}

/** dd/mm/yyyy, as Excel with an Indonesian locale writes dates. */
export function dmyFromDay(day: number): string {
  const [y, m, d] = isoFromDay(day).split('-');
  return `${d}/${m}/${y}`;
}
