/**
 * CPU time spent by this process since the call, in milliseconds. Tests that show an algorithm is linear bound
 * this rather than the clock: the clock also counts the time other processes hold the cores (three Jest workers
 * and other work on two cores made a 60 ms glob match take 290 ms), CPU time only the work done.
 */
export function cpuStopwatch(): () => number {
  const start = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
}

/**
 * A linear-time check: the CPU time of `run(large)` against `factor` times that of `run(small)` (at least
 * `floorMs`). The small size is timed best of three after a warm-up; the large one up to three times, stopping at
 * the first run within the bound. That is the verdict of comparing the best of three large runs, without the runs
 * that cannot change it: quadratic work fails all three. Returns the large run's time (the best, when none was
 * within) and the bound, for `expect(time).toBeLessThan(bound)`.
 */
export function linearTimes(run: (size: number) => void, small: number, large: number, factor: number, floorMs = 25): { time: number; bound: number } {
  const timed = (size: number) => {
    const elapsed = cpuStopwatch();
    run(size);
    return elapsed();
  };
  timed(small);
  const bound = Math.max(floorMs, Math.min(timed(small), timed(small), timed(small))) * factor;
  let time = Infinity;
  for (let r = 0; r < 3 && time >= bound; r++) time = Math.min(time, timed(large));
  return { time, bound };
}
