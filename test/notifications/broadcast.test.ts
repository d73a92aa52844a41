import type { AddressInfo } from 'node:net';
import {
  ApproveBroadcastDocument,
  BroadcastRequestsDocument,
  NotificationFeedDocument,
  RejectBroadcastDocument,
  RequestBroadcastDocument,
  type BroadcastRequestInput,
  type NotificationFeedQuery,
} from '../generated/graphql';
import { ManualClock } from '../accounts/helpers';
import { signedInCitizen } from '../citizens/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const announcement = (overrides: Partial<BroadcastRequestInput> = {}): BroadcastRequestInput => ({
  title: 'Lịch tiêm chủng mở rộng tháng 12',
  body: 'Các trạm y tế xã tổ chức tiêm chủng mở rộng từ ngày 01/12. Mang theo sổ tiêm chủng.',
  reason: 'Công văn số 123/SYT-NVY: cần thông báo rộng rãi đến người dân toàn tỉnh',
  link: 'https://soyt.ninhthuan.gov.vn/tiem-chung',
  ...overrides,
});

describe('broadcast notifications to app users (000 §14)', () => {
  const clock = new ManualClock(new Date());
  let t: TestHub;
  let steward: string; // vanthidiem, data steward of soyt
  let otherSteward: string; // vankiemthu, data steward of sotttt (not DIC)
  let dic: string; // thunghiem, DIC of Ninh Thuận
  let otherDic: string; // thithunghiem, DIC of Bình Phước
  let citizen: string;

  const tick = () => clock.set(new Date(clock.now().getTime() + 1000));

  async function requested(overrides: Partial<BroadcastRequestInput> = {}): Promise<string> {
    const result = await t.gql(RequestBroadcastDocument, { input: announcement(overrides) }, steward);
    const id = result.data?.requestBroadcast.broadcast?.id;
    if (!id) throw new Error(JSON.stringify(result));
    return id;
  }

  async function published(title: string): Promise<string> {
    const id = await requested({ title });
    tick();
    const approved = await t.gql(ApproveBroadcastDocument, { id }, dic);
    expect(approved.data?.approveBroadcast.broadcast?.status).toBe('PUBLISHED');
    return id;
  }

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock });
    [steward, otherSteward, dic, otherDic] = await Promise.all([
      t.signIn('ninhthuan', 'vanthidiem'),
      t.signIn('ninhthuan', 'vankiemthu'),
      t.signIn('ninhthuan', 'thunghiem'),
      t.signIn('binhphuoc', 'thithunghiem'),
    ]);
    citizen = await signedInCitizen(t, 'nguoinhantin', '058090000301', '0913000301');
  });

  let closed = false;
  afterAll(() => (closed ? undefined : t?.close()));

  it('000 §14.1 an agency asks in writing; each field is checked and named, the link must be http(s)', async () => {
    const bad = await t.gql(
      RequestBroadcastDocument,
      { input: announcement({ title: ' ', reason: 'x'.repeat(1001), link: 'javascript:alert(1)' }) },
      steward,
    );
    expect(bad.data?.requestBroadcast.error?.code).toBe('BAD_USER_INPUT');
    expect(bad.data?.requestBroadcast.error?.inputErrors.map((problem) => problem.field).sort()).toEqual(['link', 'reason', 'title']);

    const anonymous = await t.gql(RequestBroadcastDocument, { input: announcement() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const byCitizen = await t.gql(RequestBroadcastDocument, { input: announcement() }, citizen);
    expect(byCitizen.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const id = await requested();
    const mine = await t.gql(BroadcastRequestsDocument, {}, steward);
    expect(mine.data?.broadcastRequests).toEqual([
      expect.objectContaining({ id, status: 'PENDING', agency: { code: 'soyt' }, reason: announcement().reason, publishedAt: null }),
    ]);
    const theirs = await t.gql(BroadcastRequestsDocument, {}, otherSteward);
    expect(theirs.data?.broadcastRequests).toEqual([]);
    const dicSees = await t.gql(BroadcastRequestsDocument, { status: 'PENDING' }, dic);
    expect(dicSees.data?.broadcastRequests.map((broadcast) => broadcast.id)).toContain(id);
    const otherProvince = await t.gql(BroadcastRequestsDocument, {}, otherDic);
    expect(otherProvince.data?.broadcastRequests).toEqual([]);
  });

  it('000 §14.2 only DIC of the province decides: not a steward, not the DIC of another province', async () => {
    const id = await requested({ title: 'Chỉ Sở TT&TT của tỉnh gửi' });
    const bySteward = await t.gql(ApproveBroadcastDocument, { id }, otherSteward);
    expect(bySteward.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOtherDic = await t.gql(ApproveBroadcastDocument, { id }, otherDic);
    expect(byOtherDic.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const rejectByOtherDic = await t.gql(RejectBroadcastDocument, { id, reason: 'Không thuộc tỉnh' }, otherDic);
    expect(rejectByOtherDic.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stillPending = await t.gql(BroadcastRequestsDocument, { status: 'PENDING' }, dic);
    expect(stillPending.data?.broadcastRequests.map((broadcast) => broadcast.id)).toContain(id);
  });

  it('000 §14.2 a rejection needs a written reason; a decided request is not decided again; nothing reaches the feed', async () => {
    const id = await requested({ title: 'Bị từ chối' });
    const noReason = await t.gql(RejectBroadcastDocument, { id, reason: '   ' }, dic);
    expect(noReason.data?.rejectBroadcast.error?.inputErrors).toEqual([{ field: 'reason', message: expect.stringContaining('required') }]);

    const rejected = await t.gql(RejectBroadcastDocument, { id, reason: 'Nội dung chưa có căn cứ văn bản' }, dic);
    expect(rejected.data?.rejectBroadcast.broadcast).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Nội dung chưa có căn cứ văn bản',
      publishedAt: null,
    });
    const again = await t.gql(ApproveBroadcastDocument, { id }, dic);
    expect(again.data?.approveBroadcast.error?.code).toBe('CONFLICT');

    const feed = await t.gql(NotificationFeedDocument, {}, citizen);
    expect(feed.data?.notificationFeed.items.map((item) => item.id)).not.toContain(id);
  });

  it('000 §14.2 approval publishes at once into the feed the citizen reads; requests and decisions are audited', async () => {
    const id = await published('Cảnh báo bão số 9');
    const feed = await t.gql(NotificationFeedDocument, { first: 5 }, citizen);
    expect(feed.data?.notificationFeed.items[0]).toMatchObject({
      id,
      title: 'Cảnh báo bão số 9',
      body: announcement().body,
      link: announcement().link,
      agency: { code: 'soyt' },
    });
    expect(Object.keys(feed.data!.notificationFeed.items[0])).not.toContain('reason');

    const events = await t.hub.services().audit.eventsOf('broadcast', [id]);
    expect(events.get(id)?.map((event) => event.action)).toEqual(['broadcast.requested', 'broadcast.approved']);
  });

  it('the feed is newest first and pages by keyset without loss or repetition, even as new items arrive', async () => {
    for (const n of [1, 2, 3, 4, 5]) await published(`Thông báo số ${n}`);
    const all = (await t.gql(NotificationFeedDocument, { first: 100 }, citizen)).data!.notificationFeed.items.map((item) => item.id);
    expect(all.length).toBe(6);

    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const page: NotificationFeedQuery['notificationFeed'] = (await t.gql(NotificationFeedDocument, { first: 2, after }, citizen)).data!
        .notificationFeed;
      seen.push(...page.items.map((item) => item.id));
      pages += 1;
      // A new announcement while paging lands on top; the pages already asked for do not shift.
      if (pages === 1) await published('Đến giữa lúc đang xem');
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(all);
    const times = (await t.gql(NotificationFeedDocument, { first: 100 }, citizen)).data!.notificationFeed.items.map(
      (item) => item.publishedAt,
    );
    expect([...times].sort().reverse()).toEqual(times);

    const forged = await t.gql(NotificationFeedDocument, { after: 'not-a-cursor' }, citizen);
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await t.gql(NotificationFeedDocument, { first: 1000 }, citizen);
    expect(tooMany.errors?.[0].message).toContain('first');
  });

  it('the GraphQL feed is for signed-in citizens; GET /notifications/feed is public, per province, the same data', async () => {
    const anonymous = await t.gql(NotificationFeedDocument, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const viaGraphQL = (await t.gql(NotificationFeedDocument, { first: 3 }, citizen)).data!.notificationFeed;
    const asCitizen = await t.hub.http.inject({ url: '/notifications/feed?first=3', headers: { authorization: `Bearer ${citizen}` } });
    expect(asCitizen.statusCode).toBe(200);
    const body = asCitizen.json<{ province: string; items: { id: string }[]; endCursor: string; hasNextPage: boolean }>();
    expect(body.province).toBe('ninhthuan');
    expect(body.items.map((item) => item.id)).toEqual(viaGraphQL.items.map((item) => item.id));
    expect(body.endCursor).toBe(viaGraphQL.endCursor);

    const public_ = await t.hub.http.inject({ url: '/notifications/feed?province=ninhthuan&first=3' });
    expect(public_.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual(body.items.map((item) => item.id));
    const otherProvince = await t.hub.http.inject({ url: '/notifications/feed?province=binhphuoc' });
    expect(otherProvince.json<{ items: unknown[] }>().items).toEqual([]);

    const noProvince = await t.hub.http.inject({ url: '/notifications/feed' });
    expect(noProvince.statusCode).toBe(400);
    expect(noProvince.json<{ message: string }>().message).toContain('province');
    expect((await t.hub.http.inject({ url: '/notifications/feed?province=atlantis' })).statusCode).toBe(404);
    expect((await t.hub.http.inject({ url: '/notifications/feed', headers: { authorization: 'Bearer forged' } })).statusCode).toBe(401);
  });

  it('GET /notifications/stream pushes a newly published item as a Server-Sent Event, read from the table', async () => {
    await t.hub.http.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.hub.http.server.address() as AddressInfo;
    const abort = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/notifications/stream?province=ninhthuan`, { signal: abort.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(received)) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value);
      }
    };
    await readUntil(/retry:/);
    // Nothing already published is replayed to a new subscriber.
    expect(received).not.toContain('event: notification');

    tick();
    const id = await published('Phát trực tiếp');
    await readUntil(/event: notification\nid|data: .*\n\n/);
    abort.abort();
    const event = /id: (\S+)\nevent: notification\ndata: (.*)\n\n/.exec(received);
    expect(event).not.toBeNull();
    expect(JSON.parse(event![2])).toMatchObject({ id, title: 'Phát trực tiếp', agencyId: expect.any(String) });

    // Reconnecting with the last event id replays what was published while away, and only that.
    tick();
    const missed = await published('Trong lúc mất kết nối');
    const resumed = new AbortController();
    const again = await fetch(`http://127.0.0.1:${port}/notifications/stream?province=ninhthuan`, {
      signal: resumed.signal,
      headers: { 'Last-Event-ID': event![1] },
    });
    const replay = again.body!.getReader();
    let replayed = '';
    while (!/data: .*\n\n/.test(replayed)) replayed += decoder.decode((await replay.read()).value);
    resumed.abort();
    expect(replayed).toContain(`"id":"${missed}"`);
    expect(replayed).not.toContain(`"id":"${id}"`);

    const forged = await t.hub.http.inject({ url: '/notifications/stream?province=ninhthuan', headers: { 'last-event-id': 'forged' } });
    expect(forged.statusCode).toBe(400);
    expect(forged.json<{ message: string }>().message).toContain('Last-Event-ID');
  }, 20_000);

  it('a shutdown ends open streams at once instead of waiting for them (their clients reconnect elsewhere)', async () => {
    const { port } = t.hub.http.server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/notifications/stream?province=ninhthuan`);
    const reader = response.body!.getReader();
    await reader.read();
    // The client keeps its stream open and never cancels: a shutdown that waited for it would
    // never end, and the test's timeout would fail it.
    closed = true;
    await t.close();
    for (;;) if ((await reader.read()).done) break;
  }, 20_000);
});
