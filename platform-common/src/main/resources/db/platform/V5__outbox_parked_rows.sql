-- A row Kafka refuses for a permanent reason (too large, not serialisable, invalid) is parked
-- (FAILED: failed_at and failure set) instead of being tried forever; the rows of its key wait
-- behind it until an operator retries it (failed_at cleared) or discards it (discarded_at set).
alter table outbox_event
    add column failed_at    timestamptz,
    add column failure      text,
    add column discarded_at timestamptz;
create index outbox_event_parked on outbox_event (topic, message_key, id)
    where failed_at is not null and sent_at is null and discarded_at is null;
