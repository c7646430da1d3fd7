-- Directives (DESIGN §4): the authoritative record. Scalar fields of Decree 30/2020 are columns;
-- the lists (references, archive, named recipients, tasks, reminder policy) are jsonb written by
-- the service with the events' JSON mapping.
create table directive (
    id                 uuid primary key,
    issuer             text        not null,
    external_ref       text,
    idempotency_key    text,
    document_type      text        not null,
    symbol             text        not null,
    number             integer,
    number_year        integer,
    number_text        text,
    place              text,
    subject            text        not null,
    subject_folded     text        not null,
    body               text        not null,
    signer_name        text        not null,
    signer_title       text        not null,
    signer_authority   text,
    drafter            text,
    urgency            text        not null,
    confidentiality    text        not null,
    document_refs      jsonb       not null default '[]',
    archive            jsonb       not null default '[]',
    named_recipients   jsonb       not null,
    tasks              jsonb       not null default '[]',
    deadline           timestamptz,
    reminder_policy    jsonb,
    status             text        not null,
    version            integer     not null,
    recipient_count    integer     not null default 0,
    created_by         text        not null,
    created_at         timestamptz not null,
    issued_by          text,
    issued_at          timestamptz,
    recalled_by        text,
    recalled_at        timestamptz,
    recall_reason      text,
    -- Idempotency: a repeat of the same request can never create a second directive, even when racing.
    constraint directive_external_ref_unique unique (issuer, external_ref),
    constraint directive_idempotency_key_unique unique (issuer, idempotency_key),
    -- Numbering: a number is never given twice in an issuer's register for a year.
    constraint directive_number_unique unique (issuer, number_year, number)
);
create index directive_issuer_created on directive (issuer, created_at desc);
create index directive_status on directive (status);

-- One snapshot per version: version 1 at issuance, one more per amendment.
create table directive_version (
    directive_id   uuid        not null references directive (id),
    version        integer     not null,
    snapshot       jsonb       not null,
    change_summary text,
    created_by     text        not null,
    created_at     timestamptz not null,
    primary key (directive_id, version)
);

-- The expanded recipients, fixed at issuance: a later change of the directory never rewrites them.
create table directive_recipient (
    directive_id uuid not null references directive (id),
    unit         text not null,
    role         text not null,
    primary key (directive_id, unit)
);

-- The issuer's register of numbers per calendar year (Vietnam time). The row is locked by the
-- issuing transaction's upsert until it commits, so numbers are neither skipped nor repeated.
create table number_register (
    issuer      text    not null,
    year        integer not null,
    last_number integer not null,
    primary key (issuer, year)
);

-- What distribution reports about each delivery of our directives (from delivery-events).
create table delivery_progress (
    delivery_id     uuid primary key,
    directive_id    uuid        not null,
    unit            text        not null,
    role            text,
    status          text        not null,
    deadline        timestamptz,
    delivered_at    timestamptz,
    acknowledged_at timestamptz,
    reported_at     timestamptz,
    updated_at      timestamptz not null
);
create index delivery_progress_directive on delivery_progress (directive_id);
