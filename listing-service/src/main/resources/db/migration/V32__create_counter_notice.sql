-- A seller's dispute (through the marketplace) of a brand's report item or self-service removal, and its decision.
create table counter_notice (
    id            text primary key,
    listing_id    text not null references listing (id),
    seller_id     text not null,
    brand_id      text not null references brand (id),
    target        text not null,
    report_id     text references violation_report (id),
    removal_id    text references self_service_removal (id),
    reasons       text not null,
    filed_by      text not null,
    filed_at      timestamptz not null,
    status        text not null,
    decided_by    text,
    decided_at    timestamptz,
    decision_note text
);
create unique index counter_notice_one_open on counter_notice (listing_id, brand_id) where status = 'PENDING';
create index counter_notice_by_status on counter_notice (status, filed_at, id);
create index counter_notice_by_report on counter_notice (report_id) where report_id is not null;
create index counter_notice_by_removal on counter_notice (removal_id) where removal_id is not null;
