import type { TestHub } from '../helpers/test-hub';

const scriptBudgetBytes = 200 * 1024;

export interface FetchedPage {
  status: number;
  body: string;
  headers: Record<string, unknown>;
}

export async function getPage(t: TestHub, url: string, headers: Record<string, string> = {}): Promise<FetchedPage> {
  const response = await t.hub.http.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, body: response.body, headers: response.headers };
}

async function scriptBytes(t: TestHub, body: string): Promise<number> {
  let total = 0;
  for (const [, inline] of body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) total += Buffer.byteLength(inline);
  for (const [, src] of body.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
    const script = await getPage(t, src);
    expect(script.status).toBe(200);
    total += Buffer.byteLength(script.body);
  }
  return total;
}

/** Every visible input, select and textarea has a <label for> naming it. */
function unlabelledInputs(body: string): string[] {
  const labelled = new Set([...body.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map(([, id]) => id));
  return [...body.matchAll(/<(input|select|textarea)\b([^>]*)>/g)]
    .filter(([, , attributes]) => !/type="(hidden|submit)"/.test(attributes))
    .map(([, , attributes]) => /\bid="([^"]+)"/.exec(attributes)?.[1] ?? attributes)
    .filter((id) => !labelled.has(id));
}

/** The checks every portal page passes: lang, a title, viewport, skip link, language switch, labels, < 200 KB of script. */
export async function expectLightAndAccessible(t: TestHub, page: FetchedPage): Promise<void> {
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toMatch(/text\/html/);
  expect(page.body).toMatch(/<html lang="(vi|en)">/);
  expect(page.body).toMatch(/<title>[^<]+<\/title>/);
  expect(page.body).toContain('name="viewport"');
  expect(page.body).toContain('href="#main"');
  expect(page.body).toMatch(/[?&](amp;)?lang=(en|vi)"/);
  expect(unlabelledInputs(page.body)).toEqual([]);
  expect(await scriptBytes(t, page.body)).toBeLessThan(scriptBudgetBytes);
}
