import { describe, expect, it } from 'vitest';
import { cameraDebounce, serialRounds } from './door-rounds';

describe('serialRounds', () => {
  it('never runs two rounds at once and folds requests made meanwhile into one more round', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let count = 0;
    const rounds = serialRounds(
      async () => {
        count++;
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
      },
      () => true,
    );
    const first = rounds.run();
    expect(rounds.running()).toBe(first);
    await Promise.all([rounds.run(), rounds.run(), rounds.run(), first]);
    expect({ count, maxInFlight }).toEqual({ count: 2, maxInFlight: 1 });
    expect(rounds.running()).toBeNull();
  });

  it('runs nothing, and no follow-up, once inactive', async () => {
    let active = true;
    let count = 0;
    const rounds = serialRounds(
      async () => {
        count++;
        active = false;
      },
      () => active,
    );
    const first = rounds.run();
    void rounds.run();
    await first;
    await rounds.run();
    expect(count).toBe(1);
  });
});

describe('cameraDebounce', () => {
  it('counts a code once within the window, and again after it', () => {
    let t = 0;
    const fresh = cameraDebounce(4_000, () => new Date(t));
    expect(fresh('A')).toBe(true);
    t = 3_999;
    expect([fresh('A'), fresh('B')]).toEqual([false, true]);
    t = 8_000;
    expect(fresh('A')).toBe(true);
  });
});
