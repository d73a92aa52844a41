import { Migration } from '@mikro-orm/migrations';

/**
 * 002 §5.5, §30.2: a council meeting held outside the hub (the catalogue's council sessions) is
 * recorded from its minutes: no account submitted the round or decided its seats, so each
 * decision names its official (name and title) and the minutes' reference instead.
 */
export class Migration20261208000000CouncilMinutes extends Migration {
  async up(): Promise<void> {
    this.addSql(`alter table review_round alter column submitted_by drop not null;`);
    this.addSql(`
      alter table seat_decision
        alter column decided_by drop not null,
        add column decided_by_name text,
        add column reference text,
        add constraint seat_decision_who_decided check (decided_by is not null or (decided_by_name is not null and reference is not null));`);
  }
}
