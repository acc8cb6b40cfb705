/** The wall clock, read only in event handlers: domain commands take time as an argument. */
export function currentTime(): number {
  return Date.now();
}
