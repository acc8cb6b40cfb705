/**
 * Imported files are size-checked before anything parses them, so a huge or hostile file is refused
 * in one linear pass instead of tying up the app in a parser.
 */
import { err, ok, type Result } from '../domain/result';

const MEGABYTE = 1024 * 1024;

/** The length of `text` once written as UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** "5 MB", "1.5 MB", "300 KB": sizes as a file manager shows them. Round a file up, so one just over the limit never reads as equal to it. */
export function formatSize(bytes: number, round: (n: number) => number = Math.round): string {
  if (bytes >= MEGABYTE) return `${round((bytes / MEGABYTE) * 10) / 10} MB`;
  if (bytes >= 1024) return `${round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

/** Refuses text longer than `maxBytes` UTF-8 bytes, with a message that names the limit. */
export function checkTextSize(text: string, maxBytes: number): Result<void, string> {
  // Every UTF-16 unit is at least one byte and at most three, so most texts need no count at all.
  if (text.length * 3 <= maxBytes) return ok(undefined);
  const bytes = utf8ByteLength(text);
  if (bytes <= maxBytes) return ok(undefined);
  return err(`This file is too large to import (${formatSize(bytes, Math.ceil)}). The limit is ${formatSize(maxBytes)}.`);
}
