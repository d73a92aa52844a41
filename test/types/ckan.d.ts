/** The okfn `ckan` npm client (ckan.js 0.2.3), which ships no types: the parts the tests use. */
declare module 'ckan' {
  type Callback = (error: string | null, body: { success: boolean; result?: unknown; error?: unknown }) => void;
  export class Client {
    constructor(endpoint: string, apiKey?: string);
    /** POSTs `data` as JSON to <endpoint>/api/3/action/<name>; an HTTP status other than 200 is an error string. */
    action(name: string, data: Record<string, unknown>, callback: Callback): void;
    /** datastore_search with Recline's query shape (size, from, filters, sort). */
    datastoreQuery(
      query: { resource_id: string; size?: number; from?: number; q?: string },
      callback: (error: string | null, result: { total: number; fields: { id: string; type: string }[]; hits: unknown[] }) => void,
    ): void;
  }
}
