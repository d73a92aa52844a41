import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse, type DocumentNode } from 'graphql';

/**
 * A second, independent subgraph: the "digital citizen app", which adds its own fields to the
 * hub's Dataset by key and features some datasets on its home screen.
 */
export const citizenAppTypeDefs: DocumentNode = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Dataset @key(fields: "id") {
    id: ID!
    "How many times citizens opened the dataset in the app"
    citizenAppViews: Int!
  }

  type Query {
    "Datasets the app shows on its home screen, by the hub's ids"
    featuredDatasets: [Dataset]!
  }
`);

export interface CitizenApp {
  url: string;
  close(): Promise<void>;
}

export async function startCitizenApp(featuredIds: string[], views: Record<string, number>): Promise<CitizenApp> {
  const schema = buildSubgraphSchema([
    {
      typeDefs: citizenAppTypeDefs,
      resolvers: {
        Query: { featuredDatasets: () => featuredIds.map((id) => ({ id })) },
        Dataset: {
          __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
          citizenAppViews: (dataset: { id: string }) => views[dataset.id] ?? 0,
        },
      },
    },
  ]);
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      void graphql({ schema, source: query, variableValues: variables }).then((result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
