/**
 * Code the bench runs inside the page (through addInitScript or evaluate), so every time is taken
 * with the page's own clock: performance.now(), whose origin is the navigation start.
 *
 * Each function is serialised on its own by Playwright, so it must not use anything from outside
 * its body (no imports, no module constants).
 */

/** How the page looks to these probes: the bench's own globals. */
export interface BenchWindow extends Window {
  __benchOpen?: OpenProbeState;
  __benchIdb?: IdbRecorderState;
  __benchFrames?: FrameRecorderState;
  __benchMarks?: Record<string, number>;
}

export interface OpenProbeState {
  /** Cards in the DOM now. */
  count: number;
  /** When the latest change in the number of cards was painted (ms since navigation start). */
  shownAt: number | null;
  shownCount: number;
  /** Every expected card is painted, or the count stopped changing with some cards drawn (a windowed list). */
  done: boolean;
}

export interface OpenProbeOptions {
  readonly selector: string;
  readonly expected: number;
  /** A count that has not changed for this long is taken as final even below `expected`. */
  readonly settleMs: number;
}

/**
 * Watches the DOM for cards and notes when their number last changed, once that change is painted:
 * a requestAnimationFrame callback, then a message, which runs after the frame's style, layout and
 * paint.
 */
export function installOpenProbe(options: OpenProbeOptions): void {
  const probe: OpenProbeState = { count: 0, shownAt: null, shownCount: 0, done: false };
  (window as BenchWindow).__benchOpen = probe;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const count = document.querySelectorAll(options.selector).length;
    if (count === probe.count) return;
    probe.count = count;
    probe.done = false;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (probe.count !== count) return;
        probe.shownAt = performance.now();
        probe.shownCount = count;
        if (settleTimer !== undefined) clearTimeout(settleTimer);
        if (count >= options.expected) probe.done = true;
        else
          settleTimer = setTimeout(() => {
            if (probe.count === count && count > 0) probe.done = true;
          }, options.settleMs);
      };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

export interface RecordedOp {
  readonly kind: 'put' | 'add' | 'delete' | 'clear';
  readonly store: string;
  readonly value?: unknown;
  readonly key?: unknown;
  readonly hasKey: boolean;
  /** The key IndexedDB generated for an add or put into an auto-increment store. */
  generatedKey?: unknown;
}

export interface RecordedTransaction {
  readonly id: number;
  readonly db: string;
  readonly stores: readonly string[];
  readonly durability: string;
  readonly start: number;
  end: number | null;
  aborted: boolean;
  readonly ops: RecordedOp[];
}

export interface IdbRecorderState {
  capture: boolean;
  readonly transactions: RecordedTransaction[];
}

/**
 * Records every read-write IndexedDB transaction the page opens (when it started and completed,
 * its stores) and every write in it, by wrapping the IndexedDB prototypes before the app loads.
 * The rows are kept by reference (IndexedDB clones them anyway), so recording costs almost nothing;
 * the raw baseline replays exactly these writes.
 */
