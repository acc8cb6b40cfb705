/**
 * Finds, for each of the catalogue's activities and roles, the board task or lane that stands for
 * it, so that any board, including one a team typed up itself, can be held against the article.
 *
 * Tasks are matched in three passes, each finished before the next begins:
 *   1. by `catalogueId` (the task came from the catalogue; survives any rename);
 *   2. by title, compared with `normalizeName` (case, spaces, punctuation, accents; "&" = "and");
 *   3. by one of the activity's aliases, compared the same way.
 * Each task stands for at most one activity and each activity has at most one task. Within a pass
 * the task earliest on the board wins; a task already taken by an earlier pass is not reconsidered,
 * so a later exact title beats an earlier alias. A task whose `catalogueId` is unknown, or is
 * already claimed by an earlier task (a copied card), is matched by title and alias like any other.
 * Tasks left over are the board's extras, which the catalogue does not cover.
 *
 * Lanes are matched to the two catalogue roles the same way, by name and then by alias, earliest
 * lane first; one lane stands for at most one role.
 */
import type { Board, Role, RoleId, Task } from '../domain/board';
import {
  CATALOGUE_ACTIVITIES,
  CATALOGUE_ROLES,
  type CatalogueActivity,
  type CatalogueRole,
  type CatalogueRoleId,
} from './articleCatalogue';
import { normalizeName } from './normalizeName';

// The catalogue never changes, so its lookup keys are built once.
const ACTIVITY_KEYS = {
  byId: new Map(CATALOGUE_ACTIVITIES.map((activity, i) => [activity.id, i])),
  byTitle: new Map(CATALOGUE_ACTIVITIES.map((activity, i) => [normalizeName(activity.title), i])),
  byAlias: new Map(CATALOGUE_ACTIVITIES.flatMap((activity, i) => activity.aliases.map((alias) => [normalizeName(alias), i] as const))),
};

const ROLE_KEYS = {
  byName: new Map(CATALOGUE_ROLES.map((role, i) => [normalizeName(role.name), i])),
  byAlias: new Map(CATALOGUE_ROLES.flatMap((role, i) => role.aliases.map((alias) => [normalizeName(alias), i] as const))),
};

export type ActivityMatchedBy = 'catalogueId' | 'title' | 'alias';
export type RoleMatchedBy = 'name' | 'alias';

export interface ActivityMatch {
  readonly activity: CatalogueActivity;
  /** Absent: the board has no task for this activity. */
  readonly task?: Task;
  readonly matchedBy?: ActivityMatchedBy;
}

export interface RoleMatch {
  readonly catalogueRole: CatalogueRole;
  /** Absent: no lane on the board stands for this role. */
  readonly role?: Role;
  readonly matchedBy?: RoleMatchedBy;
}

export interface CatalogueMatch {
  /** One per catalogue activity, in catalogue order. */
  readonly activities: readonly ActivityMatch[];
  /** One per catalogue role, in catalogue order. */
  readonly roles: readonly RoleMatch[];
  /** Tasks no activity claimed, in board order. */
  readonly extras: readonly Task[];
}

export function matchCatalogue(board: Board): CatalogueMatch {
  const taken = new Map<number, { task: Task; matchedBy: ActivityMatchedBy }>();
  const used = new Set<Task>();
  const claim = (index: number | undefined, task: Task, matchedBy: ActivityMatchedBy): void => {
    if (index === undefined || taken.has(index) || used.has(task)) return;
    taken.set(index, { task, matchedBy });
    used.add(task);
  };

  for (const task of board.tasks) {
    if (task.catalogueId !== undefined) claim(ACTIVITY_KEYS.byId.get(task.catalogueId), task, 'catalogueId');
  }
  for (const task of board.tasks) claim(ACTIVITY_KEYS.byTitle.get(normalizeName(task.title)), task, 'title');
  for (const task of board.tasks) claim(ACTIVITY_KEYS.byAlias.get(normalizeName(task.title)), task, 'alias');

  const activities = CATALOGUE_ACTIVITIES.map((activity, i): ActivityMatch => {
    const found = taken.get(i);
    return found ? { activity, task: found.task, matchedBy: found.matchedBy } : { activity };
  });
  return { activities, roles: matchRoles(board.roles), extras: board.tasks.filter((task) => !used.has(task)) };
}

/** The lane standing for a catalogue role, if the board has one. */
export function boardRoleFor(match: CatalogueMatch, catalogueRoleId: CatalogueRoleId): RoleId | undefined {
  return match.roles.find((r) => r.catalogueRole.id === catalogueRoleId)?.role?.id;
}

function matchRoles(roles: readonly Role[]): readonly RoleMatch[] {
  const taken = new Map<number, { role: Role; matchedBy: RoleMatchedBy }>();
  const used = new Set<Role>();
  const pass = (keys: ReadonlyMap<string, number>, matchedBy: RoleMatchedBy): void => {
    for (const role of roles) {
      const index = keys.get(normalizeName(role.name));
      if (index === undefined || taken.has(index) || used.has(role)) continue;
      taken.set(index, { role, matchedBy });
      used.add(role);
    }
  };
  pass(ROLE_KEYS.byName, 'name');
  pass(ROLE_KEYS.byAlias, 'alias');
  return CATALOGUE_ROLES.map((catalogueRole, i): RoleMatch => {
    const found = taken.get(i);
    return found ? { catalogueRole, role: found.role, matchedBy: found.matchedBy } : { catalogueRole };
  });
}
