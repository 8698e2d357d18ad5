/** The calculator's one date format: the reader's locale, medium style, in the reader's time zone. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '@lib/calculator/dates';

describe('formatDate', () => {
  const iso = '2026-12-06T22:30:00.000Z';

  it("writes a stored date in the reader's locale, medium style", () => {
    expect(formatDate(iso, 'en-US', 'UTC')).toBe('Dec 6, 2026');
    expect(formatDate(iso, 'en-GB', 'UTC')).toBe('6 Dec 2026');
    expect(formatDate(iso, 'de-DE', 'UTC')).toBe('06.12.2026');
  });

  it("gives the day in the reader's time zone", () => {
    expect(formatDate(iso, 'en-US', 'Asia/Tokyo')).toBe('Dec 7, 2026');
    expect(formatDate(iso, 'en-US', 'America/Los_Angeles')).toBe('Dec 6, 2026');
  });

  it('shows a date it cannot read as written, never "Invalid Date"', () => {
    expect(formatDate('2026-13-45 someday', 'en-US')).toBe('2026-13-45');
  });
});
