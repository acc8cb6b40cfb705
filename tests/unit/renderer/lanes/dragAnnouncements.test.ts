import { describe, expect, it } from 'vitest';
import { createDragAnnouncer, type AnnouncementSource } from '../../../../src/renderer/src/lanes/dragAnnouncements';
import { POOL_KEY, containerId, previewMove } from '../../../../src/renderer/src/lanes/lanePreview';

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
    const moved = previewMove(start, 't1', 't3', true);
    ref.current = { ...ref.current, items: moved };
    spoken.push(announcer.onDragOver('t1', 't1') ?? '', announcer.onDragEnd('t1', 't1'));
    expect(spoken).toEqual([
      'Picked up Budget in Project manager.',
      'Budget is over Product manager, position 2 of 2.',
      'Budget was dropped in Product manager. Product manager is now accountable for it.',
    ]);
    for (const text of spoken) for (const id of ['t1', 't2', 't3', 'pm', 'pj']) expect(text).not.toContain(id);
  });

  it('stays quiet when the card is still where it was last announced', () => {
    const items = { [POOL_KEY]: [], pm: ['t1', 't2'] };
    const announcer = createDragAnnouncer(source(items, 'pm'));
    announcer.onDragStart('t1');
    expect(announcer.onDragOver('t1', 't1')).toBeUndefined();
    expect(announcer.onDragOver('t1', 't2')).toBe('Budget is over Product manager, position 2 of 2.');
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
