import type { Board } from '../../../shared/domain/board';
import type { Result } from '../../../shared/domain/result';
import { boardToCsv } from '../../../shared/codecs/boardToCsv';
import { BOARD_FILE_EXTENSION, serializeBoard } from '../../../shared/codecs/serializeBoard';
import { saveTextFile } from '../platform/saveTextFile';
import { exportFileName } from '../print/printOptions';

/** Saves the board as CSV (the matrix) or as a .raci.json board file; null when the user cancelled. */
export function exportBoardFile(board: Board, kind: 'csv' | 'json', now: Date): Promise<Result<{ readonly path: string } | null, string>> {
  const content = kind === 'csv' ? boardToCsv(board) : serializeBoard(board, { exportedAt: now.getTime() });
  const fileName = exportFileName(board.name, now, kind === 'csv' ? '.csv' : BOARD_FILE_EXTENSION);
  return saveTextFile({ fileName, content, kind });
}
