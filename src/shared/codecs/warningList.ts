/**
 * Collects the repairs an import made, in words. A badly damaged file can produce thousands of
 * them; a person reads the first few, so the list keeps a fixed number and counts the rest.
 */

/** How many repairs are spelled out before the rest are only counted. */
export const MAX_LISTED_WARNINGS = 50;

export interface WarningList {
  add(message: string): void;
  /** The listed warnings, followed by one line counting any left out. */
  toArray(): string[];
}

export function createWarningList(limit: number = MAX_LISTED_WARNINGS): WarningList {
  const listed: string[] = [];
  let unlisted = 0;
  return {
    add(message) {
      if (listed.length < limit) listed.push(message);
      else unlisted += 1;
    },
    toArray() {
      if (unlisted === 0) return [...listed];
      return [...listed, `${unlisted} more ${unlisted === 1 ? 'repair was made that is' : 'repairs were made that are'} not listed here.`];
    },
  };
}

const QUOTED_LENGTH = 60;

/** A name as a warning quotes it: in double quotes, cut short when long, so one title cannot flood the message. */
export function quoted(name: string): string {
  const points = [...name.slice(0, QUOTED_LENGTH * 2)];
  return points.length > QUOTED_LENGTH || name.length > QUOTED_LENGTH * 2 ? `"${points.slice(0, QUOTED_LENGTH).join('')}…"` : `"${name}"`;
}

/** 1 -> "1st", 2 -> "2nd", 11 -> "11th": how a person counts items in a list. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