export function installIdbRecorder(): void {
  const benchWindow = window as BenchWindow;
  if (benchWindow.__benchIdb) return;
  const state: IdbRecorderState = { capture: true, transactions: [] };
  benchWindow.__benchIdb = state;
  const byTransaction = new WeakMap<IDBTransaction, RecordedTransaction>();

  const openTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const transaction = openTransaction.apply(this, args);
    if (state.capture && transaction.mode === 'readwrite') {
      const record: RecordedTransaction = {
        id: state.transactions.length,
        db: this.name,
        stores: Array.from(transaction.objectStoreNames),
        durability: (transaction as IDBTransaction & { durability?: string }).durability ?? 'default',
        start: performance.now(),
        end: null,
        aborted: false,
        ops: [],
      };
      state.transactions.push(record);
      byTransaction.set(transaction, record);
      transaction.addEventListener('complete', () => {
        record.end = performance.now();
      });
      transaction.addEventListener('abort', () => {
        record.end = performance.now();
        record.aborted = true;
      });
    }
    return transaction;
  } as IDBDatabase['transaction'];

  const wrapWrite = (kind: 'put' | 'add') => {
    const write = IDBObjectStore.prototype[kind];
    IDBObjectStore.prototype[kind] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      const request = args.length > 1 ? write.call(this, args[0], args[1]) : write.call(this, args[0]);
      const record = byTransaction.get(this.transaction);
      if (record) {
        const op: RecordedOp = { kind, store: this.name, value: args[0], key: args[1], hasKey: args.length > 1 };
        record.ops.push(op);
        if (this.autoIncrement)
          request.addEventListener('success', () => {
            op.generatedKey = request.result;
          });
      }
      return request;
    };
  };
  wrapWrite('put');
  wrapWrite('add');

  const remove = IDBObjectStore.prototype.delete;
  IDBObjectStore.prototype.delete = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
    byTransaction.get(this.transaction)?.ops.push({ kind: 'delete', store: this.name, key: query, hasKey: true });
    return remove.call(this, query);
  };
  const clear = IDBObjectStore.prototype.clear;
  IDBObjectStore.prototype.clear = function (this: IDBObjectStore) {
    byTransaction.get(this.transaction)?.ops.push({ kind: 'clear', store: this.name, hasKey: false });
    return clear.call(this);
  };
}

export interface ReplayRequest {
  readonly transactionIds: readonly number[];
  /** Write the rows as a new board with this id instead of overwriting the recorded ones. */
  readonly renameBoard?: { readonly from: string; readonly to: string };
}

export interface ReplayResult {
  readonly ms: number;
  readonly writes: number;
  readonly stores: readonly string[];
}

/**
 * The raw baseline: the recorded writes replayed with plain IndexedDB in one read-write transaction
 * over the same stores and with the same durability, timed from opening the transaction to its
 * completion. Rows are prepared and the database opened before the clock starts.
 */
export async function replayWrites(request: ReplayRequest): Promise<ReplayResult> {
  const state = (window as BenchWindow).__benchIdb;
  if (!state) throw new Error('The IndexedDB recorder is not installed in this page.');
  const recorded = request.transactionIds.map((id) => state.transactions[id]).filter((t): t is RecordedTransaction => t !== undefined);
  const first = recorded[0];
  if (!first) throw new Error('No recorded transaction to replay.');
  const stores = [...new Set(recorded.flatMap((t) => [...t.stores]))];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(first.db);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const keyPaths = new Map<string, string | string[] | null>();
  const schema = db.transaction(stores, 'readonly');
  for (const name of stores) keyPaths.set(name, schema.objectStore(name).keyPath);
  schema.abort();

  const rename = request.renameBoard;
  const renamed = (value: unknown): unknown => {
    if (!rename || typeof value !== 'object' || value === null) return value;
    const row = value as Record<string, unknown>;
    if (row.boardId === rename.from) return { ...row, boardId: rename.to };
    if (row.id === rename.from) return { ...row, id: rename.to };
    return value;
  };
  type Write = { readonly kind: 'put'; readonly store: string; readonly value: unknown; readonly key?: IDBValidKey } | { readonly kind: 'delete'; readonly store: string; readonly key: IDBValidKey | IDBKeyRange } | { readonly kind: 'clear'; readonly store: string };
  const writes: Write[] = recorded.flatMap((t) =>
    t.ops.map((op): Write => {
      if (op.kind === 'delete') return { kind: 'delete', store: op.store, key: op.key as IDBValidKey | IDBKeyRange };
      if (op.kind === 'clear') return { kind: 'clear', store: op.store };
      const value = renamed(op.value);
      if (op.hasKey) return { kind: 'put', store: op.store, value, key: op.key as IDBValidKey };
      // An add into an auto-increment store: writing the key it got makes the replay overwrite
      // that record instead of adding another. Replayed adds become puts for the same reason.
      if (op.generatedKey !== undefined) {
        const keyPath = keyPaths.get(op.store);
        if (typeof keyPath === 'string' && typeof value === 'object' && value !== null) return { kind: 'put', store: op.store, value: { ...value, [keyPath]: op.generatedKey } };
        if (keyPath === null) return { kind: 'put', store: op.store, value, key: op.generatedKey as IDBValidKey };
      }
      return { kind: 'put', store: op.store, value };
    }),
  );

  const capture = state.capture;
  state.capture = false;
  try {
    const start = performance.now();
    const transaction = db.transaction(stores, 'readwrite', { durability: first.durability as IDBTransactionDurability });
    for (const write of writes) {
      const store = transaction.objectStore(write.store);
      if (write.kind === 'put') {
        if (write.key === undefined) store.put(write.value);
        else store.put(write.value, write.key);
      } else if (write.kind === 'delete') store.delete(write.key);
      else store.clear();
    }
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error('The replay transaction was aborted.'));
    });
    return { ms: performance.now() - start, writes: writes.length, stores };
  } finally {
    state.capture = capture;
    db.close();
  }
}

