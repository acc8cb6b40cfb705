/**
 * Names a backup. The id doubles as the backup's file name (plus ".raci.json"), so it is built from
 * a safe alphabet only (see BACKUP_ID_PATTERN): a person browsing the backups folder still sees
 * which board and when ("Launch-plan_1a2b3c4d_2026-01-05T10-30-00-123Z"), and no board name can
 * turn it into a path. The hash of the board's id keeps two boards with the same name apart.
 */
import { BACKUP_ID_PATTERN } from './contract';

const MAX_NAME_KEY_LENGTH = 40;
/** Date.toISOString() stays in the plain four-digit-year form up to the end of year 9999. */
const LATEST_STAMPABLE_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** FNV-1a over the UTF-16 units: short, stable across processes and editions, no crypto needed. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function nameKey(boardName: string): string {
  const key = boardName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_KEY_LENGTH)
    .replace(/-+$/, '');
  return key === '' ? 'board' : key;
}

/** The id of the backup of board `boardId`, called `boardName`, saved at `savedAt` (ms since the epoch). */
export function backupId(boardId: string, boardName: string, savedAt: number): string {
  if (!Number.isFinite(savedAt) || savedAt < 0 || savedAt > LATEST_STAMPABLE_TIME) {
    throw new RangeError(`A backup cannot be saved at time ${savedAt}.`);
  }
  const stamp = new Date(Math.trunc(savedAt)).toISOString().replace(/[:.]/g, '-');
  return `${nameKey(boardName)}_${hashOf(boardId)}_${stamp}`;
}

/** When the backup `id` was saved, read back from the id; null when `id` is not a backup id. */
export function backupSavedAt(id: string): number | null {
  if (!BACKUP_ID_PATTERN.test(id)) return null;
  const stamp = id.slice(id.lastIndexOf('_') + 1);
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (match === null) return null;
  const time = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(time) ? null : time;
}
