import fs from 'node:fs/promises';
import { startTestHub, type TestHub } from '../helpers/test-hub';

describe('GET /healthz', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  });

  afterAll(() => t.close());

  it('answers 200 when the database and the storage answer', async () => {
    const response = await t.hub.http.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok', storage: 'ok' });
  });

  it('answers 503 naming the storage when the blob directory cannot be written', async () => {
    const blobs = `${t.dataDir}/blobs`;
    await fs.rm(blobs, { recursive: true, force: true });
    await fs.writeFile(blobs, 'a file where the blob directory should be');
    try {
      const response = await t.hub.http.inject({ method: 'GET', url: '/healthz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'unavailable', database: 'ok', storage: 'down' });
    } finally {
      await fs.rm(blobs, { force: true });
    }
  });
});
