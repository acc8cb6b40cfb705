import type { RaciBridge } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** The desktop bridge; absent when the page runs in a plain browser (the web edition). */
    raci?: RaciBridge;
  }
}

export {};
