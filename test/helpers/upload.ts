import type { TestHub } from './test-hub';

/** PUT a file as the body of /datasets/:slug/distributions, as a client would. */
export async function upload(
  testHub: TestHub,
  slug: string,
  body: string | Buffer,
  options: { token?: string; contentType?: string; filename?: string } = {},
) {
  const response = await testHub.hub.http.inject({
    method: 'PUT',
    url: `/datasets/${slug}/distributions${options.filename ? `?filename=${encodeURIComponent(options.filename)}` : ''}`,
    headers: {
      'content-type': options.contentType ?? 'text/csv',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    payload: body,
  });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}
