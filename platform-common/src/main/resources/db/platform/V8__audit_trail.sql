-- The audit trail of operator actions (platform-common audit.AuditTrail): who, for which unit, did
-- what to what, and when; written in the action's own transaction, read newest first.
create table audit_entry (
    id     bigserial primary key,
    at     timestamptz not null,
    actor  text        not null,
    unit   text,
    action text        not null,
    target text,
    detail text
);
create index audit_entry_newest on audit_entry (at desc, id desc);
create index audit_entry_action_newest on audit_entry (action, at desc, id desc);
