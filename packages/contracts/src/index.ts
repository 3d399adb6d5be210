export * from './auth.ts';
export * from './board.ts';
export * from './common.ts';
export * from './events.ts';
export * from './feedback.ts';
export * from './sprint.ts';
export * from './team.ts';
