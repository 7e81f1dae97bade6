-- Platform tables shared by every service. Versions 0.x sort before each service's own V1, V2, ...
create table outbox_event (
    seq           bigserial    primary key,
    event_id      uuid         not null unique,
    topic         text         not null,
    event_key     text         not null,
    event_type    text         not null,
    payload       text         not null, -- the CloudEvent exactly as produced
    created_at    timestamptz  not null default now(),
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    text
);
-- The relay only ever reads unsent rows in order; keep that scan small however large the table grows.
create index outbox_event_unsent on outbox_event (seq) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
