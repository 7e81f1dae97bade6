create table idempotency_record (
    scope            text         not null,
    idempotency_key  text         not null,
    request_hash     text         not null,
    response_body    jsonb,
    created_at       timestamptz  not null default now(),
    primary key (scope, idempotency_key)
);
