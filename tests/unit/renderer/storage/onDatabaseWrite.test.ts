import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitBoardChange, createBoardRecord, loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import { onDatabaseWrite } from '../../../../src/renderer/src/storage/onDatabaseWrite';
import type { RaciDatabase } from '../../../../src/renderer/src/storage/raciDatabase';
import { hiringBoard, launchBoard } from './fixtures/boards';
import { createTestDatabase } from './fixtures/testDatabase';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function openWith(board: typeof launchBoard): Promise<RaciDatabase> {
  const db = createTestDatabase().open();
  cleanups.push(() => db.close());
  expect((await createBoardRecord(db, board)).ok).toBe(true);
  return db;
}

function watch(db: RaciDatabase): ReturnType<typeof vi.fn> {
  const listener = vi.fn();
  cleanups.push(onDatabaseWrite(db, listener));
  return listener;
}

describe('onDatabaseWrite', () => {
  it('calls the listener once a write to the database commits', async () => {
    const db = await openWith(launchBoard);
    const listener = watch(db);
    const renamed = { ...launchBoard, name: 'Launch plan, take two', updatedAt: launchBoard.updatedAt + 1 };
    expect((await commitBoardChange(db, launchBoard, renamed)).ok).toBe(true);
    await vi.waitFor(() => expect(listener).toHaveBeenCalled());
  });

  it('stays quiet when the database is only read', async () => {
    const db = await openWith(launchBoard);
    const listener = watch(db);
    await loadBoard(db, launchBoard.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores writes to another database', async () => {
    const watched = await openWith(launchBoard);
    const other = await openWith(hiringBoard);
    const listener = watch(watched);
    const renamed = { ...hiringBoard, name: 'Hiring, take two', updatedAt: hiringBoard.updatedAt + 1 };
    expect((await commitBoardChange(other, hiringBoard, renamed)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling once unsubscribed', async () => {
    const db = await openWith(launchBoard);
    const listener = vi.fn();
    onDatabaseWrite(db, listener)();
    const renamed = { ...launchBoard, name: 'Launch plan, take two', updatedAt: launchBoard.updatedAt + 1 };
    expect((await commitBoardChange(db, launchBoard, renamed)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).not.toHaveBeenCalled();
  });
});
