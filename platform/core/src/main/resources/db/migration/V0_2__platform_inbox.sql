create table inbox_event (
    consumer     text         not null,
    event_id     text         not null,
    event_type   text         not null,
    received_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
