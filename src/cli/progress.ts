// A one-line progress bar on stderr for long runs; silent when stderr is not a terminal, so logs stay clean.

export interface Progress {
  update(done: number, total: number, label?: string): void;
  stop(): void;
}

export function progressBar(title: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total, label = '') {
      const now = performance.now();
      // Redrawing costs more than extracting a small document: at most ten frames a second.
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = total ? Math.round((width * done) / total) : width;
      const seconds = (now - started) / 1000;
      const eta = done && done < total ? ` eta ${Math.ceil((seconds / done) * (total - done))}s` : '';
      const tail = label.length > 40 ? `…${label.slice(-39)}` : label;
      stream.write(
        `\r${title} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${eta} ${tail}\x1b[K`,
      );
      drawn = true;
    },
    stop() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
