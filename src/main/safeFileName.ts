/**
 * Turns the name the page suggests ("Q3/Q4 plan: draft") into a file name every operating system
 * accepts, ending with `extension`. The page's text is never allowed to become a path: separators
 * and characters Windows refuses are replaced, so the save dialog opens in the folder main chose.
 */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const FORBIDDEN_CHARACTERS = new Set('\\/:*?"<>|');
const MAX_STEM_LENGTH = 120;

function isAllowed(character: string): boolean {
  const code = character.charCodeAt(0);
  return code >= 0x20 && code !== 0x7f && !FORBIDDEN_CHARACTERS.has(character);
}

export function safeFileName(suggested: string, extension: `.${string}`): string {
  let stem = Array.from(suggested, (character) => (isAllowed(character) ? character : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (stem.toLowerCase().endsWith(extension.toLowerCase())) stem = stem.slice(0, -extension.length);
  // Windows drops trailing dots and spaces, and a leading dot hides the file elsewhere.
  // Cut by characters, not UTF-16 units, so an emoji is never split in half.
  stem = Array.from(stem).slice(0, MAX_STEM_LENGTH).join('').replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem === '') stem = 'Board';
  // Windows reserves these names whatever follows the first dot ("con.pdf" cannot be created).
  if (RESERVED_WINDOWS_NAMES.test(stem.split('.')[0] ?? '')) stem = `Board ${stem}`;
  return `${stem}${extension}`;
}
