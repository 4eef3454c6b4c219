/** The choices of check's options, shared by the command line (commander) and check's fast path. */
export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export const FAIL_ON_LEVELS = ['error', 'warning', 'info'] as const;
