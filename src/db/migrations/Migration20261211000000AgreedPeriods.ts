import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 19 item 3, 002 §27.2 and §27.1d: the sharing period is agreed by both sides. The owner
 * may counter-offer another period or columns, which the requester accepts or declines (or lets
 * expire); the agreed terms are kept on the request; where the province requires it, DIC
 * confirms them before the grant exists; comments between the parties and DIC.
 */
export class Migration20261211000000AgreedPeriods extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table access_request
        drop constraint access_request_state_check,
        add constraint access_request_state_check check (
          state in ('PENDING', 'COUNTER_OFFERED', 'AWAITING_DIC', 'APPROVED', 'REJECTED', 'DIC_REFUSED', 'WITHDRAWN', 'EXPIRED')),
        add column agreed_from timestamptz,
        add column agreed_to timestamptz,
        add column agreed_columns text[],
        add column dic_decided_by uuid,
        add column dic_decided_at timestamptz,
        add column dic_reason text,
        add constraint access_request_agreed_check check (
          (agreed_from is null) = (agreed_to is null) and (agreed_from is null) = (agreed_columns is null)
          and (agreed_to is null or agreed_to > agreed_from)),
        add constraint access_request_awaiting_dic_check check (state <> 'AWAITING_DIC' or agreed_from is not null),
        -- 002 §27.2: a refusal, DIC's too, is answered in writing with its reasons.
        add constraint access_request_dic_refused_check check (state <> 'DIC_REFUSED' or length(btrim(coalesce(dic_reason, ''))) > 0);`);
    // Requests approved before: their grant holds what was agreed.
    this.addSql(`
      update access_request r
        set agreed_from = g.valid_from, agreed_to = g.valid_to, agreed_columns = g.allowed_columns
        from access_grant g
        where g.request_id = r.id;`);
    // DIC sees every request of its province from the day it is filed (002 §27.1d).
    this.addSql('create index access_request_province_idx on access_request (province_code, submitted_at desc);');
    this.addSql(`
      create table access_counter_offer (
        id uuid primary key,
        request_id uuid not null references access_request (id) on delete cascade,
        valid_from timestamptz not null,
        valid_to timestamptz not null,
        columns text[] not null check (cardinality(columns) > 0),
        note text,
        offered_by uuid not null,
        offered_at timestamptz not null,
        expires_at timestamptz not null,
        state text not null check (state in ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
        answered_by uuid,
        answered_at timestamptz,
        answer_note text,
        check (valid_to > valid_from)
      );`);
    this.addSql('create index access_counter_offer_request_idx on access_counter_offer (request_id, offered_at);');
    // One open offer per request; the expiry sweep finds them by their deadline.
    this.addSql("create unique index access_counter_offer_open_idx on access_counter_offer (request_id) where state = 'OPEN';");
    this.addSql("create index access_counter_offer_expiry_idx on access_counter_offer (expires_at) where state = 'OPEN';");
    this.addSql(`
      create table access_request_comment (
        id uuid primary key,
        request_id uuid not null references access_request (id) on delete cascade,
        author_id uuid not null,
        author_role text not null check (author_role in ('OWNER', 'REQUESTER', 'DIC')),
        body text not null check (length(btrim(body)) > 0),
        created_at timestamptz not null
      );`);
    this.addSql('create index access_request_comment_request_idx on access_request_comment (request_id, created_at);');
  }
}
