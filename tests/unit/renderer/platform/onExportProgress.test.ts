import { describe, expect, it, vi } from 'vitest';
import { onExportProgress } from '../../../../src/renderer/src/platform/onExportProgress';
import { fakeBridge } from './fakePlatform';

describe('onExportProgress', () => {
  it("subscribes through the bridge and returns the bridge's unsubscribe when running in the desktop app", () => {
    const bridge = fakeBridge();
    const unsubscribe = vi.fn();
    bridge.onExportProgress.mockReturnValue(unsubscribe);
    const listener = vi.fn();
    const stop = onExportProgress(listener, { bridge });
    expect(bridge.onExportProgress).toHaveBeenCalledExactlyOnceWith(listener);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('never calls the listener and returns a harmless unsubscribe when running in a browser', () => {
    const listener = vi.fn();
    const stop = onExportProgress(listener, { bridge: null });
    expect(() => stop()).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});
