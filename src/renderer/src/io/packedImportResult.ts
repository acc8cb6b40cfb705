/**
 * How a parsed import crosses from the worker to the page. A CSV preview's letters (one small
 * object and one array per assignment, 10,000 of each for a large file) travel as three typed
 * arrays whose buffers are handed over, not copied: copying that many objects field by field, once
 * to send and once to receive, took longer than reading them back from numbers does.
 */
import { LETTERS, type LetterSet } from '../../../shared/domain/board';
import type { CsvAssignment, CsvImportPreview } from '../../../shared/codecs/parseCsvImport';
import type { Result } from '../../../shared/domain/result';
import type { ImportPreview } from './parseImport';

/** One entry per assignment: task index, role index, and its letters as bits in R, A, C, I order. */
interface PackedAssignments {
  readonly tasks: Uint32Array;
  readonly roles: Uint32Array;
  readonly letters: Uint8Array;
}

type PackedCsvPreview = {
  readonly kind: 'csv';
  readonly fileName: string;
  readonly preview: Omit<CsvImportPreview, 'assignments'>;
  readonly assignments: PackedAssignments;
};

export type PackedImportResult =
  | { readonly ok: false; readonly error: string }
  | { readonly ok: true; readonly value: Extract<ImportPreview, { kind: 'json' }> | PackedCsvPreview };

export interface PackedMessage {
  readonly message: PackedImportResult;
  /** The buffers to hand over with postMessage. */
  readonly transfer: Transferable[];
}

export function packImportResult(result: Result<ImportPreview, string>): PackedMessage {
  if (!result.ok || result.value.kind === 'json') return { message: result as PackedImportResult, transfer: [] };
  const { fileName, preview } = result.value;
  const { assignments, ...rest } = preview;
  const packed: PackedAssignments = {
    tasks: new Uint32Array(assignments.length),
    roles: new Uint32Array(assignments.length),
    letters: new Uint8Array(assignments.length),
  };
  assignments.forEach((assignment, i) => {
    packed.tasks[i] = assignment.task;
    packed.roles[i] = assignment.role;
    packed.letters[i] = letterBits(assignment.letters);
  });
  return {
    message: { ok: true, value: { kind: 'csv', fileName, preview: rest, assignments: packed } },
    transfer: [packed.tasks.buffer, packed.roles.buffer, packed.letters.buffer],
  };
}

export function unpackImportResult(message: PackedImportResult): Result<ImportPreview, string> {
  if (!message.ok || message.value.kind === 'json') return message as Result<ImportPreview, string>;
  const { fileName, preview, assignments: packed } = message.value;
  // Sixteen possible sets: each is built once and shared (a LetterSet is never changed in place).
  const sets: LetterSet[] = Array.from({ length: 1 << LETTERS.length }, (_, bits) => LETTERS.filter((_, i) => (bits & (1 << i)) !== 0));
  const assignments: CsvAssignment[] = new Array(packed.tasks.length);
  for (let i = 0; i < packed.tasks.length; i += 1) {
    assignments[i] = { task: packed.tasks[i] as number, role: packed.roles[i] as number, letters: sets[packed.letters[i] as number] as LetterSet };
  }
  return { ok: true, value: { kind: 'csv', fileName, preview: { ...preview, assignments } } };
}

function letterBits(letters: LetterSet): number {
  let bits = 0;
  LETTERS.forEach((letter, i) => {
    if (letters.includes(letter)) bits |= 1 << i;
  });
  return bits;
}
