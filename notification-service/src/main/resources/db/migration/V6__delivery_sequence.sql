-- The sequence of the last delivery event applied (distribution-service counts each delivery's
-- events): an older event, replayed from the dead letters or redelivered late, no longer rewinds
-- the delivery and so never starts its reminders again. 0: no event with a sequence yet.
alter table notice_delivery add column sequence bigint not null default 0;
