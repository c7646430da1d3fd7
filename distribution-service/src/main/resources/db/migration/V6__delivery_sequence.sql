-- Each delivery counts its own events (DeliveryCreated is 1, each later event one more), in the
-- same transaction as the state change and the outbox row: consumers keep the last sequence they
-- applied and ignore an older event (a replayed dead letter, a late redelivery). Deliveries from
-- before start above every event they ever published (one per history row, plus their creation).
alter table delivery add column sequence bigint not null default 1;
update delivery d set sequence = 1 + (select count(*) from delivery_transition t where t.delivery_id = d.id);
