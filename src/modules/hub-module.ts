/**
 * What one module plugs into the hub. The list in modules/index.ts feeds the GraphQL schema, the
 * shield permissions and the ORM, so adding a module means writing its manifest and one line there
 * (plus its services in services.ts and its tables in a migration: see docs/ARCHITECTURE.md).
 */
export interface HubModule {
  name: string;
  /** type-graphql resolver classes. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes classes as Function
  resolvers: readonly Function[];
  /** Shield rule maps by type and field; two modules ruling one field is refused when they are merged. */
  permissions: readonly Record<string, unknown>[];
  /** MikroORM entity classes (and embeddables) whose tables the module owns. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- MikroORM takes classes as Function
  entities: readonly Function[];
}
