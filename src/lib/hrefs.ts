/** Where the app's views live, in the URL fragment; parsed by src/app/routes.ts. */
export const BUILTIN_HREF = '#/'
export const COMPOSE_HREF = '#/new'
/** The comparison of the reader's draft. */
export const DRAFT_COMPARISON_HREF = '#/compare'
