export * from './commands';
export * from './directives';
export * from './ingestion.module';
export * from './ingestion.providers';
export * from './pipeline/document-intake';
export * from './pipeline/ingestion-jobs';
export * from './pipeline/resume-unfinished';
export * from './pipeline/sweep-orphan-files';
