import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { HubContext } from './context';
import { formatErrorFor, type ErrorLogger } from './format-error';

/**
 * Hostile queries are refused before execution: too deep, too many aliases or tokens, too
 * costly. Batched HTTP requests stay off (Apollo's default).
 */
const armor = new ApolloArmor({
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  maxTokens: { n: 3000 },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  blockFieldSuggestion: { enabled: true },
});

export function createApolloServer(schema: GraphQLSchema, options: { production: boolean; logger: ErrorLogger }) {
  const protection = armor.protect();
  return new ApolloServer<HubContext>({
    schema,
    ...protection,
    plugins: [...protection.plugins, ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    validationRules: [...protection.validationRules],
    introspection: !options.production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorFor(options.logger),
  });
}
