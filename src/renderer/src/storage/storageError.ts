/**
 * A failed write, as a value the UI can show: what kind of failure (so it can offer the right way
 * out, e.g. an export when the disk is full) and a sentence a user can read.
 */
import { assertNever } from '../../../shared/domain/result';

export type StorageErrorKind = 'quota' | 'aborted' | 'blocked' | 'unknown';

export interface StorageError {
  readonly kind: StorageErrorKind;
  /** A sentence a user can read, e.g. "Your board could not be saved: the disk is full." */
  readonly message: string;
}

/** What was being attempted, in words that start the message. */
export type StorageAction = 'open' | 'create' | 'save' | 'delete' | 'undo' | 'redo';

const ACTION_TEXT: Record<StorageAction, string> = {
  open: 'Your boards could not be opened',
  create: 'Your board could not be created',
  save: 'Your board could not be saved',
  delete: 'The board could not be deleted',
  undo: 'The last change could not be undone',
  redo: 'The change could not be redone',
};

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// A database closed or refused because another window is upgrading it, or a newer app version already did.
const BLOCKED_NAMES = new Set(['VersionChangeError', 'DatabaseClosedError', 'VersionError', 'BlockedError']);
const ABORT_NAMES = new Set(['AbortError', 'TransactionInactiveError', 'PrematureCommitError', 'TimeoutError']);

// Dexie wraps errors (AbortError with the QuotaExceededError that caused it as `inner`, BulkError
// with `failures`), so the chain is searched; a few levels are plenty and guard against cycles.
const MAX_DEPTH = 4;

/** Maps anything Dexie or IndexedDB can throw to a StorageError. */
export function toStorageError(error: unknown, action: StorageAction): StorageError {
  const names = new Set<string>();
  collectNames(error, names, 0);
  const kind = kindOf(names);
  return { kind, message: `${ACTION_TEXT[action]}: ${reason(kind, error)}` };
}

/** An edit to a board that is no longer stored, e.g. deleted in another window meanwhile. */
export function boardMissingError(action: StorageAction): StorageError {
  return { kind: 'unknown', message: `${ACTION_TEXT[action]}: it no longer exists, perhaps deleted in another window. Export it to keep a copy.` };
}

function kindOf(names: ReadonlySet<string>): StorageErrorKind {
  // Most specific first: an abort caused by a full disk is a full disk.
  if ([...names].some((name) => QUOTA_NAMES.has(name))) {
    return 'quota';
  }
  if ([...names].some((name) => BLOCKED_NAMES.has(name))) {
    return 'blocked';
  }
  if ([...names].some((name) => ABORT_NAMES.has(name))) {
    return 'aborted';
  }
  return 'unknown';
}

function reason(kind: StorageErrorKind, error: unknown): string {
  switch (kind) {
    case 'quota':
      return 'the disk is full. Free some space, or export the board to keep a copy.';
    case 'blocked':
      return 'the database is being upgraded or is held by another window of RACI Board. Close the other windows and try again.';
    case 'aborted':
      return 'the change was interrupted before it finished, so nothing was written. Try again.';
    case 'unknown': {
      const detail = messageOf(error);
      return detail === '' ? 'local storage reported an unexpected error.' : `local storage reported an unexpected error (${detail}).`;
    }
    default:
      return assertNever(kind);
  }
}

function collectNames(error: unknown, names: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) {
    return;
  }
  const candidate = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof candidate.name === 'string') {
    names.add(candidate.name);
  }
  collectNames(candidate.inner, names, depth + 1);
  collectNames(candidate.cause, names, depth + 1);
  if (Array.isArray(candidate.failures)) {
    for (const failure of candidate.failures) {
      collectNames(failure, names, depth + 1);
    }
  }
}

/** The message of the error that started it all: Dexie's wrappers repeat it with their own words around it. */
function messageOf(error: unknown, depth = 0): string {
  if (typeof error === 'object' && error !== null) {
    const inner = 'inner' in error && depth < MAX_DEPTH ? messageOf(error.inner, depth + 1) : '';
    if (inner !== '') {
      return inner;
    }
    if ('message' in error && typeof error.message === 'string') {
      return error.message.trim();
    }
  }
  return typeof error === 'string' ? error.trim() : '';
}
