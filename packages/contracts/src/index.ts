export * from './board.ts';
export * from './common.ts';
