import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Recomputes the full-text document of datasets: title (weight A), keywords (B), owner's name
 * (C), description (D), all accent-free so "ho tich" finds "hộ tịch". Done in SQL at write time
 * because unaccent() cannot stand in an index expression.
 */
export async function refreshSearchDocuments(em: EntityManager, datasetIds?: readonly string[]): Promise<void> {
  await em.execute(
    `update dataset d set search_vector =
        setweight(to_tsvector('simple', unaccent(lower(d.title || ' ' || coalesce(d.title_en, '')))), 'A')
     || setweight(to_tsvector('simple', unaccent(lower(array_to_string(d.keywords, ' ')))), 'B')
     || setweight(to_tsvector('simple', unaccent(lower(a.name || ' ' || a.code))), 'C')
     || setweight(to_tsvector('simple', unaccent(lower(d.description))), 'D')
     from agency_directory a
     where a.id = d.owner_agency_id ${datasetIds ? 'and d.id in (?)' : ''}`,
    datasetIds ? [[...datasetIds]] : [],
  );
}
