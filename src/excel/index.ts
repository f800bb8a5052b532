export * from './api';
export * from './read';
export * from './flags';
export * from './navigate';
export * from './validate';
export * from './exportReport';
