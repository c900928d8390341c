/**
 * The pointer resting on an actor fetches its records ahead of the click;
 * a pointer passing over actors fetches nothing.
 */
import { RESTING_MS, restingIntent } from '@/components/graph/resting-intent';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function setup() {
  const fire = jest.fn();
  return { fire, intent: restingIntent(fire) };
}

it('asks for an actor once the pointer has rested on it, and only once', () => {
  const { fire, intent } = setup();
  intent.rest('wang-yi');
  jest.advanceTimersByTime(RESTING_MS - 1);
  expect(fire).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(fire).toHaveBeenCalledWith('wang-yi');
  // Still on it (the pointer moving over the row's own parts): no second ask.
  intent.rest('wang-yi');
  jest.advanceTimersByTime(RESTING_MS * 3);
  expect(fire).toHaveBeenCalledTimes(1);
});

it('asks for nothing while the pointer sweeps across actors, then for the one it stops on', () => {
  const { fire, intent } = setup();
  for (const id of ['a', 'b', 'c', 'd']) {
    intent.rest(id);
    jest.advanceTimersByTime(RESTING_MS / 3);
  }
  expect(fire).not.toHaveBeenCalled();
  jest.advanceTimersByTime(RESTING_MS);
  expect(fire).toHaveBeenCalledTimes(1);
  expect(fire).toHaveBeenCalledWith('d');
});

it('forgets an actor the pointer leaves, and asks again when it comes back to rest', () => {
  const { fire, intent } = setup();
  intent.rest('a');
  jest.advanceTimersByTime(RESTING_MS / 2);
  intent.rest(null);
  jest.advanceTimersByTime(RESTING_MS * 2);
  expect(fire).not.toHaveBeenCalled();
  intent.rest('a');
  jest.advanceTimersByTime(RESTING_MS);
  expect(fire).toHaveBeenCalledWith('a');
});

it('does not ask for an actor a press has already asked for, until the pointer moves to another', () => {
  const { fire, intent } = setup();
  intent.rest('a');
  intent.asked();
  intent.rest('a');
  jest.advanceTimersByTime(RESTING_MS * 2);
  expect(fire).not.toHaveBeenCalled();
  intent.rest('b');
  jest.advanceTimersByTime(RESTING_MS);
  expect(fire).toHaveBeenCalledWith('b');
});

it('asks for nothing after it is disposed', () => {
  const { fire, intent } = setup();
  intent.rest('a');
  intent.dispose();
  jest.advanceTimersByTime(RESTING_MS * 2);
  expect(fire).not.toHaveBeenCalled();
});
