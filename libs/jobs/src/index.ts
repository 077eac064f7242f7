export * from './job-queue.port';
export * from './adapters/in-process/in-process-job-queue';
export * from './adapters/bull/bull-job-queue';
