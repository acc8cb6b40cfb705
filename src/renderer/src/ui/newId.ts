/** Fresh ids for new records; domain code takes ids as arguments, the UI makes them here. */
export function newId(): string {
  return crypto.randomUUID();
}
