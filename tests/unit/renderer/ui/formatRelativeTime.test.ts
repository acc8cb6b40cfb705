import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from '../../../../src/renderer/src/ui/formatRelativeTime';

// A fixed "now" so the results do not depend on when the tests run.
const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it('says just now when the edit is less than 45 seconds old', () => {
    expect(formatRelativeTime(NOW, NOW, 'en')).toBe('just now');
    expect(formatRelativeTime(NOW - 44 * SECOND, NOW, 'en')).toBe('just now');
  });

  it('says just now when the clock is a few seconds behind the edit', () => {
    expect(formatRelativeTime(NOW + 10 * SECOND, NOW, 'en')).toBe('just now');
  });

  it('counts minutes when the edit is between 45 seconds and an hour old', () => {
    expect(formatRelativeTime(NOW - 45 * SECOND, NOW, 'en')).toBe('1 minute ago');
    expect(formatRelativeTime(NOW - 5 * MINUTE, NOW, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(NOW - 59 * MINUTE, NOW, 'en')).toBe('59 minutes ago');
  });

  it('counts hours when the edit is between an hour and a day old', () => {
    expect(formatRelativeTime(NOW - HOUR, NOW, 'en')).toBe('1 hour ago');
    expect(formatRelativeTime(NOW - 3 * HOUR - 10 * MINUTE, NOW, 'en')).toBe('3 hours ago');
  });

  it('uses words such as yesterday when the locale has them', () => {
    expect(formatRelativeTime(NOW - DAY, NOW, 'en')).toBe('yesterday');
    expect(formatRelativeTime(NOW - 3 * DAY, NOW, 'en')).toBe('3 days ago');
    expect(formatRelativeTime(NOW - 7 * DAY, NOW, 'en')).toBe('last week');
  });

  it('counts months and years when the edit is old', () => {
    expect(formatRelativeTime(NOW - 65 * DAY, NOW, 'en')).toBe('2 months ago');
    expect(formatRelativeTime(NOW - 800 * DAY, NOW, 'en')).toBe('2 years ago');
  });

  it('speaks of the future when the time is ahead of now', () => {
    expect(formatRelativeTime(NOW + 2 * HOUR, NOW, 'en')).toBe('in 2 hours');
  });

  it('follows the locale it is given', () => {
    expect(formatRelativeTime(NOW - 5 * MINUTE, NOW, 'fr')).toBe('il y a 5 minutes');
    expect(formatRelativeTime(NOW - DAY, NOW, 'de')).toBe('gestern');
  });
});
