import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` in one transaction on the unit of work's own EntityManager, so every module's
 * writes through that manager (catalogue, datastore, audit log) commit or roll back together.
 * Nested calls join the transaction already open.
 */
export async function inTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return work();
  await em.begin();
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}
