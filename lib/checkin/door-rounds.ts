// The sync rounds of the door engine, one at a time: a request for a round while one runs is folded into one more
// round after it (so a scan queued meanwhile is sent), never run in parallel.

/** Serialises `round`; `active()` false stops a pending follow-up round (the engine was stopped). */
export function serialRounds(round: () => Promise<void>, active: () => boolean) {
  let running: Promise<void> | null = null;
  let rerun = false;

  function run(): Promise<void> {
    if (!active()) return Promise.resolve();
    if (running) {
      rerun = true;
      return running;
    }
    const current = (async () => {
      try {
        do {
          rerun = false;
          await round();
        } while (rerun && active());
      } finally {
        running = null;
      }
    })();
    running = current;
    return current;
  }

  return {
    run,
    /** The round in progress, if any. */
    running: (): Promise<void> | null => running,
  };
}

/** Whether a camera sighting of `value` is new: the camera sees the same code in every frame for a few seconds. */
export function cameraDebounce(windowMs: number, now: () => Date) {
  const recent = new Map<string, number>();
  return (value: string): boolean => {
    const last = recent.get(value);
    const at = now().getTime();
    if (last !== undefined && at - last < windowMs) return false;
    recent.set(value, at);
    return true;
  };
}
