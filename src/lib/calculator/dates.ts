/**
 * The one way the calculator writes a date: the reader's locale, medium style ("Dec 6, 2026", "6 Dec 2026"),
 * in the reader's time zone. Dates are stored as ISO date-times; a value that does not parse is shown as
 * its first ten characters rather than as "Invalid Date".
 */

// Making a DateTimeFormat costs far more than using one, and dates re-render on every rating.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale?: string, timeZone?: string): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) });
    formats.set(key, format);
  }
  return format;
}

/** `locale` and `timeZone` default to the reader's (the runtime's); tests pass them. */
export function formatDate(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return formatFor(locale, timeZone).format(date);
}
