/** What a before/after case shows, for filtering a clinic's results (no zod here: widgets import it). */
export const TRANSFORMATION_TAGS = ['hairline', 'crown', 'density', 'scar', 'alopecia', 'women'] as const;
