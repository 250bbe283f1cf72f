// When a command is told to stop: a signal (Ctrl-C, SIGTERM, a closed terminal), or its launcher going away.
// npm runs a script as `sh -c …`; killed with SIGTERM, npm and that shell exit without passing the signal on, and
// the script is left running, adopted by init. So a command also stops when its parent process changes.

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How often the parent is looked at: a second at most between the launcher's end and ours. */
const PARENT_CHECK_MS = 500;
/** The launcher as the command started, before any work: a launcher gone before onStop is called still counts. */
const LAUNCHER = process.ppid;

/** Calls `stop` once, with what happened, when the command is told to stop. Returns a function that cancels it. */
export function onStop(stop: (why: string) => void): () => void {
  let stopped = false;
  const once = (why: string) => {
    if (stopped) return;
    stopped = true;
    cancel();
    stop(why);
  };
  const handlers = SIGNALS.map((signal) => [signal, () => once(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const watch = setInterval(() => {
    if (process.ppid !== LAUNCHER) once('its launcher stopped');
  }, PARENT_CHECK_MS);
  watch.unref();
  const cancel = () => {
    clearInterval(watch);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
  return cancel;
}
