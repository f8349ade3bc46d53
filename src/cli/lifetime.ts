// How long a long-running command (sitrep serve) lives: until Ctrl-C, SIGTERM or SIGHUP, or until the
// process that started it goes away. Started through a wrapper that does not pass signals on (npx and
// `npm exec` run it under a shell; a script, a test runner or a supervisor may not forward), killing the
// wrapper would otherwise leave the server holding its port; an orphan is re-parented, so a changed
// parent id means the starter is gone. A process started by init or a service manager (parent id 1)
// has nothing to watch.

/** Resolves with the reason to stop: a signal's name, or "parent exited". */
export function untilStopped(pollMs = 500): Promise<string> {
  return new Promise((resolve) => {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const parent = process.ppid;
    let watch: NodeJS.Timeout | null = null;
    const stop = (why: string): void => {
      for (const s of signals) process.off(s, handlers[s]);
      if (watch) clearInterval(watch);
      resolve(why);
    };
    const handlers = Object.fromEntries(signals.map((s) => [s, () => stop(s)])) as Record<(typeof signals)[number], () => void>;
    for (const s of signals) process.once(s, handlers[s]);
    if (parent > 1) watch = setInterval(() => { if (process.ppid !== parent) stop('parent exited'); }, pollMs);
  });
}
