export * from './csv-dates.ts';
export * from './csv-import.ts';
export * from './csv-parse.ts';
export * from './members.ts';
export * from './trello.ts';
