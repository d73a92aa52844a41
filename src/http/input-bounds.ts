import type { FastifyInstance } from 'fastify';
import { InputError } from '../shared/errors';
import { namedTextProblems } from '../shared/input-bounds';

/**
 * Path and query parameters of every plain-HTTP route get the bounds GraphQL arguments get
 * (shared/input-bounds.ts): a slug of 100 characters at most, no NUL or other control
 * character anywhere; refused with 400 BAD_USER_INPUT naming the parameter before a handler
 * runs. GraphQL's own parameters are checked by the GraphQL server (graphql/input-bounds.ts).
 */
export function installInputBounds(app: FastifyInstance, graphqlPath = '/graphql'): void {
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.url === graphqlPath) return;
    const problems = [
      ...namedTextProblems((request.params ?? {}) as Record<string, unknown>, 'path'),
      ...namedTextProblems((request.query ?? {}) as Record<string, unknown>, 'query'),
    ];
    if (problems.length > 0) throw new InputError(problems);
  });
}
