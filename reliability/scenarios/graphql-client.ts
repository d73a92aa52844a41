/** GraphQL over loopback HTTP, as the scenarios' clients send it, each request given `timeoutMs`. */
export async function postGraphQL(baseUrl: string, query: string, variables: object, options: { token?: string; timeoutMs?: number } = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  return (await response.json()) as { data?: unknown };
}

/** A demo official of Ninh Thuận (seeds/demo-officials.yaml), through the development sign-in. */
export async function devSignInToken(baseUrl: string, accountName: string): Promise<string> {
  const answer = await postGraphQL(baseUrl, 'mutation ($p: String!, $a: String!) { devSignIn(province: $p, accountName: $a) { token } }', {
    p: 'ninhthuan',
    a: accountName,
  });
  const token = (answer.data as { devSignIn?: { token: string } } | undefined)?.devSignIn?.token;
  if (!token) throw new Error(`development sign-in failed: ${JSON.stringify(answer)}`);
  return token;
}

export const registerDataset = `mutation ($input: RegisterDatasetInput!) { registerDataset(input: $input) { dataset { id } error { message } } }`;

/** A registration of sotttt's (the demo steward vankiemthu's agency). */
export function registration(slug: string, title: string) {
  return {
    slug,
    title,
    description: 'Đo độ tin cậy.',
    ownerCode: 'sotttt',
    category: 'SECTORAL',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
  };
}
