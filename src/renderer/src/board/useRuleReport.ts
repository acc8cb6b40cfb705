/**
 * The rule report of the board on screen. Every edit makes a new board; each is checked from the
 * check of the board shown before it (recheckBoard), so a drop or a letter on a 1,000-task board
 * checks the one task it touched instead of indexing the whole board again inside the edit's render.
 */
import type { Board } from '../../../shared/domain/board';
import type { CheckedBoard, RuleReport } from '../../../shared/domain/rules/checkBoard';
import { recheckBoard } from '../../../shared/domain/rules/recheckBoard';
import { DEFAULT_RULE_SETTINGS } from '../../../shared/domain/rules/ruleSettings';
import { useIncremental } from '../ui/useIncremental';

function recheck(previous: CheckedBoard | null, board: Board | null | undefined): CheckedBoard | null {
  return board ? recheckBoard(previous, board, board.ruleSettings ?? DEFAULT_RULE_SETTINGS) : previous;
}

export function useRuleReport(board: Board | null | undefined): RuleReport | null {
  const checked = useIncremental<Board | null | undefined, CheckedBoard | null>(board, recheck);
  return board ? (checked?.report ?? null) : null;
}
