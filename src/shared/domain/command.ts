/**
 * Every user edit is one command: plain data, so it can be applied, described in words for undo,
 * and stored. `applyCommand` (commands.ts) turns (board, command, now) into a new board.
 */
import type { GroupId, LetterSet, RoleId, TaskId } from './board';

export type Command =
  | {
      readonly type: 'addTask';
      readonly taskId: TaskId;
      readonly title: string;
      /** The lane to create it in (that role gets A and R); null or absent: the Unassigned pool. */
      readonly roleId?: RoleId | null;
      readonly groupId?: GroupId;
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
  | { readonly type: 'renameBoard'; readonly name: string };

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
