import { cronEvery } from '../../src/jobs/periodic';
import { startTestHub, type TestHub } from '../helpers/test-hub';

describe('periodic sweeps through the queue’s scheduler', () => {
  it('an interval becomes a cron mark from the top of its unit; 0 turns the sweep off', () => {
    expect(cronEvery(5)).toBe('*/5 * * * *');
    expect(cronEvery(0.2)).toBe('*/1 * * * *');
    expect(cronEvery(6 * 60)).toBe('0 */6 * * *');
    expect(cronEvery(24 * 60)).toBe('0 0 */1 * *');
    expect(cronEvery(0)).toBeNull();
  });

  describe('a hub', () => {
    let t: TestHub;

    beforeAll(async () => {
      t = await startTestHub({ env: { HUB_ACCOUNT_SWEEP_HOURS: '6', HUB_HARVEST_SWEEP_MINUTES: '0' } });
    });

    afterAll(() => t.close());

    it('records its sweeps as schedules in the database, which every replica shares, and none for a sweep turned off', async () => {
      const schedules = await t.hub.database.orm.em
        .fork()
        .getConnection()
        .execute<{ name: string; cron: string }[]>('select name, cron from pgboss.schedule order by name');
      expect(schedules).toEqual([
        { name: 'account-sweep', cron: '0 */6 * * *' },
        { name: 'consent-request-sweep', cron: '*/15 * * * *' },
        { name: 'counter-offer-sweep', cron: '0 */1 * * *' },
        { name: 'throttle-sweep', cron: '*/1 * * * *' },
      ]);
    });
  });
});
