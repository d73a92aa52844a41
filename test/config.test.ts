import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

describe('config (the one reader of the environment)', () => {
  it('defaults to the embedded database and files under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      blobStore: { kind: 'fs', rootDir: path.resolve('data', 'blobs') },
      maxUploadBytes: 1024 ** 3,
      devSignIn: true,
      clientTokenSeconds: 600,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ BLOB_STORE: 's3' }, 'BLOB_STORE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MINIO_USE_SSL: 'yes please' }, 'MINIO_USE_SSL'],
    [{ BLOB_STORE: 'minio' }, 'MINIO_ACCESS_KEY'],
    [{ HUB_MAX_UPLOAD_BYTES: '-1' }, 'HUB_MAX_UPLOAD_BYTES'],
    [{ HUB_CLIENT_TOKEN_SECONDS: '86400' }, 'HUB_CLIENT_TOKEN_SECONDS'],
  ])('a bad value stops start-up naming the variable: %j', (environment, variable) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(variable);
  });

  it('the development sign-in cannot be enabled in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', HUB_DEV_SIGN_IN: 'true', HUB_TOKEN_SECRET: 'x'.repeat(32) })).toThrow(
      /HUB_DEV_SIGN_IN/,
    );
    expect(loadConfig({ NODE_ENV: 'production', HUB_PUBLIC_URL: 'https://hub.example', HUB_TOKEN_SECRET: 'x'.repeat(32) }).devSignIn).toBe(
      false,
    );
  });

  it('production pins the time-stamp authority’s certificate: without it any certificate’s token would count', () => {
    const production = {
      NODE_ENV: 'production',
      HUB_PUBLIC_URL: 'https://hub.example',
      HUB_TOKEN_SECRET: 'x'.repeat(32),
      HUB_AUDIT_TSA_URL: 'https://tsa.example/',
    };
    expect(() => loadConfig(production)).toThrow(/HUB_AUDIT_TSA_CERT_FILE: required with HUB_AUDIT_TSA_URL/);
    expect(loadConfig({ ...production, HUB_AUDIT_TSA_CERT_FILE: 'tsa.pem' }).audit.timeStampCertificateFile).toBe(path.resolve('tsa.pem'));
    expect(loadConfig({ HUB_AUDIT_TSA_URL: 'https://tsa.example/' }).audit.timeStampCertificateFile).toBeNull();
  });

  it('production needs a token secret of its own', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/HUB_TOKEN_SECRET/);
  });

  it('issue 17 item 5: production refuses to start without HUB_PUBLIC_URL, naming it (every DCAT IRI, CKAN url and citation is built on it)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', HUB_TOKEN_SECRET: 'x'.repeat(32) })).toThrow(
      /HUB_PUBLIC_URL: required when NODE_ENV=production/,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', HUB_TOKEN_SECRET: 'x'.repeat(32), HUB_PUBLIC_URL: 'https://data.ninhthuan.gov.vn/' }).publicUrl,
    ).toBe('https://data.ninhthuan.gov.vn');
    // Outside production the hub's own listening address stands in.
    expect(loadConfig({ PORT: '4100' }).publicUrl).toBe('http://127.0.0.1:4100');
  });

  it('issue 17 item 3: HUB_CORS_ORIGINS is a list of origins (scheme://host[:port]), none by default; anything else is refused naming it', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ HUB_CORS_ORIGINS: 'https://App.NinhThuan.gov.vn/, http://localhost:5173' }).corsOrigins).toEqual([
      'https://app.ninhthuan.gov.vn',
      'http://localhost:5173',
    ]);
    for (const bad of ['*', 'app.ninhthuan.gov.vn', 'https://app.example/portal', 'ftp://app.example', 'https://a.example,']) {
      expect(() => loadConfig({ HUB_CORS_ORIGINS: bad })).toThrow(/HUB_CORS_ORIGINS: must be comma-separated origins/);
    }
  });

  it('issue 17 item 4: HUB_METRICS_TOKEN and HUB_GATEWAY_TOKEN, when set, are secrets of at least 32 characters', () => {
    expect(loadConfig({})).toMatchObject({ metricsToken: null, gatewayToken: null });
    expect(() => loadConfig({ HUB_METRICS_TOKEN: 'short' })).toThrow(/HUB_METRICS_TOKEN/);
    expect(() => loadConfig({ HUB_GATEWAY_TOKEN: 'short' })).toThrow(/HUB_GATEWAY_TOKEN/);
    expect(loadConfig({ HUB_METRICS_TOKEN: 'm'.repeat(32), HUB_GATEWAY_TOKEN: 'g'.repeat(32) })).toMatchObject({
      metricsToken: 'm'.repeat(32),
      gatewayToken: 'g'.repeat(32),
    });
  });

  it('issue 17 item 4: traces only with OTEL_EXPORTER_OTLP_ENDPOINT (an http(s) URL), named by OTEL_SERVICE_NAME', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' }).tracing).toEqual({
      endpoint: 'http://otel-collector:4318',
      serviceName: 'provincial-data-hub',
    });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://otel-collector:4317' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('reads the MinIO settings', () => {
    const config = loadConfig({
      BLOB_STORE: 'minio',
      MINIO_ENDPOINT: 'minio',
      MINIO_PORT: '9100',
      MINIO_USE_SSL: 'true',
      MINIO_ACCESS_KEY: 'a',
      MINIO_SECRET_KEY: 'b',
      MINIO_BUCKET: 'open-data',
    });
    expect(config.blobStore).toMatchObject({ kind: 'minio', endPoint: 'minio', port: 9100, useSSL: true, bucket: 'open-data' });
  });
});

