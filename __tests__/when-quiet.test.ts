/**
 * whenQuiet (components/useWhenIdle): work that can wait (the canvas graph's
 * warm-ups) starts only in an idle period long enough to be a quiet main
 * thread, not in the gaps between a loading page's frames.
 */
import { whenQuiet, whenQuietInTurn } from '@/components/useWhenIdle';

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;

describe('whenQuiet', () => {
  let queue: IdleCallback[] = [];
  beforeEach(() => {
    queue = [];
    (window as { requestIdleCallback?: unknown }).requestIdleCallback = (cb: IdleCallback) => queue.push(cb);
    (window as { cancelIdleCallback?: unknown }).cancelIdleCallback = () => {
      queue = [];
    };
  });
  afterEach(() => {
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
  });
  const idle = (ms: number, didTimeout = false) => queue.shift()!({ timeRemaining: () => ms, didTimeout });

  it('waits through short idle gaps and runs in the first quiet one', () => {
    const work = jest.fn();
    whenQuiet(work);
    idle(6);
    idle(12);
    expect(work).not.toHaveBeenCalled();
    idle(45);
    expect(work).toHaveBeenCalledTimes(1);
    expect(queue).toHaveLength(0);
  });

  it('runs when the browser says the wait timed out, and not after being cancelled', () => {
    const late = jest.fn();
    whenQuiet(late);
    idle(3, true);
    expect(late).toHaveBeenCalledTimes(1);
    const cancelled = jest.fn();
    const cancel = whenQuiet(cancelled);
    cancel();
    expect(queue).toHaveLength(0);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('runs steps in turn, each in a quiet moment of its own, and none after being cancelled', () => {
    const done: string[] = [];
    const cancel = whenQuietInTurn([() => done.push('table'), () => done.push('scene'), () => done.push('tree')]);
    idle(45);
    expect(done).toEqual(['table']);
    idle(10);
    expect(done).toEqual(['table']);
    idle(45);
    expect(done).toEqual(['table', 'scene']);
    cancel();
    expect(queue).toHaveLength(0);
    expect(done).toEqual(['table', 'scene']);
  });
});
