/**
 * Every user edit is one command: plain data, so it can be applied, described in words for undo,
 * and stored. `applyCommand` (commands.ts) turns (board, command, now) into a new board.
 */
import type { GroupId, LetterSet, RoleId, TaskId } from './board';
import type { RuleSettings } from './rules/ruleSettings';

export type Command =
  | {
      readonly type: 'addTask';
      readonly taskId: TaskId;
      readonly title: string;
      /** The lane to create it in (that role gets A and R); null or absent: the Unassigned pool. */
      readonly roleId?: RoleId | null;
      readonly groupId?: GroupId;
      /** The article activity the task is created from ("Add missing activities"). */
      readonly catalogueId?: string;
    }
  | { readonly type: 'renameTask'; readonly taskId: TaskId; readonly title: string }
  | { readonly type: 'setTaskNotes'; readonly taskId: TaskId; readonly notes: string }
  | { readonly type: 'deleteTask'; readonly taskId: TaskId }
  | { readonly type: 'addRole'; readonly roleId: RoleId; readonly name: string; readonly colour: string }
  | { readonly type: 'renameRole'; readonly roleId: RoleId; readonly name: string }
  | { readonly type: 'recolourRole'; readonly roleId: RoleId; readonly colour: string }
  /** Moves a lane to `toIndex` among the roles (0-based, counted without the moved role). */
  | { readonly type: 'moveRole'; readonly roleId: RoleId; readonly toIndex: number }
  | { readonly type: 'deleteRole'; readonly roleId: RoleId }
  /** Replaces the letters of one cell. Setting A takes it from whoever held it before. */
  | { readonly type: 'setLetters'; readonly taskId: TaskId; readonly roleId: RoleId; readonly letters: LetterSet }
  /**
   * A drop: the task goes to lane `toRoleId` (null = Unassigned) at `toIndex` within that lane
   * (0-based, counted without the moved task). Same lane = a reorder.
   */
  | { readonly type: 'moveTask'; readonly taskId: TaskId; readonly toRoleId: RoleId | null; readonly toIndex: number }
  | { readonly type: 'renameBoard'; readonly name: string }
  /** A new group (phase), appended after the others. */
  | { readonly type: 'addGroup'; readonly groupId: GroupId; readonly name: string }
  | { readonly type: 'renameGroup'; readonly groupId: GroupId; readonly name: string }
  /** Removes the group; its tasks stay on the board, ungrouped. */
  | { readonly type: 'deleteGroup'; readonly groupId: GroupId }
  /** Moves a group to `toIndex` among the groups (0-based, counted without the moved group). */
  | { readonly type: 'moveGroup'; readonly groupId: GroupId; readonly toIndex: number }
  | { readonly type: 'setGroupCollapsed'; readonly groupId: GroupId; readonly collapsed: boolean }
  /** Files a task under a group (null: no group); it goes to the end of that group in the matrix. */
  | { readonly type: 'setTaskGroup'; readonly taskId: TaskId; readonly groupId: GroupId | null }
  /**
   * A row drop in the matrix (see matrixRows.ts for the row order): the task goes to `toIndex`
   * among the tasks of group `groupId` (0-based, counted without the moved task). `groupId`
   * absent: the task stays in its group; null: ungrouped. Ownership and letters never change.
   */
  | { readonly type: 'moveTaskRow'; readonly taskId: TaskId; readonly toIndex: number; readonly groupId?: GroupId | null }
  /** Replaces the board's rule settings (stored normalised). */
  | { readonly type: 'setRuleSettings'; readonly settings: RuleSettings }
  /**
   * "Keep mine": the team keeps an owner that differs from the article's. `note` omitted keeps
   * the current note; `keep: false` removes the mark and its note.
   */
  | { readonly type: 'setKeepMine'; readonly taskId: TaskId; readonly keep: boolean; readonly note?: string }
  /**
   * Several edits as one step (one undo step, described by `label`), applied in order, each
   * seeing the board the previous one left. If any is refused, none is applied.
   */
  | { readonly type: 'batch'; readonly label: string; readonly commands: readonly Command[] };

export type CommandType = Command['type'];

export type CommandErrorCode =
  | 'empty-name'
  | 'too-long'
  | 'not-found'
  | 'duplicate-id'
  | 'duplicate-name'
  | 'invalid-colour'
  | 'invalid-letters';

export interface CommandError {
  readonly code: CommandErrorCode;
  /** A sentence a user can read. */
  readonly message: string;
}
