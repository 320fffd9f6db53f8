/**
 * Progress for long work (a control-plane build, a registry refresh, a sweep over thousands of
 * objects): a single self-rewriting line on a terminal, nothing at all when stderr is a pipe.
 */
export interface Progress {
  update(done: number, total?: number, what?: string): void;
  done(summary?: string): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) {
    return { update() {}, done() {} };
  }
  let last = 0;
  return {
    update(done, total, what) {
      const now = Date.now();
      if (now - last < 100) return; // at most 10 repaints a second
      last = now;
      const count = total ? `${done}/${total}` : `${done}`;
      stream.write(`\r\x1b[K${label}: ${count}${what ? ` ${what}` : ''}`);
    },
    done(summary) {
      stream.write(`\r\x1b[K${summary ? `${label}: ${summary}\n` : ''}`);
    },
  };
}
