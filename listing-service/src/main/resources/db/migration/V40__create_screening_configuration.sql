-- Shadow mode: screening configurations staff stage, try beside the active one, then promote or discard.
create table screening_configuration (
    id            text primary key,
    -- STAGED (scored beside the active one), ACTIVE (what screening runs), RETIRED (was active), DISCARDED
    status        text not null,
    -- rule name -> value as listing.screening.rules.<name> writes it, over the deployment's own configuration
    rules         jsonb not null,
    note          text,
    staged_by     text not null,
    staged_at     timestamptz not null,
    decided_by    text,
    decided_at    timestamptz,
    decision_note text,
    -- submissions scored beside the active configuration while staged, and how many of them came out differently
    screened      bigint not null default 0,
    differing     bigint not null default 0,
    version       integer not null default 0
);
create unique index screening_configuration_one_staged on screening_configuration (status) where status = 'STAGED';
create unique index screening_configuration_one_active on screening_configuration (status) where status = 'ACTIVE';

-- Append-only: who staged, promoted or discarded a configuration, when and why.
create table screening_configuration_action (
    id               bigserial primary key,
    configuration_id text not null references screening_configuration (id),
    action           text not null,
    actor            text not null,
    at               timestamptz not null,
    reason           text
);
create index screening_configuration_action_by_configuration on screening_configuration_action (configuration_id, id);

-- A listing the staged configuration screened differently from the active one (outcome or score).
create table shadow_difference (
    id               bigserial primary key,
    configuration_id text not null references screening_configuration (id),
    listing_id       text not null,
    cause            text not null,
    active_outcome   text not null,
    active_score     integer not null,
    active_signals   jsonb not null,
    staged_outcome   text not null,
    staged_score     integer not null,
    staged_signals   jsonb not null,
    screened_at      timestamptz not null
);
create index shadow_difference_by_configuration on shadow_difference (configuration_id, id desc);
