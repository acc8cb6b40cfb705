import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { boardMissingError, toStorageError } from '../../../../src/renderer/src/storage/storageError';

describe('toStorageError', () => {
  it('reports a full disk when IndexedDB throws QuotaExceededError', () => {
    expect(toStorageError(new DOMException('Quota exceeded', 'QuotaExceededError'), 'save')).toEqual({
      kind: 'quota',
      message: 'Your board could not be saved: the disk is full. Free some space, or export the board to keep a copy.',
    });
  });

  it('reports a full disk when Dexie wraps the quota error in an abort', () => {
    const abort = new Dexie.AbortError('Transaction aborted', new DOMException('Quota exceeded', 'QuotaExceededError'));

    expect(toStorageError(abort, 'create').kind).toBe('quota');
  });

  it('reports a full disk when one write of a bulk operation ran out of space', () => {
    const bulk = new Dexie.BulkError('1 of 3 operations failed', { 1: new DOMException('Quota exceeded', 'QuotaExceededError') });

    expect(toStorageError(bulk, 'save').kind).toBe('quota');
  });

  it('reports an interrupted change when the transaction was aborted', () => {
    const result = toStorageError(new DOMException('Aborted', 'AbortError'), 'delete');

    expect(result.kind).toBe('aborted');
    expect(result.message).toMatch(/^The board could not be deleted: the change was interrupted/);
  });

  it('reports a blocked database when another window is upgrading it', () => {
    const closed = new Dexie.DatabaseClosedError('Database closed', new Dexie.VersionChangeError('versionchange'));

    expect(toStorageError(closed, 'save')).toMatchObject({ kind: 'blocked', message: expect.stringMatching(/another window/) });
  });

  it('reports an unexpected error with its detail when the error is not recognised', () => {
    expect(toStorageError(new TypeError('x is not a function'), 'create')).toEqual({
      kind: 'unknown',
      message: 'Your board could not be created: local storage reported an unexpected error (x is not a function).',
    });
  });

  it('still gives a readable sentence when the thrown value is not an error', () => {
    expect(toStorageError(undefined, 'save')).toEqual({
      kind: 'unknown',
      message: 'Your board could not be saved: local storage reported an unexpected error.',
    });
  });

  it('says which change failed when an undo or a redo fails', () => {
    expect(toStorageError(new DOMException('Aborted', 'AbortError'), 'undo').message).toMatch(/^The last change could not be undone: the change was interrupted/);
    expect(toStorageError(new DOMException('Quota exceeded', 'QuotaExceededError'), 'redo').message).toMatch(/^The change could not be redone: the disk is full/);
  });

  it('gives the detail of the error that started it when Dexie wraps it with its own words', () => {
    const wrapped = { name: 'OpenFailedError', message: 'The disk is not readable\n InvalidStateError: The disk is not readable', inner: new DOMException('The disk is not readable', 'InvalidStateError') };

    expect(toStorageError(wrapped, 'open')).toEqual({
      kind: 'unknown',
      message: 'Your boards could not be opened: local storage reported an unexpected error (The disk is not readable).',
    });
  });

  it('stops when an error refers back to itself', () => {
    const looping: { name: string; message: string; inner?: unknown } = { name: 'Error', message: 'loop' };
    looping.inner = looping;

    expect(toStorageError(looping, 'save').kind).toBe('unknown');
  });
});

describe('boardMissingError', () => {
  it('explains that the board is gone and offers an export when a save finds no board', () => {
    expect(boardMissingError('save')).toEqual({
      kind: 'unknown',
      message: 'Your board could not be saved: it no longer exists, perhaps deleted in another window. Export it to keep a copy.',
    });
  });
});
