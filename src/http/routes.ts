import type { FastifyInstance } from 'fastify';
import type { TokenService } from '../modules/accounts/service';
import type { Services } from '../services';
import type { ViewerSources } from './viewer';

/** What every plain-HTTP route needs: services for one unit of work, and token checking. */
export interface RouteDependencies extends ViewerSources {
  services(): Services;
  tokens: TokenService;
  maxUploadBytes: number;
}

export type RoutePlugin = (app: FastifyInstance, deps: RouteDependencies) => Promise<void>;
