// PGlite's package exports point TypeScript at ESM-only declarations for its contrib
// extensions; the CommonJS builds that `require` loads are the same objects.
declare module '@electric-sql/pglite/contrib/unaccent' {
  export const unaccent: import('@electric-sql/pglite').Extension;
}
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  export const pg_trgm: import('@electric-sql/pglite').Extension;
}
