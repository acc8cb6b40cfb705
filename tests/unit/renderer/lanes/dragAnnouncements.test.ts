import { describe, expect, it } from 'vitest';
import { createDragAnnouncer, type AnnouncementSource } from '../../../../src/renderer/src/lanes/dragAnnouncements';
import { POOL_KEY, containerId, placeCard } from '../../../../src/renderer/src/lanes/lanePreview';

const titles: Record<string, string> = { t1: 'Budget', t2: 'Milestones', t3: 'Vision' };
const lanes: Record<string, string> = { pm: 'Product manager', pj: 'Project manager', [POOL_KEY]: 'Unassigned' };

function source(items: AnnouncementSource['items'], origin: string | null): { current: AnnouncementSource } {
  return {
    current: { items, origin, taskTitle: (id) => titles[id] ?? '?', laneName: (lane) => lanes[lane] ?? '?', isPool: (lane) => lane === POOL_KEY },
  };
}

describe('createDragAnnouncer', () => {
  it('names the task and the lanes, never ids, through a move between lanes', () => {
    const start = { [POOL_KEY]: [], pm: ['t3'], pj: ['t1', 't2'] };
    const ref = source(start, 'pj');
    const announcer = createDragAnnouncer(ref);
    const spoken = [announcer.onDragStart('t1')];
    ref.current = { ...ref.current, items: placeCard(start, 't1', 'pm', 1) };
    spoken.push(announcer.onDragOver('t1', containerId('pm')) ?? '', announcer.onDragEnd('t1', containerId('pm')));
    expect(spoken).toEqual([
      'Picked up Budget in Project manager.',
      'Budget is over Product manager, position 2 of 2.',
      'Budget was dropped in Product manager. Product manager is now accountable for it.',
    ]);
    for (const text of spoken) for (const id of ['t1', 't2', 't3', 'pm', 'pj']) expect(text).not.toContain(id);
  });

  it('announces a new place within the lane after a move, and stays quiet while the place is the same', () => {
    const items = { [POOL_KEY]: [], pm: ['t1', 't2'] };
    const ref = source(items, 'pm');
    const announcer = createDragAnnouncer(ref);
    announcer.onDragStart('t1');
    expect(announcer.onDragMove('t1', containerId('pm'))).toBeUndefined();
    ref.current = { ...ref.current, items: placeCard(items, 't1', 'pm', 1) };
    expect(announcer.onDragMove('t1', containerId('pm'))).toBe('Budget is over Product manager, position 2 of 2.');
    expect(announcer.onDragMove('t1', containerId('pm'))).toBeUndefined();
    expect(announcer.onDragOver('t1', containerId('pm'))).toBeUndefined();
  });

  it('says the card is not over a lane when it leaves them, and its place again when it comes back', () => {
    const items = { [POOL_KEY]: [], pm: ['t1', 't2'] };
    const announcer = createDragAnnouncer(source(items, 'pm'));
    announcer.onDragStart('t1');
    expect(announcer.onDragOver('t1', null)).toBe('Budget is not over a lane.');
    expect(announcer.onDragMove('t1', null)).toBeUndefined();
    expect(announcer.onDragOver('t1', containerId('pm'))).toBe('Budget is over Product manager, position 1 of 2.');
  });

  it('says the card did not move when it is dropped outside the lanes', () => {
    const announcer = createDragAnnouncer(source({ pm: ['t1'] }, 'pm'));
    expect(announcer.onDragEnd('t1', null)).toBe('Budget was dropped outside the lanes and did not move.');
  });

  it('says the card was moved within its lane when it is dropped in the lane it came from', () => {
    const announcer = createDragAnnouncer(source({ pm: ['t2', 't1'] }, 'pm'));
    expect(announcer.onDragEnd('t1', containerId('pm'))).toBe('Budget was moved within Product manager.');
  });

  it('says where the card went back to when the drag is cancelled', () => {
    const announcer = createDragAnnouncer(source({ pm: ['t1'] }, 'pm'));
    expect(announcer.onDragCancel('t1')).toBe('Moving Budget was cancelled. It is back in Product manager.');
  });

  it('says nobody is accountable when the card is dropped in the pool', () => {
    const announcer = createDragAnnouncer(source({ [POOL_KEY]: ['t1'], pm: [] }, 'pm'));
    expect(announcer.onDragEnd('t1', containerId(POOL_KEY))).toBe('Budget was dropped in Unassigned. Nobody is accountable for it now.');
  });
});
