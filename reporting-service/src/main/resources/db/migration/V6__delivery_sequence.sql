-- Where a delivery stands follows the delivery's newest event by its sequence (distribution-service
-- counts each delivery's events), no longer by event time: an older event, replayed or late,
-- leaves the state alone. 0: no event with a sequence yet.
alter table delivery_view add column sequence bigint not null default 0;
