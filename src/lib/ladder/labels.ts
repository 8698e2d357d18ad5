/**
 * The default wording of section headings and short words on the pages. A track can rename any of them
 * under `labels:` in its track file (content/tracks/<track>.yaml).
 */
import type { z } from 'zod';
import type { labelsSchema } from './schemas';

export type Labels = Required<z.infer<typeof labelsSchema>>;

export const defaultLabels: Labels = {
  observableBehaviours: 'Observable behaviors',
  expectedOutputs: 'Expected outputs',
  whatYouWouldSee: 'What you would see',
  commonTraps: 'Common traps',
  measurementMatrix: 'Measurement matrix',
  dimension: 'Dimension',
  antiSignal: 'Anti-signal · auto-disqualifies the level',
  rejects: 'Rejects',
  hireBar: 'hire bar',
  weight: 'Weight',
  atAGlance: 'Competency matrix — at a glance',
  deepDive: 'Competency deep-dive',
  promotion: 'How to advance — promotion criteria',
  whatToDemonstrate: 'What to demonstrate',
  portfolio: 'Portfolio (CORE)',
  verificationPath: 'Verification path',
  icTracks: 'Alternative IC tracks',
  whenToConsider: 'When to consider',
  profileFit: 'Profile fit',
  trackMoves: 'How to move between tracks',
};
