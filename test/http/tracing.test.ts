import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestHub } from '../helpers/test-hub';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

/** An OTLP/HTTP collector that keeps every span sent to /v1/traces (OTLP's JSON encoding). */
async function collector(): Promise<{ endpoint: string; spans: OtlpSpan[]; requests: { path: string; type: string }[]; close(): void }> {
  const spans: OtlpSpan[] = [];
  const requests: { path: string; type: string }[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ path: request.url ?? '', type: String(request.headers['content-type']) });
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
      };
      for (const resource of body.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, requests, close: () => server.close() };
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((candidate) => candidate.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

describe('issue 17 item 4: OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set', () => {
  it('a GraphQL request is a span continuing the caller’s traceparent, with its operation and its SQL statements inside', async () => {
    const otlp = await collector();
    const t = await startTestHub({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint, OTEL_SERVICE_NAME: 'hub-under-test' } });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    try {
      const answer = await t.postGraphQL(
        { query: 'query CatalogueForTrace { datasets(first: 1) { totalCount } }', operationName: 'CatalogueForTrace' },
        { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      );
      expect(answer.status).toBe(200);
    } finally {
      // Closing the hub flushes the spans it holds.
      await t.close();
      otlp.close();
    }
    expect(otlp.requests[0]).toEqual({ path: '/v1/traces', type: expect.stringMatching(/^application\/json/) });
    const request = otlp.spans.find((span) => span.name === 'POST /graphql')!;
    expect(request).toMatchObject({ traceId, parentSpanId: '00f067aa0ba902b7' });
    expect(attribute(request, 'http.response.status_code')).toBe(200);
    const operation = otlp.spans.find((span) => span.name === 'query CatalogueForTrace')!;
    expect(operation).toMatchObject({ traceId, parentSpanId: request.spanId });
    const statements = otlp.spans.filter((span) => attribute(span, 'db.system') === 'postgresql' && span.traceId === traceId);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.parentSpanId).toBe(request.spanId);
      // The statement's text, never its parameters' values.
      expect(String(attribute(statement, 'db.statement'))).not.toMatch(/CatalogueForTrace/);
    }
  });
});
