-- Brands' reports of infringing listings (up to 500 listings each), with the evidence they attached.
create table violation_report (
    id          text primary key,
    brand_id    text not null references brand (id),
    type        text not null,
    evidence    jsonb,
    reported_by text not null,
    received_at timestamptz not null
);
create index violation_report_by_brand on violation_report (brand_id, received_at desc);

create table violation_report_listing (
    report_id  text not null references violation_report (id),
    position   integer not null,
    listing_id text not null references listing (id),
    primary key (report_id, position)
);
create index violation_report_listing_by_listing on violation_report_listing (listing_id);
