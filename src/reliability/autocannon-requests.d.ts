/** What the reliability harness uses of autocannon beyond the benchmark's slice (src/bench/autocannon.d.ts). */
import 'autocannon';

declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      /** Sent in turn on each connection. */
      requests?: { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }[];
      /** Seconds a request may take before it counts as a timeout. */
      timeout?: number;
    }

    interface Result {
      statusCodeStats: Record<string, { count: number }>;
    }
  }
}
