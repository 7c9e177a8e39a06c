export * from '../data/index.js';
export * from '../format/index.js';
import en from '../i18n/en.js';
import zh from '../i18n/zh.js';

/** Every word the widgets show (labels, publishers, notes, messages), by language. */
export const TEXT = { en, zh } as const;
