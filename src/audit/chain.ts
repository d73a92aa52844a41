import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The link before the first event. */
export const genesisHash = '0'.repeat(64);

/** What an event's hash covers: everything it says, including its place in the chain. */
export interface ChainedContent {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
  reason: string | null;
}

/** sha256(previous hash + canonical JSON of the event): changing any past event breaks every later link. */
export function chainHash(prevHash: string, event: ChainedContent): string {
  const { seq, at, actor, action, subjectType, subjectId, details, reason } = event;
  const content = canonicalJson({ seq, at: at.toISOString(), actor, action, subjectType, subjectId, details, reason });
  return createHash('sha256').update(prevHash).update(content).digest('hex');
}
