-- What this service keeps of each directive it received on directive-events: enough to show it
-- in the unit portal and to check reports, never read from directive-service's tables.
create table directive_copy (
    id            uuid primary key,
    version       int         not null,
    issuer        text        not null,
    issuer_name   text,
    number        text        not null,
    document_type text,
    subject       text        not null,
    urgency       text        not null,
    issued_at     timestamptz not null,
    deadline      timestamptz,
    tasks_json    text        not null default '[]',
    document_json text,
    amended_at    timestamptz,
    recalled_at   timestamptz
);

-- One delivery per recipient unit; (directive_id, unit) is the fan-out's natural key, so a
-- redelivered DirectiveIssued can never create a second one. No foreign key to unit: the
-- recipient list in the event is a snapshot, valid even if the directory changes later.
create table delivery (
    id                   uuid primary key,
    directive_id         uuid        not null references directive_copy (id),
    unit                 text        not null,
    role                 text        not null,
    status               text        not null,
    deadline             timestamptz,
    deadline_extended    boolean     not null default false,
    acknowledged_version int,
    acknowledged_at      timestamptz,
    reported_at          timestamptz,
    report_summary       text,
    report_fields_json   text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    constraint delivery_once_per_unit unique (directive_id, unit)
);
create index delivery_inbox on delivery (unit, status, deadline);

-- Every state change of a delivery: who, when, from and to which state, on which directive version.
create table delivery_transition (
    id                uuid primary key,
    seq               bigint generated always as identity,
    delivery_id       uuid        not null references delivery (id),
    action            text        not null,
    from_status       text        not null,
    to_status         text        not null,
    actor             text        not null,
    at                timestamptz not null,
    directive_version int         not null,
    reason            text,
    deadline          timestamptz
);
create index delivery_transition_by_delivery on delivery_transition (delivery_id, seq);
