export * from './trello.ts';
