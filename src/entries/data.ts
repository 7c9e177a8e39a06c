export * from '../data/index.js';
export * from '../format/index.js';
