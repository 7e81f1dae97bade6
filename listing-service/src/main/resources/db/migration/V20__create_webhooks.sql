-- Brands' webhook endpoints. The signing secret must be usable to sign, so it is stored encrypted (AES-GCM with
-- listing.webhooks.secret-key, the endpoint id as associated data), never in clear. After a rotation the previous
-- secret keeps signing beside the new one until previous_secret_until.
create table webhook_endpoint (
    id                    text primary key,
    brand_id              text not null references brand (id),
    url                   text not null,
    secret                text not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    status                text not null,
    disabled_reason       text,
    created_at            timestamptz not null,
    secret_rotated_at     timestamptz
);
create index webhook_endpoint_by_brand on webhook_endpoint (brand_id, created_at);

-- One row per notification and endpoint, written in the transaction of the change it tells of (so a rolled-back
-- change sends nothing); senders claim due rows with FOR UPDATE SKIP LOCKED and a lease. message_id is the
-- webhook-id header, the same on every attempt, so that receivers dedupe.
create table webhook_delivery (
    id              text primary key,
    message_id      text not null,
    endpoint_id     text not null references webhook_endpoint (id) on delete cascade,
    brand_id        text not null,
    event_type      text not null,
    payload         text not null,
    status          text not null,
    attempts        integer not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz,
    lease_until     timestamptz,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      text,
    finished_at     timestamptz
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_by_brand on webhook_delivery (brand_id, created_at desc);
create index webhook_delivery_by_endpoint on webhook_delivery (endpoint_id);

-- Every attempt of a delivery: when, the answer's status (null when none came) and why it failed.
create table webhook_delivery_attempt (
    delivery_id  text not null references webhook_delivery (id) on delete cascade,
    attempt      integer not null,
    attempted_at timestamptz not null,
    status_code  integer,
    error        text,
    primary key (delivery_id, attempt)
);

-- The status each report item was last told to its brand as, so that a listing's change notifies only when the
-- item's status (as the brand sees it) changed. Items of reports filed before webhooks start from today's status.
create table violation_report_item_status (
    report_id  text not null references violation_report (id),
    listing_id text not null references listing (id),
    status     text not null,
    primary key (report_id, listing_id)
);
create index violation_report_item_status_by_listing on violation_report_item_status (listing_id);
insert into violation_report_item_status (report_id, listing_id, status)
select distinct r.report_id, r.listing_id,
       case when l.status = 'REMOVED' then 'REMOVED'
            when l.verdict = 'NOT_INFRINGING' then 'REJECTED'
            when l.verdict is not null then 'CONFIRMED'
            when l.status = 'BLOCKED' then 'BLOCKED'
            when l.status = 'HELD' then 'HELD'
            else 'QUEUED' end
from violation_report_listing r join listing l on l.id = r.listing_id;
