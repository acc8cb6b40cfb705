import { beforeEach, describe, expect, it, vi } from 'vitest';

// The module holds the page's one answer: each test gets a fresh copy.
beforeEach(() => {
  vi.resetModules();
});

async function freshModule() {
  return import('../../../../src/renderer/src/app/firstScreenShown');
}

describe('whenFirstScreenShown', () => {
  it('stays pending until the first screen says it is shown', async () => {
    const { whenFirstScreenShown } = await freshModule();
    const settled = vi.fn();
    void whenFirstScreenShown().then(settled);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).not.toHaveBeenCalled();
  });

  it('settles once marked, for callers before and after, however often it is marked', async () => {
    const { markFirstScreenShown, whenFirstScreenShown } = await freshModule();
    const before = whenFirstScreenShown();
    markFirstScreenShown();
    markFirstScreenShown();
    await expect(before).resolves.toBeUndefined();
    await expect(whenFirstScreenShown()).resolves.toBeUndefined();
  });
});
