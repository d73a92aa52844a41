import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { MinioBlobStoreOptions } from './storage/minio-blob-store';

const booleanText = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const port = z.coerce.number().int().min(0).max(65535);

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  HUB_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  BLOB_STORE: z.enum(['fs', 'minio']).default('fs'),
  MINIO_ENDPOINT: z.string().min(1).default('127.0.0.1'),
  MINIO_PORT: port.default(9000),
  MINIO_USE_SSL: booleanText.default('false'),
  MINIO_ACCESS_KEY: z.string().default(''),
  MINIO_SECRET_KEY: z.string().default(''),
  MINIO_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')
    .default('hub'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUB_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 ** 3),
  HUB_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  HUB_DEV_SIGN_IN: booleanText.optional(),
  HUB_PUBLIC_URL: z.string().url().optional(),
  HUB_CORS_ORIGINS: z
    .string()
    .refine(isOriginList, 'must be comma-separated origins, each scheme://host[:port] with no path (e.g. https://app.ninhthuan.gov.vn)')
    .optional(),
  HUB_METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  HUB_GATEWAY_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL (OTLP over HTTP)')
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('provincial-data-hub'),
  HUB_FAIR_USE_PER_MINUTE: z.coerce.number().int().positive().default(300),
  HUB_GRAPHQL_PER_MINUTE: z.coerce.number().int().positive().default(600),
  HUB_TRUSTED_PROXIES: z
    .string()
    .refine(isTrustedProxies, 'must be a hop count (1, 2, …) or comma-separated IP addresses and CIDR ranges')
    .optional(),
  HUB_ACCOUNT_SWEEP_HOURS: z.coerce.number().min(0).default(24),
  HUB_DEMAND_FLUSH_SECONDS: z.coerce.number().min(0).default(10),
  HUB_CONSENT_REQUEST_SWEEP_MINUTES: z.coerce.number().min(0).default(15),
  HUB_CONSENT_WEBHOOK_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  HUB_PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(15),
  HUB_ACCESS_REQUEST_OVERDUE_WORKING_DAYS: z.coerce.number().int().positive().default(5),
  HUB_ACCESS_COUNTER_OFFER_WORKING_DAYS: z.coerce.number().int().positive().default(10),
  HUB_ACCESS_SWEEP_MINUTES: z.coerce.number().min(0).default(60),
  HUB_ACCESS_DIC_CONFIRMATION: z
    .string()
    .regex(/^\s*([a-z0-9_-]+(\s*,\s*[a-z0-9_-]+)*)?\s*$/, 'must be comma-separated province codes, e.g. binhphuoc,ninhthuan')
    .default(''),
  HUB_CLIENT_TOKEN_SECONDS: z.coerce.number().int().min(60).max(3600).default(600),
  HUB_OTP_TTL_SECONDS: z.coerce.number().int().positive().default(300),
  HUB_HARVEST_ALLOWED_HOSTS: z
    .string()
    .regex(/^\s*[a-z0-9.\-[\]:]+(\s*,\s*[a-z0-9.\-[\]:]+)*\s*$/i, 'must be comma-separated host or host:port')
    .optional(),
  HUB_HARVEST_MAX_PAGE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(32 * 1024 ** 2),
  HUB_HARVEST_SWEEP_MINUTES: z.coerce.number().min(0).default(5),
  HUB_AUDIT_SIGNING_KEY: z.string().includes('PRIVATE KEY', { message: 'must be a PKCS#8 PEM private key' }).optional(),
  HUB_AUDIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  HUB_AUDIT_CHECKPOINT_SECONDS: z.coerce.number().min(0).default(60),
  HUB_AUDIT_TSA_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
    .optional(),
  HUB_AUDIT_TSA_CERT_FILE: z.string().min(1).optional(),
  HUB_STORE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  HUB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  HUB_ROW_QUERY_CONCURRENCY: z.coerce.number().int().positive().optional(),
  HUB_MAX_REQUESTS_IN_FLIGHT: z.coerce.number().int().positive().default(16),
  HUB_SSO_ISSUER: z.string().url().optional(),
  HUB_SSO_CLIENT_ID: z.string().min(1).optional(),
  HUB_SSO_CLIENT_SECRET: z.string().min(1).optional(),
  HUB_SSO_REDIRECT_URL: z.string().url().optional(),
});

