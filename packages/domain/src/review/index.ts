export * from './burndown.ts';
export * from './burndown-replay.ts';
export * from './campaign.ts';
export * from './contributions.ts';
export * from './csv.ts';
export * from './share-link.ts';
export * from './velocity-series.ts';
