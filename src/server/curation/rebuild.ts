// The background rebuild after a curation action: extract, then load, as child processes running the project's own
// scripts, one rebuild at a time. An action during a rebuild makes it run once more when it ends.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CurationJob } from '../../model/api.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Output lines kept of a step, to say why it failed. */
const KEPT_LINES = 5;

export interface RebuildStep {
  /** Shown in the page while it runs: "extracting". */
  label: string;
  /** The script under scripts/ and its flags. */
  script: string;
  args: string[];
  /** Exit codes that count as success (extract's 1: written, some files had problems). */
  ok: number[];
}

/** extract (documents + curation -> graph) then load (graph -> the served store, which the server then picks up). */
export function rebuildSteps(o: {
  documents: string;
  curation: string;
  graph: string;
  store: string[];
}): RebuildStep[] {
  return [
    {
      label: 'extracting',
      script: 'extract.ts',
      args: ['--input', o.documents, '--curation', o.curation, '--output', o.graph, '--quiet'],
      ok: [0, 1],
    },
    { label: 'loading', script: 'load.ts', args: ['--input', o.graph, '--quiet', ...o.store], ok: [0] },
  ];
}

export class Rebuild {
  job: CurationJob;
  private again = false;
  private running: Promise<void> | null = null;

  constructor(private readonly steps: RebuildStep[]) {
    this.job = { state: 'idle', step: null, done: 0, total: steps.length, message: null, finished: 0 };
  }

  /** Starts a rebuild, or asks the running one to run again: the file changed while it read it. */
  start(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => (this.running = null));
  }

  /** Resolves when no rebuild is running (for closing the server). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      this.job = { ...this.job, state: 'running', done: 0, message: null };
      let failed: string | null = null;
      for (const step of this.steps) {
        this.job = { ...this.job, step: step.label };
        failed = await runStep(step);
        if (failed) break;
        this.job = { ...this.job, done: this.job.done + 1 };
      }
      this.job = { ...this.job, state: failed ? 'failed' : 'done', message: failed, finished: this.job.finished + 1 };
    } while (this.again);
  }
}

/** Runs one step; null when it succeeded, else what it said last. */
function runStep(step: RebuildStep): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}scripts/${step.script}`, ...step.args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve(`${step.label} could not start: ${error.message}`));
    child.on('exit', (code) => {
      if (code !== null && step.ok.includes(code)) return resolve(null);
      const last = output.trim().split('\n').slice(-KEPT_LINES).join('\n');
      resolve(`${step.label} failed (exit code ${code}): ${last}`);
    });
  });
}
