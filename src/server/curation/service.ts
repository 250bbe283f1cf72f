// The curation file as the local server changes it: one action at a time, written atomically, each undoable during
// this run, each followed by a rebuild. The token is new every start; only pages that read it may write.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CurationStatus } from '../../model/api.ts';
import type { CurationAction } from '../../model/curation.ts';
import { readCuration } from '../../graph/curation.ts';
import { applyCurationAction } from '../../graph/curationActions.ts';
import { writeFileAtomic } from '../../pipeline/atomicWrite.ts';
import { QueryError } from '../../store/queryError.ts';
import { Rebuild, type RebuildStep } from './rebuild.ts';

export interface CurationOptions {
  /** graph-data/curation.json, or the file serve --curation names. */
  file: string;
  steps: RebuildStep[];
}

export class CurationService {
  readonly token = randomBytes(24).toString('base64url');
  readonly rebuild: Rebuild;
  /** The file's text before each action (null: there was none), newest last. */
  private readonly before: (string | null)[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: CurationOptions) {
    this.rebuild = new Rebuild(options.steps);
  }

  hasToken(token: unknown): boolean {
    if (typeof token !== 'string') return false;
    const given = Buffer.from(token);
    const own = Buffer.from(this.token);
    return given.length === own.length && timingSafeEqual(given, own);
  }

  async status(): Promise<CurationStatus> {
    return {
      token: this.token,
      curation: await readCuration(this.options.file),
      job: this.rebuild.job,
      undoable: this.before.length,
    };
  }

  /** Adds one action to the file; a malformed file is refused as it is, never overwritten. */
  act(action: CurationAction): Promise<CurationStatus> {
    return this.serially(async () => {
      const text = await this.currentText();
      const next = applyCurationAction(await readCuration(this.options.file), action);
      await writeFileAtomic(this.options.file, `${JSON.stringify(next, null, 2)}\n`);
      this.before.push(text);
    });
  }

  /** Puts back the file as it was before the last action of this run. */
  undo(): Promise<CurationStatus> {
    return this.serially(async () => {
      if (!this.before.length)
        throw new QueryError('BAD_REQUEST', 'nothing to undo: no curation action since the server started');
      const text = this.before.pop()!;
      await writeFileAtomic(this.options.file, text ?? '{}\n');
    });
  }

  close(): Promise<void> {
    return this.rebuild.settled();
  }

  private async currentText(): Promise<string | null> {
    return readFile(this.options.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  }

  private serially(change: () => Promise<void>): Promise<CurationStatus> {
    const run = this.queue.then(async () => {
      await change();
      this.rebuild.start();
      return this.status();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
