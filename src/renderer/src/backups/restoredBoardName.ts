import { codePointLength, NAME_LIMITS } from '../../../shared/domain/validateName';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * "2026-01-05 09:07" in the computer's time zone: sorts well and reads the same in every language.
 * With `seconds`, "2026-01-05 09:07:30", which tells apart backups made in the same minute.
 */
export function backupTimeLabel(savedAt: number, { seconds = false }: { readonly seconds?: boolean } = {}): string {
  const date = new Date(savedAt);
  const minutes = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return seconds ? `${minutes}:${twoDigits(date.getSeconds())}` : minutes;
}

/**
 * The name of a board restored from a backup: "Launch plan (restored 2026-01-05 09:07)", dated by
 * the backup, so copies restored from different backups can be told apart. The original name is
 * shortened when the whole would pass the board-name limit.
 */
export function restoredBoardName(name: string, savedAt: number): string {
  const suffix = ` (restored ${backupTimeLabel(savedAt)})`;
  const room = NAME_LIMITS.board - codePointLength(suffix);
  const characters = Array.from(name.trim());
  const kept = characters.length <= room ? characters.join('') : `${characters.slice(0, room - 1).join('').trimEnd()}…`;
  return `${kept}${suffix}`;
}
