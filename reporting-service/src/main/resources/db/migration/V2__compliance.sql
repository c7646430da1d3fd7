-- Read models of compliance, built only from directive-events, delivery-events and notification-events.
-- Events may arrive in any order (different topics, redeliveries, replayed dead letters), so every
-- row can be created by whichever event comes first and each column remembers the event time that
-- set it: an older event never overwrites a newer one (see domain.StatusOrder).

create table directive_view (
    id            uuid primary key,
    version       int  not null default 0,     -- 0: known so far only from its deliveries
    issuer        text,
    issuer_name   text,
    number        text,
    document_type text,
    subject       text,
    urgency       text,
    issued_at     timestamptz,
    deadline      timestamptz,
    amended_at    timestamptz,
    recalled_at   timestamptz
);
create index directive_view_issuer on directive_view (issuer);
create index directive_view_issued_at on directive_view (issued_at);

-- One row per delivery, keyed by (directive, unit): a directive has one delivery per unit, and a
-- DirectiveIssued (which lists recipients but not delivery ids) can create the rows before the
-- DeliveryCreated events do.
create table delivery_view (
    directive_id       uuid not null,
    unit               text not null,
    delivery_id        uuid unique,
    role               text,
    status             text not null default 'PENDING',
    status_at          timestamptz,           -- event time of the state above; null: not known from an event yet
    deadline           timestamptz,
    deadline_at        timestamptz,           -- event time that set the deadline
    deadline_extended  boolean not null default false,
    delivered_at       timestamptz,
    acknowledged_at    timestamptz,
    reported_at        timestamptz,           -- latest report
    report_fields      jsonb,                 -- fields of the latest report
    completed_at       timestamptz,
    returned_at        timestamptz,
    notifications_sent   int not null default 0,
    notifications_failed int not null default 0,
    last_notified_at   timestamptz,
    primary key (directive_id, unit)
);
create index delivery_view_unit on delivery_view (unit);
-- Overdue is derived at query time from the deadline: this index serves GET /overdue.
create index delivery_view_open_deadline on delivery_view (deadline)
    where role = 'ACTION' and status in ('PENDING', 'DELIVERED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REVISION_REQUESTED');
