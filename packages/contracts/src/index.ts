export * from './auth.ts';
export * from './board.ts';
export * from './campaign.ts';
export * from './common.ts';
export * from './contribution.ts';
export * from './events.ts';
export * from './sprint.ts';
export * from './team.ts';
