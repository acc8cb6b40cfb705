import { useState } from 'react';
import type { Board } from '../../../shared/domain/board';
import type { Command, CommandError } from '../../../shared/domain/command';
import type { Result } from '../../../shared/domain/result';
import { ArticleComparison } from './ArticleComparison';
import { BoardComparisonPanel } from './BoardComparisonPanel';

type Mode = 'article' | 'board';

export interface CompareViewProps {
  readonly board: Board;
  readonly dispatch: (command: Command) => Result<Board, CommandError>;
}

/** The board held against the article's defaults, or against another saved board. */
export function CompareView({ board, dispatch }: CompareViewProps) {
  const [mode, setMode] = useState<Mode>('article');
  return (
    <div className="compare">
      <div className="segmented" role="radiogroup" aria-label="Compare with">
        <button type="button" role="radio" aria-checked={mode === 'article'} onClick={() => setMode('article')}>
          The article’s defaults
        </button>
        <button type="button" role="radio" aria-checked={mode === 'board'} onClick={() => setMode('board')}>
          Another board
        </button>
      </div>
      {mode === 'article' ? <ArticleComparison board={board} dispatch={dispatch} /> : <BoardComparisonPanel board={board} />}
    </div>
  );
}
