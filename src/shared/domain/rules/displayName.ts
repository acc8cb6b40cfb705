/**
 * How findings name tasks and roles in plain words. Names are shown as typed; a blank one (only
 * possible on an imported board) gets a stand-in so a message never reads "for .".
 */
import type { Role, Task } from '../board';

export function displayName(thing: Task | Role): string {
  if ('title' in thing) return thing.title.trim() === '' ? '(untitled task)' : thing.title;
  return thing.name.trim() === '' ? '(unnamed role)' : thing.name;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
