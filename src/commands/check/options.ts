/** The levels of check's --fail-on, shared by the command line (commander) and check's fast path. */
export const FAIL_ON_LEVELS = ['error', 'warning', 'info'] as const;