export type LogLevel = z.infer<typeof environmentSchema>['LOG_LEVEL'];

export interface HubConfig {
  mode: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** Unset: the embedded PGlite database under dataDir. */
  databaseUrl?: string;
  blobStore: { kind: 'fs'; rootDir: string; timeoutMs: number } | ({ kind: 'minio' } & MinioBlobStoreOptions);
  /** Longest a request's SQL statement may run before PostgreSQL stops it; 0 = no limit. Migrations and ingestion have none. */
  statementTimeoutMs: number;
  /**
   * Datastore row queries (datasetRows, CKAN datastore_search) running at once; more wait
   * briefly, then are refused with 503. Unset: 4 on a server, 1 on PGlite, which runs them on
   * the hub's own thread one at a time anyway.
   */
  rowQueryConcurrency?: number;
  /** Requests handled at once; beyond, 503 with Retry-After at once rather than a queue (/healthz exempt). */
  maxRequestsInFlight: number;
  logLevel: LogLevel;
  maxUploadBytes: number;
  /** Signs session tokens; a random one per process in development. */
  tokenSecret: string;
  /** The stand-in sign-in for seeded officials until real accounts exist; never in production. */
  devSignIn: boolean;
  /** Where the portal is reached from outside: the base of DCAT identifiers, citations and links. */
  publicUrl: string;
  /**
   * Origins of browser apps that may call /graphql across origins (CORS, issue 17 item 3), as
   * `scheme://host[:port]`; every other origin gets no CORS headers. Empty: none.
   */
  corsOrigins: string[];
  /** Bearer token for GET /metrics from outside loopback; null = /metrics only from loopback (issue 17 item 4). */
  metricsToken: string | null;
  /**
   * In production, where introspection is off, `{ _service { sdl } }` answers only a request
   * carrying this secret in `X-Hub-Gateway-Token`: the federation gateway's. Null = nobody.
   */
  gatewayToken: string | null;
  /** OpenTelemetry traces over OTLP/HTTP; null = none (OTEL_EXPORTER_OTLP_ENDPOINT unset). */
  tracing: TracingConfig | null;
  /** Open-data requests one IP address may make per minute: the only limit on anonymous use (002 §20.1). */
  fairUsePerMinute: number;
  /** GraphQL requests one client (signed in or by token) or one anonymous address may make per minute. */
  graphqlPerMinute: number;
  /**
   * Proxies whose X-Forwarded-For is believed (Fastify's trustProxy): none (false) unless
   * configured, so a client cannot choose the address its limits are counted by.
   */
  trustedProxies: false | number | string[];
  /** Hours between sweeps applying 003 §5–§6's time rules to officials' accounts; 0 = no sweep in this process. */
  accountSweepHours: number;
  /** How often demand counted in memory (downloads, API reads) is written; 0 = only as the hub stops. */
  demandFlushSeconds: number;
  /** Minutes between sweeps storing EXPIRED on unanswered consent requests (issue 19); 0 = no sweep in the cluster. */
  consentRequestSweepMinutes: number;
  /** Seconds between a failed consent-request webhook and its next try (12 tries after the first). */
  consentWebhookRetrySeconds: number;
  /**
   * scrypt's cost for new password and secret hashes, as log2 N: 15 (N = 2^15, OWASP's minimum
   * for scrypt), never lower in production. The test suite lowers it: each hash at 2^15 costs
   * about 0.1–0.2 s of CPU, and suites hash hundreds. Stored hashes carry their own parameters.
   */
  passwordHashCost: number;
  /** Working days (Mon–Fri but public holidays) after which a pending access request is overdue and shown to DIC (002 §27.2). */
  accessRequestOverdueWorkingDays: number;
  /** Working days the requester has to answer the owner's counter-offer before it expires (002 §27.2). */
  accessCounterOfferWorkingDays: number;
  /** Minutes between sweeps expiring unanswered counter-offers; 0 = no sweep (lists still expire what is due). */
  accessSweepMinutes: number;
  /** Provinces whose DIC confirms agreed e-form terms before the grant takes effect (002 §27.1d); empty = none. */
  accessDicConfirmationProvinces: string[];
  /** Lifetime of a partner client's access token (002 §27.1b): short, since it is checked only by signature and client status. */
  clientTokenSeconds: number;
  /** Lifetime of an SMS one-time code for citizens' accounts (000 §9.1). */
  otpTtlSeconds: number;
  harvest: HarvestConfig;
  /** The central OpenID Connect provider (VNeID-style, 002 §14); null = no SSO sign-in. */
  sso: SsoConfig | null;
  audit: AuditConfig;
}

