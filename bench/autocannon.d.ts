/** The slice of autocannon 9's programmatic API the benchmark and the reliability harness use (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string;
      method?: 'GET' | 'POST';
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      pipelining?: number;
      /** Seconds. */
      duration?: number;
      /** Worker threads firing the requests; 0 fires them from the calling thread. */
      workers?: number;
      warmup?: { duration?: number; connections?: number };
      /** Sent in turn on each connection, instead of one method/body. */
      requests?: { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }[];
      /** Seconds a request may take before it counts as a timeout. */
      timeout?: number;
    }

    interface Histogram {
      average: number;
      p50: number;
      p99: number;
      total: number;
    }

    interface Result {
      requests: Histogram;
      /** Milliseconds. */
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
      statusCodeStats: Record<string, { count: number }>;
    }
  }

  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
