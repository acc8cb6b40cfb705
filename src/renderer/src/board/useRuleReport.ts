/**
 * The rule report of the board on screen. Every edit makes a new board; each is checked from the
 * check of the board shown before it (recheckBoard), so a drop or a letter on a 1,000-task board
 * checks the one task it touched instead of indexing the whole board again inside the edit's render.
 */
import { useMemo, useState } from 'react';
import type { Board } from '../../../shared/domain/board';
import type { CheckedBoard, RuleReport } from '../../../shared/domain/rules/checkBoard';
import { recheckBoard } from '../../../shared/domain/rules/recheckBoard';
import { DEFAULT_RULE_SETTINGS } from '../../../shared/domain/rules/ruleSettings';

/**
 * Remembers the last check. A render React throws away may leave it at a board that was never
 * shown; that is harmless, since any version of the same board is a valid starting point.
 */
class RuleChecker {
  private last: CheckedBoard | null = null;

  report(board: Board): RuleReport {
    this.last = recheckBoard(this.last, board, board.ruleSettings ?? DEFAULT_RULE_SETTINGS);
    return this.last.report;
  }
}

export function useRuleReport(board: Board | null | undefined): RuleReport | null {
  const [checker] = useState(() => new RuleChecker());
  return useMemo(() => (board ? checker.report(board) : null), [board, checker]);
}
