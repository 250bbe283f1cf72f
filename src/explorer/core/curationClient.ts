// The page's side of /api/curation: only the local server offers it (static hosting and other machines get none).
// Each correction is posted with this run's token; the rebuild it starts is followed until the new graph is served.
import type { CurationJob, CurationStatus } from '../../model/api.ts';
import type { CurationAction } from '../../model/curation.ts';
import { apiUrl } from '../console/api.ts';

/** What the panels show: the rebuild's progress, whether undo can act, the last refusal. */
export interface CurationState {
  job: CurationJob;
  undoable: number;
  error: string | null;
}

const POLL_MS = 400;

const isStatus = (v: unknown): v is CurationStatus =>
  !!v && typeof (v as CurationStatus).token === 'string' && typeof (v as CurationStatus).job === 'object';

export class CurationClient {
  private waitingFor: number | null = null;

  private constructor(
    private status: CurationStatus,
    private readonly show: (state: CurationState) => void,
    private readonly rebuilt: () => void,
  ) {
    this.publish(null);
  }

  /** The client when this page's server offers curation, else null. */
  static async connect(show: (state: CurationState) => void, rebuilt: () => void): Promise<CurationClient | null> {
    try {
      const response = await fetch(apiUrl('curation'), { headers: { accept: 'application/json' }, cache: 'no-store' });
      const body: unknown = await response.json().catch(() => null);
      return response.ok && isStatus(body) ? new CurationClient(body, show, rebuilt) : null;
    } catch {
      return null;
    }
  }

  act(action: CurationAction): Promise<void> {
    return this.post({ action });
  }

  undo(): Promise<void> {
    return this.post({ undo: true });
  }

  private async post(request: object): Promise<void> {
    const response = await fetch(apiUrl('curation'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ token: this.status.token, ...request }),
    }).catch((error: Error) => ({ ok: false, json: async () => ({ error: error.message }) }) as Response);
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok || !isStatus(body)) {
      this.publish((body as { error?: string } | null)?.error ?? 'the server refused the correction');
      return;
    }
    // The rebuild this action started is the next one to finish after those already counted.
    this.waitingFor = this.status.job.finished + 1;
    this.status = body;
    this.publish(null);
    this.follow();
  }

  private follow(): void {
    setTimeout(async () => {
      const response = await fetch(apiUrl('curation'), { cache: 'no-store' }).catch(() => null);
      const body: unknown = await response?.json().catch(() => null);
      if (!isStatus(body)) return this.follow();
      this.status = body;
      this.publish(null);
      const { job } = body;
      if (this.waitingFor !== null && job.finished >= this.waitingFor && job.state !== 'running') {
        this.waitingFor = null;
        if (job.state === 'done') this.rebuilt();
        return;
      }
      this.follow();
    }, POLL_MS);
  }

  private publish(error: string | null): void {
    this.show({ job: this.status.job, undoable: this.status.undoable, error });
  }
}
