/**
 * Pages that other features add to the site. The reading pages link to them only once they exist, so a
 * build never carries a dead link while a feature is being built (the link check in the browser tests
 * would fail on one).
 */
const selfAssessmentPages = import.meta.glob('../../pages/*/self-assessment.astro');

/** True when the build has the per-track self-assessment page (src/pages/[track]/self-assessment.astro). */
export const hasSelfAssessmentPage: boolean = Object.keys(selfAssessmentPages).length > 0;