export interface TracingConfig {
  /** The collector's base URL; spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  serviceName: string;
}

/** Where the audit log's Ed25519 signing key comes from. */
export type AuditKeySource =
  | { kind: 'pem'; pem: string }
  | { kind: 'file'; file: string; /** Development and tests: make one when the file is absent. */ generateIfMissing: boolean };

/** What makes the audit log provable outside the database (issue 14 item 7). */
export interface AuditConfig {
  /** The Ed25519 key that signs every event and checkpoint; never stored in the database. */
  signingKey: AuditKeySource;
  /** The journal of signed checkpoints of the chain's head (a copy of each goes to the blob store). */
  checkpointFile: string;
  /** Seconds between checkpoints while the log grows; 0 = only when the hub stops. */
  checkpointSeconds: number;
  /** An RFC 3161 time-stamp authority that dates each checkpoint; null = none. */
  timeStampAuthorityUrl: string | null;
  /** The journal of the authority's tokens, beside the checkpoints' (a copy of each goes to the blob store). */
  timeStampFile: string;
  /** PEM certificates the authority signs with; only tokens they sign count. Null = any signer (outside production). */
  timeStampCertificateFile: string | null;
}

/** What the hub may fetch when it harvests a source DIC registered (request forgery guard). */
export interface HarvestConfig {
  /** Sources on 127.0.0.1 / ::1: outside production only, where tests and developers run them. */
  allowLoopback: boolean;
  /** host or host:port trusted whatever address it resolves to: known internal hubs. */
  allowedHosts: string[];
  maxPageBytes: number;
  /** Minutes between sweeps queueing scheduled harvests that are due; 0 = no sweep in this process. */
  sweepMinutes: number;
}

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This hub's /auth/sso/callback as registered with the provider. */
  redirectUrl: string;
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The one reader of the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): HubConfig {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  if (production && env.HUB_DEV_SIGN_IN) {
    problems.push('HUB_DEV_SIGN_IN: the development sign-in cannot be enabled when NODE_ENV=production');
  }
  if (production && !env.HUB_PUBLIC_URL) {
    problems.push(
      'HUB_PUBLIC_URL: required when NODE_ENV=production (the address the hub is reached at, e.g. https://data.ninhthuan.gov.vn: the base of every DCAT IRI, CKAN url and citation)',
    );
  }
  if (production && !env.HUB_TOKEN_SECRET) {
    problems.push('HUB_TOKEN_SECRET: required when NODE_ENV=production');
  }
  if (env.BLOB_STORE === 'minio' && (!env.MINIO_ACCESS_KEY || !env.MINIO_SECRET_KEY)) {
    problems.push('MINIO_ACCESS_KEY, MINIO_SECRET_KEY: required when BLOB_STORE=minio');
  }
  const ssoSettings = [env.HUB_SSO_ISSUER, env.HUB_SSO_CLIENT_ID, env.HUB_SSO_CLIENT_SECRET, env.HUB_SSO_REDIRECT_URL];
  if (ssoSettings.some(Boolean) && !ssoSettings.every(Boolean)) {
    problems.push('HUB_SSO_ISSUER, HUB_SSO_CLIENT_ID, HUB_SSO_CLIENT_SECRET, HUB_SSO_REDIRECT_URL: set all four, or none to turn SSO off');
  }
  if (production && env.HUB_SSO_ISSUER?.startsWith('http:')) {
    problems.push('HUB_SSO_ISSUER: must be https when NODE_ENV=production');
  }
  if (production && env.HUB_AUDIT_TSA_URL && !env.HUB_AUDIT_TSA_CERT_FILE) {
    problems.push(
      'HUB_AUDIT_TSA_CERT_FILE: required with HUB_AUDIT_TSA_URL when NODE_ENV=production (the authority’s signing certificate: otherwise any certificate’s token would count)',
    );
  }
  if (production && env.HUB_PASSWORD_HASH_COST < 15) {
    problems.push('HUB_PASSWORD_HASH_COST: at least 15 (scrypt N = 2^15, OWASP’s minimum) when NODE_ENV=production');
  }
  if (env.HUB_AUDIT_SIGNING_KEY && env.HUB_AUDIT_SIGNING_KEY_FILE) {
    problems.push('HUB_AUDIT_SIGNING_KEY, HUB_AUDIT_SIGNING_KEY_FILE: set one, not both');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = path.resolve(env.HUB_DATA_DIR);
  return {
    mode: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    dataDir,
    databaseUrl: env.DATABASE_URL,
    blobStore:
      env.BLOB_STORE === 'fs'
        ? { kind: 'fs', rootDir: path.join(dataDir, 'blobs'), timeoutMs: env.HUB_STORE_TIMEOUT_MS }
        : {
            kind: 'minio',
            endPoint: env.MINIO_ENDPOINT,
            port: env.MINIO_PORT,
            useSSL: env.MINIO_USE_SSL,
            accessKey: env.MINIO_ACCESS_KEY,
            secretKey: env.MINIO_SECRET_KEY,
            bucket: env.MINIO_BUCKET,
            spoolDir: path.join(dataDir, 'spool'),
            timeoutMs: env.HUB_STORE_TIMEOUT_MS,
          },
    statementTimeoutMs: env.HUB_STATEMENT_TIMEOUT_MS,
    rowQueryConcurrency: env.HUB_ROW_QUERY_CONCURRENCY,
    maxRequestsInFlight: env.HUB_MAX_REQUESTS_IN_FLIGHT,
    logLevel: env.LOG_LEVEL,
    maxUploadBytes: env.HUB_MAX_UPLOAD_BYTES,
    tokenSecret: env.HUB_TOKEN_SECRET ?? randomSecret(),
    devSignIn: env.HUB_DEV_SIGN_IN ?? !production,
    corsOrigins: originsOf(env.HUB_CORS_ORIGINS),
    metricsToken: env.HUB_METRICS_TOKEN ?? null,
    gatewayToken: env.HUB_GATEWAY_TOKEN ?? null,
    tracing: env.OTEL_EXPORTER_OTLP_ENDPOINT ? { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME } : null,
    fairUsePerMinute: env.HUB_FAIR_USE_PER_MINUTE,
    graphqlPerMinute: env.HUB_GRAPHQL_PER_MINUTE,
    trustedProxies: trustedProxiesOf(env.HUB_TRUSTED_PROXIES),
    accountSweepHours: env.HUB_ACCOUNT_SWEEP_HOURS,
    demandFlushSeconds: env.HUB_DEMAND_FLUSH_SECONDS,
    consentRequestSweepMinutes: env.HUB_CONSENT_REQUEST_SWEEP_MINUTES,
    consentWebhookRetrySeconds: env.HUB_CONSENT_WEBHOOK_RETRY_SECONDS,
    passwordHashCost: env.HUB_PASSWORD_HASH_COST,
    accessRequestOverdueWorkingDays: env.HUB_ACCESS_REQUEST_OVERDUE_WORKING_DAYS,
    accessCounterOfferWorkingDays: env.HUB_ACCESS_COUNTER_OFFER_WORKING_DAYS,
    accessSweepMinutes: env.HUB_ACCESS_SWEEP_MINUTES,
    accessDicConfirmationProvinces: env.HUB_ACCESS_DIC_CONFIRMATION.split(',')
      .map((code) => code.trim())
      .filter(Boolean),
    clientTokenSeconds: env.HUB_CLIENT_TOKEN_SECONDS,
    otpTtlSeconds: env.HUB_OTP_TTL_SECONDS,
    harvest: {
      allowLoopback: !production,
      allowedHosts: (env.HUB_HARVEST_ALLOWED_HOSTS ?? '')
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
      maxPageBytes: env.HUB_HARVEST_MAX_PAGE_BYTES,
      sweepMinutes: env.HUB_HARVEST_SWEEP_MINUTES,
    },
    sso: env.HUB_SSO_ISSUER
      ? {
          issuer: env.HUB_SSO_ISSUER,
          clientId: env.HUB_SSO_CLIENT_ID!,
          clientSecret: env.HUB_SSO_CLIENT_SECRET!,
          redirectUrl: env.HUB_SSO_REDIRECT_URL!,
        }
      : null,
    publicUrl: (env.HUB_PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/+$/, ''),
    audit: {
      signingKey: env.HUB_AUDIT_SIGNING_KEY
        ? { kind: 'pem', pem: env.HUB_AUDIT_SIGNING_KEY }
        : {
            kind: 'file',
            file: env.HUB_AUDIT_SIGNING_KEY_FILE
              ? path.resolve(env.HUB_AUDIT_SIGNING_KEY_FILE)
              : path.join(dataDir, 'audit', 'signing-key.pem'),
            // Production never makes its own key: the hub refuses to start until one is provided.
            generateIfMissing: !production && !env.HUB_AUDIT_SIGNING_KEY_FILE,
          },
      checkpointFile: path.join(dataDir, 'audit', 'checkpoints.jsonl'),
      checkpointSeconds: env.HUB_AUDIT_CHECKPOINT_SECONDS,
      timeStampAuthorityUrl: env.HUB_AUDIT_TSA_URL ?? null,
      timeStampFile: path.join(dataDir, 'audit', 'timestamps.jsonl'),
      timeStampCertificateFile: env.HUB_AUDIT_TSA_CERT_FILE ? path.resolve(env.HUB_AUDIT_TSA_CERT_FILE) : null,
    },
  };
}

/** A hop count, or addresses and CIDR ranges, as Fastify's trustProxy takes them. */
function isTrustedProxies(text: string): boolean {
  if (/^\d+$/.test(text.trim())) return Number(text) > 0;
  return text.split(',').every((entry) => {
    const [address, prefix, ...rest] = entry.trim().split('/');
    const version = isIP(address);
    if (version === 0 || rest.length > 0) return false;
    return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  });
}

function trustedProxiesOf(text: string | undefined): false | number | string[] {
  if (!text) return false;
  return /^\d+$/.test(text.trim()) ? Number(text) : text.split(',').map((entry) => entry.trim());
}

/** An origin as browsers send it in `Origin`: scheme, host and port only. */
function originOf(text: string): string | null {
  try {
    const url = new URL(text);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return bare && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : null;
  } catch {
    return null;
  }
}

function isOriginList(text: string): boolean {
  return text.split(',').every((entry) => originOf(entry.trim()) !== null);
}

function originsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => originOf(entry)!);
}

function randomSecret(): string {
  return randomBytes(32).toString('hex');
}
