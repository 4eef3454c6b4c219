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
