// Messages between the server and its Grafeo query processes.

export type WorkerRequest =
  | { id: number; op: 'open'; file: string }
  | { id: number; op: 'query'; query: string; params: Record<string, unknown>; maxRows: number };

export type WorkerReply =
  | { id: number; ok: true; columns: string[]; rows: unknown[][]; truncated: boolean }
  | { id: number; ok: false; error: { message: string; gqlStatus?: string } };