describe('the audit signing key and time-stamp authority (issue 14 item 7)', () => {
  it('comes from HUB_AUDIT_SIGNING_KEY or a file, never both; by default a file under the data directory, made only outside production', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHuZ\n-----END PRIVATE KEY-----\n';
    expect(loadConfig({ HUB_AUDIT_SIGNING_KEY: pem }).audit.signingKey).toEqual({ kind: 'pem', pem });
    expect(() => loadConfig({ HUB_AUDIT_SIGNING_KEY: pem, HUB_AUDIT_SIGNING_KEY_FILE: '/etc/hub/audit.pem' })).toThrow(/set one, not both/);
    expect(() => loadConfig({ HUB_AUDIT_SIGNING_KEY: 'not a key' })).toThrow(/PKCS#8 PEM/);
    expect(loadConfig({ HUB_DATA_DIR: '/srv/hub' }).audit.signingKey).toEqual({
      kind: 'file',
      file: '/srv/hub/audit/signing-key.pem',
      generateIfMissing: true,
    });
    expect(
      loadConfig({
        NODE_ENV: 'production',
        HUB_PUBLIC_URL: 'https://hub.example',
        HUB_TOKEN_SECRET: 'x'.repeat(32),
        HUB_DATA_DIR: '/srv/hub',
      }).audit.signingKey,
    ).toMatchObject({
      generateIfMissing: false,
    });
  });

  it('a time-stamp authority is off unless HUB_AUDIT_TSA_URL names an http(s) one; its tokens sit beside the checkpoints', () => {
    expect(loadConfig({ HUB_DATA_DIR: '/srv/hub' }).audit).toMatchObject({
      timeStampAuthorityUrl: null,
      timeStampFile: '/srv/hub/audit/timestamps.jsonl',
    });
    expect(loadConfig({ HUB_AUDIT_TSA_URL: 'https://tsa.example.vn/tsr' }).audit.timeStampAuthorityUrl).toBe('https://tsa.example.vn/tsr');
    expect(() => loadConfig({ HUB_AUDIT_TSA_URL: 'ftp://tsa.example.vn/' })).toThrow(
      /HUB_AUDIT_TSA_URL: must be an http:\/\/ or https:\/\/ URL/,
    );
  });
});
