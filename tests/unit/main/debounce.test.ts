import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/main/debounce';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls once, after the wait, when triggered in a burst', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 500);
    debounced();
    vi.advanceTimersByTime(300);
    debounced();
    vi.advanceTimersByTime(300);
    debounced();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('does not call when cancelled before the wait ends', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 500);
    debounced();
    debounced.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });

  it('calls at once, and not again later, when flushed with a call pending', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 500);
    debounced();
    debounced.flush();
    expect(fn).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('does nothing when flushed with no call pending', () => {
    const fn = vi.fn();
    debounce(fn, 500).flush();
    expect(fn).not.toHaveBeenCalled();
  });
});
