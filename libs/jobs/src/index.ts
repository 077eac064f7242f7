export * from './job-queue.port';
export * from './adapters/in-process/in-process-job-queue';
// The Bull adapter is '@plan-ledger/jobs/bull', so the embedded default never loads bull and ioredis.
