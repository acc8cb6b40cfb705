/**
 * Holds a board against the article's defaults: one row per catalogue activity saying who owns it
 * on the board, who the article says should, and whether they agree; plus a score.
 *
 * Scoring rules:
 * - Only ownership (A) is scored, because ownership is all the article states. The catalogue's C
 *   and I are this product's suggestions: they are returned, labelled as suggestions, and never
 *   touch the score.
 * - An activity with no task is 'missing' and is not part of `present`.
 * - A present activity 'agrees' only when exactly one lane holds A and that lane stands for the
 *   article's owner. So a task nobody owns differs (it is on the board but not owned as the article
 *   says), a task with two A (possible on an imported board) differs even if one of them is the
 *   article's owner, and every task differs when the board has no lane for the article's owner.
 * - Keeping one's own owner ("Keep mine") is reported per row and counted, but a kept row still
 *   differs: the score measures agreement with the article, not approval of the choice.
 * - `percent` is agreeing over present, rounded; with nothing present it is null, never NaN.
 */
import type { Board, Letter, RoleId, Task } from '../domain/board';
import { lettersOf } from '../domain/cellIndex';
import {
  CATALOGUE_ACTIVITIES,
  type CatalogueActivity,
  type CatalogueQuestion,
  type CatalogueRoleId,
} from './articleCatalogue';
import { boardRoleFor, matchCatalogue, type ActivityMatchedBy, type CatalogueMatch } from './matchCatalogue';

export type ComparisonStatus = 'agrees' | 'differs' | 'missing';

/** A C or I the product suggests; never the article's view and never scored. */
export interface CatalogueSuggestionRow {
  readonly kind: 'suggestion';
  readonly catalogueRoleId: CatalogueRoleId;
  /** The lane standing for that role, if the board has one. */
  readonly roleId?: RoleId;
  readonly letter: Extract<Letter, 'C' | 'I'>;
  /** True when that lane already holds the letter on the task. */
  readonly held: boolean;
}

export interface ComparisonRow {
  readonly activity: CatalogueActivity;
  readonly task?: Task;
  readonly matchedBy?: ActivityMatchedBy;
  /** Lanes holding A on the task, in lane order; empty when missing or unowned. */
  readonly yourOwners: readonly RoleId[];
  readonly articleOwner: CatalogueRoleId;
  /** The lane standing for the article's owner, if the board has one. */
  readonly articleOwnerRoleId?: RoleId;
  readonly status: ComparisonStatus;
  /** The team chose to keep its own owner for this task. */
  readonly kept: boolean;
  /** Why the team kept its owner, when it said. */
  readonly note?: string;
  readonly suggestions: readonly CatalogueSuggestionRow[];
}

export interface ScoreCount {
  readonly agreeing: number;
  /** Activities the board has a task for. */
  readonly present: number;
  /** Activities in the catalogue (or in the question). */
  readonly total: number;
}

export interface CatalogueScore extends ScoreCount {
  /** Agreeing over present, rounded to a whole percent; null when nothing is present. */
  readonly percent: number | null;
  /** Present rows that differ but that the team chose to keep. */
  readonly keptDiffering: number;
}

export interface CatalogueComparison {
  /** One per catalogue activity, in catalogue order. */
  readonly rows: readonly ComparisonRow[];
  /** Tasks the catalogue does not cover, in board order; never scored. */
  readonly extras: readonly Task[];
  readonly score: CatalogueScore;
  readonly byQuestion: Readonly<Record<CatalogueQuestion, ScoreCount>>;
  /** The matching the rows were built from (lanes standing for the catalogue roles included). */
  readonly match: CatalogueMatch;
}

export function compareWithCatalogue(board: Board): CatalogueComparison {
  const match = matchCatalogue(board);
  const rows = match.activities.map(({ activity, task, matchedBy }) => compareRow(board, match, activity, task, matchedBy));

  const byQuestion: Record<CatalogueQuestion, { agreeing: number; present: number; total: number }> = {
    What: { agreeing: 0, present: 0, total: 0 },
    Why: { agreeing: 0, present: 0, total: 0 },
    When: { agreeing: 0, present: 0, total: 0 },
    How: { agreeing: 0, present: 0, total: 0 },
  };
  let agreeing = 0;
  let present = 0;
  let keptDiffering = 0;
  for (const row of rows) {
    const question = byQuestion[row.activity.question];
    question.total += 1;
    if (row.status === 'missing') continue;
    present += 1;
    question.present += 1;
    if (row.status === 'agrees') {
      agreeing += 1;
      question.agreeing += 1;
    } else if (row.kept) {
      keptDiffering += 1;
    }
  }

  const percent = present === 0 ? null : Math.round((agreeing * 100) / present);
  return {
    rows,
    extras: match.extras,
    score: { agreeing, present, total: CATALOGUE_ACTIVITIES.length, percent, keptDiffering },
    byQuestion,
    match,
  };
}

function compareRow(
  board: Board,
  match: CatalogueMatch,
  activity: CatalogueActivity,
  task: Task | undefined,
  matchedBy: ActivityMatchedBy | undefined,
): ComparisonRow {
  const articleOwnerRoleId = boardRoleFor(match, activity.owner);
  const suggestions = activity.suggested.map((suggestion): CatalogueSuggestionRow => {
    const roleId = boardRoleFor(match, suggestion.roleId);
    const held = task !== undefined && roleId !== undefined && lettersOf(board, task.id, roleId).includes(suggestion.letter);
    return {
      kind: 'suggestion',
      catalogueRoleId: suggestion.roleId,
      ...(roleId !== undefined ? { roleId } : {}),
      letter: suggestion.letter,
      held,
    };
  });
  const base = {
    activity,
    articleOwner: activity.owner,
    ...(articleOwnerRoleId !== undefined ? { articleOwnerRoleId } : {}),
    suggestions,
  };
  if (task === undefined) return { ...base, yourOwners: [], status: 'missing', kept: false };

  // Lanes in board order, so two A read in the order the lanes are shown.
  const yourOwners = board.roles.filter((role) => lettersOf(board, task.id, role.id).includes('A')).map((role) => role.id);
  const agrees = articleOwnerRoleId !== undefined && yourOwners.length === 1 && yourOwners[0] === articleOwnerRoleId;
  const note = task.keepMine?.note.trim();
  return {
    ...base,
    task,
    ...(matchedBy !== undefined ? { matchedBy } : {}),
    yourOwners,
    status: agrees ? 'agrees' : 'differs',
    kept: task.keepMine !== undefined,
    ...(note ? { note } : {}),
  };
}
