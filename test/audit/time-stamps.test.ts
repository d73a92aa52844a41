import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { outcomeOf } from '../../src/cli/audit-verify';
import { TimeStampAuthority } from '../../src/audit/timestamp/authority';
import { PinnedSigners } from '../../src/audit/timestamp/pinned-signers';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { startTestTsa, type TestTsa } from '../helpers/tsa-responder';

describe('RFC 3161 time-stamps of audit checkpoints (issue 14 item 7)', () => {
  let tsa: TestTsa;
  /** Another authority, with a certificate of its own making: what an insider forging tokens would run. */
  let impostor: TestTsa;
  let pinDir: string;
  /** A PEM file holding `pems`, as an operator configures HUB_AUDIT_TSA_CERT_FILE. */
  const pinFile = async (name: string, ...pems: string[]) => {
    const file = path.join(pinDir, name);
    await fs.writeFile(file, pems.join(''));
    return file;
  };

  beforeAll(async () => {
    tsa = await startTestTsa();
    impostor = await startTestTsa('Impostor TSA');
    pinDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tsa-pins-'));
  });

  afterAll(async () => {
    await Promise.all([tsa.close(), impostor.close()]);
    await fs.rm(pinDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    tsa.behaviour = 'grant';
  });

  describe('the authority client', () => {
    const stamped = Buffer.from('a checkpoint line\n');
    const authority = () => new TimeStampAuthority(tsa.url, 5000);

    it('gets a token that covers the digest it sent, dated now and signed by the authority’s certificate', async () => {
      const before = Date.now();
      const issued = await authority().stamp(stamped);
      expect(issued.signer).toBe(tsa.name);
      expect(issued.genTime.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(issued.genTime.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      expect(issued.token.length).toBeGreaterThan(200);
    });

    it.each([
      ['http-error', /HTTP 500/],
      ['reject', /refused \(status 2: policy not accepted\)/],
      ['wrong-imprint', /covers another digest/],
      ['wrong-nonce', /does not echo the request’s nonce/],
    ] as const)('refuses an authority that answers %s', async (behaviour, problem) => {
      tsa.behaviour = behaviour;
      await expect(authority().stamp(stamped)).rejects.toThrow(problem);
    });

    it('pinned to the authority’s certificates, takes only tokens one of them signed', async () => {
      const pinned = await PinnedSigners.load(await pinFile('rotating.pem', impostor.certificatePem, tsa.certificatePem));
      expect((await new TimeStampAuthority(tsa.url, 5000, pinned).stamp(stamped)).signer).toBe(tsa.name);
      const onlyTheAuthority = await PinnedSigners.load(await pinFile('authority.pem', tsa.certificatePem));
      await expect(new TimeStampAuthority(impostor.url, 5000, onlyTheAuthority).stamp(stamped)).rejects.toThrow(
        /signed by "Impostor TSA", not by a certificate in .*authority\.pem/,
      );
    });

    it('refuses at start a pin file that holds no certificate, or a damaged one', async () => {
      await expect(PinnedSigners.load(await pinFile('empty.pem', 'not a certificate\n'))).rejects.toThrow(/holds no PEM certificate/);
      const damaged = tsa.certificatePem.replace(/\n[A-Za-z0-9+/]{8}/, '\nAAAAAAAA');
      await expect(PinnedSigners.load(await pinFile('damaged.pem', damaged))).rejects.toThrow();
    });

    it('gives up on an authority that does not answer, after its timeout', async () => {
      const silent = await import('node:net').then(({ createServer }) => createServer(() => undefined));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as { port: number };
      const started = Date.now();
      try {
        await expect(new TimeStampAuthority(`http://127.0.0.1:${port}/`, 300).stamp(stamped)).rejects.toThrow(/timeout|abort/i);
        expect(Date.now() - started).toBeLessThan(3000);
      } finally {
        silent.close();
      }
    });
  });

  describe('a hub with HUB_AUDIT_TSA_URL', () => {
    let t: TestHub;
    const appendEvent = (n: number) =>
      t.hub.services().audit.append({ actor: 'system', action: 'test.appended', subjectType: 'test', subjectId: `s${n}` });
    const verify = async () => outcomeOf(await t.hub.services().audit.verify());
    const stampFile = () => t.config.audit.timeStampFile;
    const stampRecords = async () =>
      (await fs.readFile(stampFile(), 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { seq: number; checkpoint: string; token: string });

    beforeAll(async () => {
      const pinned = await pinFile('hub.pem', tsa.certificatePem);
      t = await startTestHub({ env: { HUB_AUDIT_TSA_URL: tsa.url, HUB_AUDIT_TSA_CERT_FILE: pinned, HUB_AUDIT_CHECKPOINT_SECONDS: '0' } });
      for (let n = 1; n <= 3; n += 1) await appendEvent(n);
    });

    afterAll(() => t.close());

    it('each checkpoint gets a token over its journal line, kept beside it and copied to the blob store; audit:verify reports its genTime', async () => {
      await t.hub.services().audit.checkpoint();
      const [record] = await stampRecords();
      const checkpointLine = (await fs.readFile(t.config.audit.checkpointFile, 'utf8')).split('\n')[0];
      expect(path.dirname(stampFile())).toBe(path.dirname(t.config.audit.checkpointFile));
      expect(record).toMatchObject({ seq: 3, checkpoint: createHash('sha256').update(`${checkpointLine}\n`).digest('hex') });
      const tokenKey = createHash('sha256').update(Buffer.from(record.token, 'base64')).digest('hex');
      expect(await t.hub.blobs.exists(tokenKey)).toBe(true);
      expect(await verify()).toEqual({
        exitCode: 0,
        message: expect.stringMatching(
          /3 events, .*matches the checkpoint at event 3, time-stamped by Test TSA at \d{4}-\d\d-\d\dT[\d:.]+Z \(RFC 3161\)$/,
        ),
      });
    });

    it('a failing authority does not stop the checkpoint; audit:verify warns; the next checkpoint run stamps it', async () => {
      await appendEvent(4);
      tsa.behaviour = 'http-error';
      await expect(t.hub.services().audit.checkpoint()).rejects.toThrow(
        /time-stamp of checkpoint 4 from .* failed, retried at the next checkpoint: .*HTTP 500/,
      );
      const checkpoints = (await fs.readFile(t.config.audit.checkpointFile, 'utf8')).split('\n').filter(Boolean);
      expect(JSON.parse(checkpoints[checkpoints.length - 1])).toMatchObject({ seq: 4 });
      expect(await verify()).toEqual({
        exitCode: 0,
        message: expect.stringMatching(
          /matches the checkpoint at event 4; WARNING: no time-stamp on the checkpoint at event 4 .*; the last time-stamped one is event 3 at /,
        ),
      });

      tsa.behaviour = 'grant';
      const requestsBefore = tsa.requests;
      await t.hub.services().audit.checkpoint();
      expect(tsa.requests).toBe(requestsBefore + 1);
      expect((await stampRecords()).map((record) => record.seq)).toEqual([3, 4]);
      expect(await verify()).toEqual({
        exitCode: 0,
        message: expect.stringMatching(/checkpoint at event 4, time-stamped by Test TSA at /),
      });
      await t.hub.services().audit.checkpoint();
      expect(tsa.requests).toBe(requestsBefore + 1);
    });

    it('a token moved onto another checkpoint is named: it covers another digest', async () => {
      const original = await fs.readFile(stampFile(), 'utf8');
      const [first] = await stampRecords();
      await fs.writeFile(stampFile(), `${JSON.stringify({ ...first, seq: 4 })}\n`);
      try {
        expect(await verify()).toEqual({
          exitCode: 1,
          message: expect.stringMatching(/BROKEN at event 4: .*the time-stamp token covers another digest than the checkpoint/),
        });
      } finally {
        await fs.writeFile(stampFile(), original);
      }
    });

    it('a token whose signature was altered is named', async () => {
      const original = await fs.readFile(stampFile(), 'utf8');
      const records = await stampRecords();
      const token = Buffer.from(records[records.length - 1].token, 'base64');
      // The token ends with the ECDSA signature's last INTEGER: a changed byte there still parses.
      token[token.length - 1] ^= 0x01;
      await fs.appendFile(stampFile(), `${JSON.stringify({ ...records[records.length - 1], token: token.toString('base64') })}\n`);
      try {
        expect(await verify()).toMatchObject({
          exitCode: 1,
          message: expect.stringMatching(/BROKEN at event 4: .*signature does not verify/),
        });
      } finally {
        await fs.writeFile(stampFile(), original);
      }
    });

    it('a token that covers the checkpoint but was signed by another authority (an insider’s own certificate) is named', async () => {
      const original = await fs.readFile(stampFile(), 'utf8');
      const records = await stampRecords();
      const last = records[records.length - 1];
      const checkpointLines = (await fs.readFile(t.config.audit.checkpointFile, 'utf8')).split('\n').filter(Boolean);
      const covered = Buffer.from(`${checkpointLines.find((line) => (JSON.parse(line) as { seq: number }).seq === last.seq)}\n`);
      const forged = await new TimeStampAuthority(impostor.url, 5000).stamp(covered);
      await fs.appendFile(stampFile(), `${JSON.stringify({ ...last, token: forged.token.toString('base64') })}\n`);
      try {
        expect(await verify()).toEqual({
          exitCode: 1,
          message: expect.stringMatching(/BROKEN at event 4: .*signed by "Impostor TSA", not by a certificate in .*hub\.pem/),
        });
      } finally {
        await fs.writeFile(stampFile(), original);
      }
    });

    it('a token that is not one is named', async () => {
      const original = await fs.readFile(stampFile(), 'utf8');
      const records = await stampRecords();
      const last = { ...records[records.length - 1], token: randomBytes(64).toString('base64') };
      await fs.appendFile(stampFile(), `${JSON.stringify(last)}\n`);
      try {
        expect(await verify()).toMatchObject({ exitCode: 1, message: expect.stringMatching(/the time-stamp token cannot be read/) });
      } finally {
        await fs.writeFile(stampFile(), original);
      }
    });
  });
});
