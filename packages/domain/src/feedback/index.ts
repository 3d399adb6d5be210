export * from './delivered.ts';
export * from './limits.ts';
export * from './outcome.ts';
export * from './summary.ts';
export * from './triage.ts';
export * from './validate-submission.ts';
