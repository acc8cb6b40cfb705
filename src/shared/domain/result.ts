/**
 * Expected failures are values, not exceptions (a refused name, a broken file, a cancelled dialog).
 * Exceptions are reserved for bugs.
 */
export type Result<T, E = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Compile-time check that a `switch` over a union handled every member. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
