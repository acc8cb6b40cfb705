/**
 * What the platform functions need from the page, gathered in one object so that tests can pass a
 * fake one (no DOM needed) and the functions stay plain. `browserEnvironment()` is the real page.
 */
import type { RaciBridge } from '../../../shared/ipc/contract';
import type { BrowserBackupStore } from './browserBackupStore';
import { desktopBridge } from './desktopBridge';

/** A hidden <a> already in the page. */
export interface HiddenLink {
  href: string;
  download: string;
  click(): void;
  remove(): void;
}

/** The part of a File the platform reads: a picked or dropped file, or a fake one in tests. */
export interface ReadableFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A hidden <input type="file"> already in the page. */
export interface HiddenFileInput {
  accept: string;
  readonly files: ArrayLike<ReadableFile> | null;
  addEventListener(type: 'change' | 'cancel', listener: () => void): void;
  click(): void;
  remove(): void;
}

export interface PlatformEnvironment {
  /** The desktop bridge, or null in the web edition. */
  readonly bridge: RaciBridge | null;
  /** Moves this tab to a hash route ('#/print/…'). */
  readonly goTo: (hash: string) => void;
  readonly addHiddenLink: () => HiddenLink;
  readonly addHiddenFileInput: () => HiddenFileInput;
  readonly createObjectUrl: (blob: Blob) => string;
  readonly revokeObjectUrl: (url: string) => void;
  readonly later: (callback: () => void, ms: number) => void;
  /**
   * The web edition's backup store; loaded and opened only when first called, so its code (and the
   * validation library it brings) stays out of what the page loads before its first paint.
   */
  readonly browserBackups: () => Promise<BrowserBackupStore>;
}

export function browserEnvironment(): PlatformEnvironment {
  return {
    bridge: desktopBridge(),
    goTo: (hash) => {
      window.location.hash = hash;
    },
    addHiddenLink: () => {
      const link = document.createElement('a');
      link.hidden = true;
      document.body.append(link);
      return link;
    },
    addHiddenFileInput: () => {
      const input = document.createElement('input');
      input.type = 'file';
      input.hidden = true;
      document.body.append(input);
      return input;
    },
    createObjectUrl: (blob) => URL.createObjectURL(blob),
    revokeObjectUrl: (url) => URL.revokeObjectURL(url),
    later: (callback, ms) => {
      window.setTimeout(callback, ms);
    },
    browserBackups: () => import('./browserBackupStore').then((module) => module.pageBackupStore()),
  };
}
