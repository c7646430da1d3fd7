-- reporting-service publishes nothing (platform.outbox.enabled=false: no relay, no parked rows):
-- the outbox table that V1, a copy of the publishers' foundation, created has no use here.
drop table if exists outbox_event;
