/** Formats as catalogues name them (CKAN's res_format, DCAT's dct:format labels), by media type. */
const formatByMediaType: Record<string, string> = {
  'text/csv': 'CSV',
  'application/json': 'JSON',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-excel': 'XLS',
  'application/zip': 'ZIP',
  'application/pdf': 'PDF',
  'application/xml': 'XML',
  'text/xml': 'XML',
};

/** Every dataset that has rows also offers them as CSV (the datastore resource). */
export const rowsFormat = 'CSV';

/** `text/csv` → `CSV`; an unlisted type by its subtype, e.g. `application/geo+json` → `GEO+JSON`. */
export function formatOf(mediaType: string): string {
  return formatByMediaType[mediaType] ?? (mediaType.split('/').pop() ?? mediaType).toUpperCase();
}

/** The media types a format names (case-insensitive); an unlisted format matches its subtype. */
export function mediaTypesOf(format: string): string[] {
  const wanted = format.toUpperCase();
  const listed = Object.entries(formatByMediaType)
    .filter(([, name]) => name === wanted)
    .map(([mediaType]) => mediaType);
  return listed.length > 0 ? listed : [`application/${format.toLowerCase()}`, `text/${format.toLowerCase()}`];
}

/** formatOf as a SQL expression over a media-type column, so facets count by format in the database. */
export function formatSql(column: string): string {
  const cases = Object.entries(formatByMediaType)
    .map(([mediaType, name]) => `when '${mediaType}' then '${name}'`)
    .join(' ');
  return `(case ${column} ${cases} else upper(regexp_replace(${column}, '^.*/', '')) end)`;
}
