import type { HubConfig } from '../config';
import type { BlobStore } from './blob-store';
import { FsBlobStore } from './fs-blob-store';

/** The configured store, ready to use (the MinIO bucket created if missing). */
export async function openBlobStore(config: HubConfig['blobStore']): Promise<BlobStore> {
  if (config.kind === 'fs') return new FsBlobStore(config.rootDir, config.timeoutMs);
  const { kind: _kind, ...options } = config;
  // Loaded only for MinIO: its client is a tenth of a second of module loading that the file store never needs.
  const { MinioBlobStore } = await import('./minio-blob-store');
  const store = new MinioBlobStore(options);
  await store.ensureBucket();
  return store;
}
