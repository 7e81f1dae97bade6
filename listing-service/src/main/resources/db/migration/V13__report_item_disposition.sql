-- Each reported listing of each report, and whether that report holds it (HOLDING: the listing relates to the
-- reporting brand and the brand was within its quota) or only queues it for review (QUEUED_UNRELATED,
-- QUEUED_OVER_QUOTA). Only holding reports are screening evidence.
create table violation_report_item (
    report_id   text not null references violation_report (id),
    listing_id  text not null references listing (id),
    brand_id    text not null references brand (id),
    disposition text not null,
    received_at timestamptz not null,
    primary key (report_id, listing_id)
);
create index violation_report_item_by_listing on violation_report_item (listing_id, received_at);
create index violation_report_item_holding on violation_report_item (brand_id) where disposition = 'HOLDING';

-- Reports filed before this rule held their listings: they keep doing so.
insert into violation_report_item (report_id, listing_id, brand_id, disposition, received_at)
select distinct vl.report_id, vl.listing_id, r.brand_id, 'HOLDING', r.received_at
from violation_report_listing vl join violation_report r on r.id = vl.report_id;
