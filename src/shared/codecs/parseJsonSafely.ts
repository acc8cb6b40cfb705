/**
 * JSON.parse for files from outside the app. Keys that could reach an object's prototype when the
 * data is later copied or merged (`__proto__`, `constructor`, `prototype`) are dropped while parsing,
 * so no later step has to remember them.
 */
import { err, ok, type Result } from '../domain/result';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function dropUnsafeKeys(key: string, value: unknown): unknown {
  return UNSAFE_KEYS.has(key) ? undefined : value;
}

export function parseJsonSafely(text: string): Result<unknown, string> {
  try {
    return ok(JSON.parse(text, dropUnsafeKeys));
  } catch (error) {
    // A syntax error is an expected outcome for a broken file; so is nesting too deep to walk.
    if (error instanceof RangeError) return err('This file nests lists or objects far too deeply to be a board file.');
    const detail = error instanceof Error ? error.message : String(error);
    return err(`This file is not valid JSON, so it cannot be read as a board (${detail}).`);
  }
}
