/**
 * Where format 1 (v1-assessment.ts) was saved: one localStorage key shared by every track. Apart from its
 * reader so the calculator can look for the key on load without carrying the reader, which loads only when
 * the key is found.
 */
export const V1_VERSION = 1;
export const V1_STORAGE_KEY = `career-ladder:assessment:v${V1_VERSION}`;
