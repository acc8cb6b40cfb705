/**
 * How the browser tests serve the web edition: through the same `serve:web` script that
 * `npm run web` uses, so they test what users run, on the run's own port and on the loopback
 * address only (engineers sharing a machine each pass their own E2E_PORT).
 */
export function webServerCommand(port: number): string {
  return `npm run -s serve:web -- --port ${port} --host 127.0.0.1`;
}
