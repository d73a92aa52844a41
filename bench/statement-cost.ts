import type { Hub } from '../src/app';
import { hubPageQuery, hubRows, pageRequestBody } from './page-queries';

export interface StatementCost {
  pageSize: number;
  statements: number;
  datasets: number;
  distributions: number;
}

/** SQL statements the hub sends for one anonymous page request, counted by its own ORM logger. */
export async function statementCost(hub: Hub, pageSize: number): Promise<StatementCost> {
  const before = hub.database.statements.total;
  const response = await hub.http.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: pageRequestBody(hubPageQuery, pageSize),
  });
  const statements = hub.database.statements.total - before;
  const body = response.json() as { data?: unknown; errors?: unknown };
  if (response.statusCode !== 200 || body.errors) throw new Error(`hub page of ${pageSize}: ${response.statusCode} ${response.body}`);
  const rows = hubRows(body.data);
  return {
    pageSize,
    statements,
    datasets: rows.length,
    distributions: rows.reduce((sum, row) => sum + row.distributions.length, 0),
  };
}
