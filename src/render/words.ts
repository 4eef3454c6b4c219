/** Number words moved to plan/words.ts so the wizard can show numbers back in words; kept here for render's imports. */
export * from '../plan/words.js';
