import fs from 'node:fs';
import path from 'node:path';
import { SubmitForReviewDocument } from '../generated/graphql';
import { waitForIngestions } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The GraphQL query of the README's `curl … -d '{"query": …}'` line that contains `operation`. */
function readmeQuery(operation: string): string {
  const line = readme.split('\n').find((each) => each.includes(`-d '{"query":"mutation { ${operation}`));
  if (!line) throw new Error(`the README has no ${operation} example`);
  return (JSON.parse(line.slice(line.indexOf("'") + 1, line.lastIndexOf("'"))) as { query: string }).query;
}

describe('the README example (issue 15.6)', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  }, 180_000);

  afterAll(() => t.close());

  it('registers, uploads and confirms a dataset that passes every automated check (002 §5)', async () => {
    const steward = await t.signIn('ninhthuan', 'vankiemthu');
    const auth = { authorization: `Bearer ${steward}` };
    const registered = await t.postGraphQL({ query: readmeQuery('registerDataset') }, auth);
    expect(registered.body.errors).toBeUndefined();
    expect(registered.body.data).toEqual({ registerDataset: { dataset: { slug: 'nt-thu' }, error: null } });

    const printf = /printf '([^']*)'/.exec(readme)![1].replace(/\\n/g, '\n');
    expect((await upload(t, 'nt-thu', printf, { token: steward, filename: 'thu.csv' })).status).toBe(201);
    await waitForIngestions(t, 'nt-thu');
    const confirmed = await t.postGraphQL({ query: readmeQuery('confirmTableSchema') }, auth);
    expect(confirmed.body.data).toEqual({ confirmTableSchema: { dataset: { slug: 'nt-thu' }, error: null } });
    await waitForIngestions(t, 'nt-thu');

    const submitted = await t.gql(SubmitForReviewDocument, { slug: 'nt-thu' }, steward);
    expect(submitted.data?.submitForReview.checks?.filter((check) => !check.passed)).toEqual([]);
    expect(submitted.data?.submitForReview.dataset?.reviewState).toBe('SUBMITTED');
  });
});
