/** What the calculator calls its two raters. */
import type { RaterRole } from '../assessment-state';

export const RATER_NAMES: Record<RaterRole, string> = { self: 'Self-assessment', manager: 'Manager' };
