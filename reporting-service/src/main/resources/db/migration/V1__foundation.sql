-- Transactional outbox: rows commit with the state change that caused them; OutboxRelay publishes them in id order.
create table outbox_event (
    id          bigserial primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    ce_type     text        not null,
    ce_subject  text,
    ce_time     timestamptz not null,
    payload     text        not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- Idempotent consumer ledger: an event id recorded with its effect is never applied twice.
create table processed_event (
    event_id     uuid primary key,
    event_type   text        not null,
    processed_at timestamptz not null default now()
);

-- This service's own copy of the directory, kept from directory-events.
create table directory_unit (
    code       text primary key,
    name       text not null,
    kind       text not null,
    email      text,
    groups     text[] not null default '{}',
    valid_from date,
    valid_to   date,
    successor  text
);
create index directory_unit_groups on directory_unit using gin (groups);

create table directory_group (
    code text primary key,
    name text not null
);