export interface FrameRecorderState {
  running: boolean;
  /** [frame time in ms, 1 when the page handled input or changed its DOM during that frame]. */
  readonly frames: [number, number][];
  /** What the frames being recorded belong to ("idle", a gesture); null frames are not kept. */
  label: string | null;
  readonly labels: (string | null)[];
}

/** Frames recorded under each label, as [frame time in ms, active (1) or not (0)]. */
export type RecordedFrames = Record<string, [number, number][]>;

/**
 * Records frame times: the interval between consecutive requestAnimationFrame callbacks, taken with
 * performance.now(). The browser runs with its frame-rate limit off, so a frame takes as long as the
 * page needs to produce it instead of a fixed 16.7 ms; a two-pixel change every frame keeps frames
 * coming when nothing else on the page changes. Each frame also notes whether the page handled a
 * pointer, wheel, scroll or key event, or changed its DOM, during it (see frameStats.ts for how idle
 * frames are told apart).
 */
export function startFrameRecorder(): void {
  const benchWindow = window as BenchWindow;
  const state: FrameRecorderState = { running: true, frames: [], label: null, labels: [] };
  benchWindow.__benchFrames = state;
  const tick = document.createElement('i');
  tick.setAttribute('aria-hidden', 'true');
  tick.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:2px;background:#fff;pointer-events:none;z-index:2147483647';
  document.body.appendChild(tick);
  let active = false;
  const markActive = () => {
    active = true;
  };
  const events = ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'scroll', 'keydown', 'keyup'];
  for (const type of events) window.addEventListener(type, markActive, { capture: true, passive: true });
  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.target !== tick)) active = true;
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  let last = performance.now();
  let flip = false;
  const loop = () => {
    const now = performance.now();
    state.frames.push([now - last, active ? 1 : 0]);
    state.labels.push(state.label);
    active = false;
    last = now;
    flip = !flip;
    tick.style.background = flip ? '#fefefe' : '#fff';
    if (state.running) requestAnimationFrame(loop);
    else {
      observer.disconnect();
      for (const type of events) window.removeEventListener(type, markActive, { capture: true });
      tick.remove();
    }
  };
  requestAnimationFrame(loop);
}

/** Stops the recorder and returns the frames recorded under each label. */
export function stopFrameRecorder(): RecordedFrames {
  const state = (window as BenchWindow).__benchFrames;
  if (!state) throw new Error('The frame recorder is not running in this page.');
  state.running = false;
  const byLabel: RecordedFrames = {};
  state.frames.forEach((frame, index) => {
    const label = state.labels[index];
    if (label !== null && label !== undefined) (byLabel[label] ??= []).push(frame);
  });
  return byLabel;
}

/** Names what the next frames belong to (null: frames that are not kept). */
export function labelFrames(label: string | null): void {
  const state = (window as BenchWindow).__benchFrames;
  if (state) state.label = label;
}

/**
 * The raw drag baseline: pressing a card of a static copy of the lanes makes a copy of it follow the
 * pointer (a transform per pointermove), as a drag with no library and no framework would.
 */
