/** An `audit_event` row as `pg` returns it, but for its time, which each reader selects its own way. */
export interface StoredEventColumns {
  seq: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  details: Record<string, unknown>;
  reason: string | null;
  prev_hash: string;
  hash: string;
  key_id: string | null;
  signature: string | null;
}
