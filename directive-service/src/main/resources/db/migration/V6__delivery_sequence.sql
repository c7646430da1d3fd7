-- The sequence of the last delivery event applied to each row (distribution-service counts each
-- delivery's events): an older one, replayed or late, no longer rewinds the delivery's state.
-- 0: no event with a sequence yet (rows from before take the next event as it comes).
alter table delivery_progress add column last_sequence bigint not null default 0;
