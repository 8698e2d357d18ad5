/** Where the calculator keeps ratings: 'local' = this browser's localStorage, 'memory' = this page only. */
export const STORAGE_MODES = ['local', 'memory'] as const;

export type StorageMode = (typeof STORAGE_MODES)[number];
