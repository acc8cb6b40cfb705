import { describe, expect, it, vi } from 'vitest';
import { onBeforeQuit } from '../../../../src/renderer/src/platform/onBeforeQuit';
import { fakeBridge, fakeWebEnvironment } from './fakePlatform';

function desktop() {
  const bridge = fakeBridge();
  const { env, backups } = fakeWebEnvironment();
  return { env: { ...env, bridge }, bridge, backups };
}

describe('onBeforeQuit', () => {
  it('runs the task when main asks, then tells main it is ready', async () => {
    const { env, bridge } = desktop();
    let finish = () => {};
    const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    onBeforeQuit(task, env);
    const listener = bridge.onBeforeQuit.mock.calls[0]?.[0];
    listener?.();
    expect(task).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(bridge.readyToQuit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(bridge.readyToQuit).toHaveBeenCalledOnce());
  });

  it('tells main it is ready even when the task fails', async () => {
    const { env, bridge } = desktop();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onBeforeQuit(() => Promise.reject(new Error('disk gone')), env);
    bridge.onBeforeQuit.mock.calls[0]?.[0]();
    await vi.waitFor(() => expect(bridge.readyToQuit).toHaveBeenCalledOnce());
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('returns the unsubscribe the bridge gave, and does nothing on the web', () => {
    const { env, bridge } = desktop();
    const unsubscribe = vi.fn();
    bridge.onBeforeQuit.mockReturnValue(unsubscribe);
    onBeforeQuit(async () => {}, env)();
    expect(unsubscribe).toHaveBeenCalledOnce();
    expect(() => onBeforeQuit(async () => {}, fakeWebEnvironment().env)()).not.toThrow();
  });
});
