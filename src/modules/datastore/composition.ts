// For the composition (services.ts, jobs/): the loader that suits the database, the recovery of
// abandoned jobs, and the process-wide parts of row reading.
export { PgCopyLoader } from './ingestion/load-pg';
export { PgliteBlobLoader } from './ingestion/load-pglite';
export { abandonJob, takeOverAbandonedJobs } from './ingestion/recovery';
export { rowAccessWithGrants } from './rows/access';
export { QueryGate } from './rows/query-gate';
export { rowTotals } from './rows/totals-cache';
