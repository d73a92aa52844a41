import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from './config';
import { SsoService, type OidcClient } from './modules/accounts/composition';
import { AccountService, type AccountApi, type PasswordHasher, type TokenService } from './modules/accounts/service';
import { AuditLog, type AuditTrust } from './audit/service';
import { AccessService, type AccessApi } from './modules/access/service';
import { AgencyService, type AgencyApi } from './modules/agencies/service';
import { ClientService, type ClientTokenService } from './modules/clients/service';
import {
  ConsentRequestService,
  ConsentService,
  ConsentWebhooks,
  type ConsentWebhooksApi,
  type ConsentApi,
  type ConsentRequestApi,
  type WebhookQueue,
} from './modules/consent/service';
import { FeedbackService } from './modules/feedback/service';
import { NotificationService } from './modules/notifications/service';
import { CatalogService, type CatalogApi } from './modules/catalog/service';
import { CitizenService, defaultCodePolicy, OneTimeCodes, OutboxSmsGateway } from './modules/citizens/service';
import { ComplianceService, type ComplianceApi } from './modules/compliance/service';
import { DatastoreService, type DatastoreApi, type DatastoreRuntime } from './modules/datastore/service';
import { FederationService, type FederationApi, type HarvestQueue } from './modules/federation/service';
import { RowQueryService } from './modules/datastore/rows/service';
import { SuccessionService } from './modules/succession/service';
import { OpenDataService, type DemandCounts } from './modules/opendata/service';
import type { AbandonableStatements } from './db/abandonable-statements';
import { rowAccessWithGrants, rowTotals, type QueryGate } from './modules/datastore/composition';
import type { Clock } from './shared/clock';
import type { BlobStore } from './storage/blob-store';

export interface Services {
  agencies: AgencyApi;
  accounts: AccountApi;
  citizens: CitizenService;
  sso: SsoService;
  catalog: CatalogApi;
  rows: RowQueryService;
  datastore: DatastoreApi;
  openData: OpenDataService;
  compliance: ComplianceApi;
  audit: AuditLog;
  access: AccessApi;
  succession: SuccessionService;
  clients: ClientService;
  consent: ConsentApi;
  consentRequests: ConsentRequestApi;
  consentWebhooks: ConsentWebhooksApi;
  federation: FederationApi;
  notifications: NotificationService;
  feedback: FeedbackService;
  /**
   * The services whole, trusted methods included, which check no access: for callers that already
   * hold the right (a page naming the datasets of the viewer's own requests) or act as the system
   * (the catalogue import, the job workers and sweeps, the operator's commands, test set-up).
   * Every use in src/ is listed with its reason in test/architecture.test.ts.
   */
  trusted: TrustedServices;
}

export interface TrustedServices {
  catalog: CatalogService;
  agencies: AgencyService;
  accounts: AccountService;
  datastore: DatastoreService;
  compliance: ComplianceService;
  access: AccessService;
  consent: ConsentService;
  consentRequests: ConsentRequestService;
  consentWebhooks: ConsentWebhooks;
  federation: FederationService;
}

export interface ServiceDependencies {
  config: HubConfig;
  blobs: BlobStore;
  clock: Clock;
  tokens: TokenService;
  clientTokens: ClientTokenService;
  datastore: DatastoreRuntime;
  /** The central OpenID Connect provider's client; null when SSO is not configured. */
  sso: OidcClient | null;
  harvests: HarvestQueue;
  /** Sends partners' consent-request webhooks, with retries. */
  consentWebhooks: WebhookQueue;
  /** Development only: logs each SMS the outbox keeps, so its one-time code can be read. */
  announceSms?: (phone: string, body: string) => void;
  /** The audit log's signing key and checkpoints, held outside the database. */
  auditTrust: AuditTrust;
  /** Bounds the datastore row queries running at once, across all requests of this process. */
  rowQueries: QueryGate;
  /** Row statements cancelled on the server when their client leaves. */
  rowStatements: AbandonableStatements;
  /** Hashes of officials' and citizens' passwords and of clients' secrets, at the configured cost. */
  passwords: PasswordHasher;
  /** Downloads and API reads counted in memory, written at each flush. */
  demand: DemandCounts;
}

/** The services of one unit of work (a request, an import), sharing one EntityManager fork. */
export function createServices(em: EntityManager, deps: ServiceDependencies): Services {
  const agencies = new AgencyService(em);
  const audit = new AuditLog(em, deps.clock, deps.auditTrust);
  const catalog = new CatalogService(em, agencies, deps.blobs, audit, deps.clock, deps.config.maxUploadBytes);
  const datastore = new DatastoreService(em, catalog, deps.datastore, audit, deps.clock);
  const access = new AccessService(em, catalog, datastore, audit, deps.clock, {
    overdueWorkingDays: deps.config.accessRequestOverdueWorkingDays,
    counterOfferWorkingDays: deps.config.accessCounterOfferWorkingDays,
    dicConfirmationProvinces: deps.config.accessDicConfirmationProvinces,
  });
  const clients = new ClientService(em, audit, deps.clientTokens, deps.clock, deps.passwords);
  const codes = new OneTimeCodes(em, deps.clock, new OutboxSmsGateway(em, deps.clock, deps.announceSms), deps.config.tokenSecret, {
    ...defaultCodePolicy,
    ttlMs: deps.config.otpTtlSeconds * 1000,
  });
  const partners = { activeClientName: (clientId: string) => clients.activeClientName(clientId) };
  const accounts = new AccountService(em, agencies, audit, deps.tokens, deps.clock, deps.passwords, deps.config.devSignIn);
  const compliance = new ComplianceService(em, catalog, agencies, datastore, audit, deps.clock);
  const consent = new ConsentService(em, catalog, partners, audit, deps.clock);
  const consentRequests = new ConsentRequestService(em, catalog, partners, audit, deps.clock, deps.consentWebhooks, deps.config.publicUrl);
  const consentWebhooks = new ConsentWebhooks(em, audit, deps.clock, { allowHttp: deps.config.mode !== 'production', timeoutMs: 10_000 });
  const federation = new FederationService(em, catalog, deps.harvests, deps.clock, {
    ...deps.config.harvest,
    publicUrl: deps.config.publicUrl,
  });
  return {
    agencies,
    accounts,
    sso: new SsoService(em, accounts, audit, deps.clock, deps.sso),
    citizens: new CitizenService(em, agencies, audit, deps.tokens, deps.clock, deps.passwords, codes),
    catalog,
    rows: new RowQueryService(
      em,
      catalog,
      rowTotals,
      deps.rowQueries,
      deps.rowStatements,
      rowAccessWithGrants(
        (viewer, dataset) => access.grantAccess(viewer, dataset),
        (viewer, dataset, read) => access.recordInternalRead(viewer, dataset, read),
      ),
    ),
    datastore,
    openData: new OpenDataService(em, catalog, agencies, datastore, deps.clock, deps.config.publicUrl, deps.demand),
    compliance,
    audit,
    access,
    succession: new SuccessionService(em, agencies, catalog, access, accounts, audit, deps.clock),
    clients,
    consent,
    consentRequests,
    consentWebhooks,
    federation,
    notifications: new NotificationService(em, audit, deps.clock),
    feedback: new FeedbackService(em, catalog, agencies, audit, deps.clock),
    trusted: { catalog, agencies, accounts, datastore, compliance, access, consent, consentRequests, consentWebhooks, federation },
  };
}
