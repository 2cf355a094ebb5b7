/** A running static server. */
export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1; `port` 0 picks a free port. */
export function startStaticServer(options: { root: string; port?: number; headers?: Record<string, string> }): Promise<StaticServer>;