export function installStaticDrag(cardSelector: string): void {
  let ghost: HTMLElement | null = null;
  let originX = 0;
  let originY = 0;
  window.addEventListener('pointerdown', (event) => {
    const card = (event.target as Element | null)?.closest<HTMLElement>(cardSelector);
    if (!card) return;
    const box = card.getBoundingClientRect();
    ghost = card.cloneNode(true) as HTMLElement;
    ghost.style.cssText += `;position:fixed;left:${box.left}px;top:${box.top}px;width:${box.width}px;margin:0;pointer-events:none;z-index:1000`;
    document.body.appendChild(ghost);
    originX = event.clientX;
    originY = event.clientY;
  });
  window.addEventListener('pointermove', (event) => {
    if (ghost) ghost.style.transform = `translate3d(${event.clientX - originX}px, ${event.clientY - originY}px, 0)`;
  });
  window.addEventListener('pointerup', () => {
    ghost?.remove();
    ghost = null;
  });
}

/**
 * The raw cell-edit baseline on a static table: the keys the bench presses toggle a letter in the
 * focused cell and move the focus down, written straight to the DOM.
 */
export function installStaticCellEdit(): void {
  window.addEventListener('keydown', (event) => {
    const cell = document.activeElement;
    if (!(cell instanceof HTMLTableCellElement)) return;
    if (event.key === 'ArrowDown') {
      const row = cell.parentElement as HTMLTableRowElement;
      const below = row.nextElementSibling?.children[cell.cellIndex] as HTMLElement | undefined;
      below?.focus();
      event.preventDefault();
    } else if (event.key.length === 1) {
      const letter = event.key.toUpperCase();
      const letters = (cell.textContent ?? '').split('/').filter(Boolean);
      const next = letters.includes(letter) ? letters.filter((l) => l !== letter) : [...letters, letter];
      cell.textContent = ['R', 'A', 'C', 'I'].filter((l) => next.includes(l)).join('/');
    }
  });
}

/** Notes when the page first shows an element matching `selector` that is enabled (ms since navigation start). */
export function watchForEnabled(args: { readonly selector: string; readonly text: string; readonly mark: string }): void {
  const benchWindow = window as BenchWindow;
  const marks = (benchWindow.__benchMarks ??= {});
  delete marks[args.mark];
  const found = () =>
    Array.from(document.querySelectorAll<HTMLButtonElement>(args.selector)).some((element) => !element.disabled && (element.textContent ?? '').includes(args.text));
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks[args.mark] = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Notes the time of the next event of this type, in the capture phase (before any handler of the page). */
export function markNextEvent(args: { readonly type: string; readonly mark: string }): void {
  const benchWindow = window as BenchWindow;
  const marks = (benchWindow.__benchMarks ??= {});
  delete marks[args.mark];
  window.addEventListener(
    args.type,
    () => {
      marks[args.mark] = performance.now();
    },
    { capture: true, once: true },
  );
}

/** Long tasks (over 50 ms) on the page's main thread, as [start, duration] pairs. */
export function installLongTaskObserver(): void {
  const tasks: [number, number][] = [];
  (window as BenchWindow & { __benchLongTasks?: [number, number][] }).__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks that started at or after `since` (ms since navigation start). */
export function longTasksSince(since: number): [number, number][] {
  const tasks = (window as BenchWindow & { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
  return tasks.filter(([start]) => start >= since);
}

/**
 * Resolves once the main thread has been idle for a while: `count` idle callbacks in a row, each
 * with at least `minMs` of idle time left (the browser grants up to 50 ms when nothing is pending).
 * Baselines run after it, so they never compete with the app finishing its own work.
 */
export function waitForIdle(args: { readonly count: number; readonly minMs: number; readonly timeoutMs: number }): Promise<void> {
  return new Promise((resolve) => {
    // A page that is never idle (an endless animation) is measured anyway, after the timeout.
    setTimeout(resolve, args.timeoutMs);
    let streak = 0;
    const check = (deadline: IdleDeadline) => {
      streak = deadline.timeRemaining() >= args.minMs ? streak + 1 : 0;
      if (streak >= args.count) resolve();
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}
