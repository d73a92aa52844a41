import { ServiceUnavailableError } from '../../../shared/unavailable';

/**
 * At most `limit` row queries (datasetRows, CKAN datastore_search) on the database at once,
 * a few more waiting briefly, the rest refused with 503. One row query may scan a whole
 * version; without a gate fifty of them take every pooled connection and every other
 * request — /healthz included — waits behind them.
 */
export class QueryGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    /** Requests allowed to wait for a turn; more are refused at once. */
    private readonly maxWaiting = limit * 2,
    /** How long one waits before it is refused after all. */
    private readonly maxWaitMs = 2000,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running += 1;
    else await this.turn();
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so a newcomer cannot take it in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  private turn(): Promise<void> {
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(wake), 1);
        reject(busy());
      }, this.maxWaitMs);
      this.waiting.push(wake);
    });
  }
}

function busy(): ServiceUnavailableError {
  return new ServiceUnavailableError(
    'Đang có quá nhiều truy vấn dòng dữ liệu, vui lòng thử lại sau giây lát (too many row queries are running; retry in a moment)',
    1,
  );
}
