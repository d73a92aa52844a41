import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { HubContext } from './context';
import { formatErrorFor, unavailableStatusPlugin, type ErrorLogger } from './format-error';
import { inputBoundsPlugin } from './input-bounds';
import type { RowsRequest } from '../modules/datastore/rows/service';
import { maxQueryCost, pageCostPlugin } from './page-cost';

/**
 * Hostile queries are refused before execution: too deep, too many aliases or tokens, too
 * costly (armor on the query text, page-cost.ts on the page sizes asked for, variables
 * included), any argument beyond its bound (input-bounds.ts). Batched HTTP requests stay off (Apollo's default).
 */
const armor = new ApolloArmor({
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  // Counted by graphql-js while parsing (parseOptions below): armor's own token plugin
  // throws from a request hook, which Apollo answers with 500 instead of a parse error.
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  blockFieldSuggestion: { enabled: true },
});

export function createApolloServer(schema: GraphQLSchema, options: { production: boolean; logger: ErrorLogger }) {
  const protection = armor.protect();
  return new ApolloServer<HubContext>({
    schema,
    ...protection,
    // Inline traces (on for subgraphs) would tell any caller how long each resolver took.
    plugins: [
      ...protection.plugins,
      ApolloServerPluginInlineTraceDisabled(),
      // It walks every resolved field for cache hints the hub never gives, to answer `no-store`
      // (a fifth of a dataset page's CPU, issue 16): app.ts sets that header on every answer instead.
      ApolloServerPluginCacheControlDisabled(),
      inputBoundsPlugin<HubContext>(),
      unavailableStatusPlugin<HubContext>(),
      pageCostPlugin<HubContext>(maxQueryCost, (context, field, args) =>
        field === 'datasetRows' ? context.services.rows.unindexedRows(context.viewer, args as unknown as RowsRequest) : Promise.resolve(0),
      ),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    validationRules: [...protection.validationRules],
    introspection: !options.production,
    parseOptions: { maxTokens: 3000 },
    allowBatchedHttpRequests: false,
    // The hub owns shutdown (main.ts: drain, stop workers, last audit checkpoint). Apollo's own
    // handler would stop GraphQL and re-raise the signal, killing the process mid-drain, and
    // every hub built in one process (tests, reliability) would add two more listeners.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorFor(options.logger),
  });
}
