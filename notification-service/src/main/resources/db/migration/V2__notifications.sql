-- What this service knows of each directive: enough to plan reminders, to word mails and to
-- know its issuer (who may read its notifications). Filled from directive-events.
create table notice_directive (
    directive_id uuid primary key,
    issuer       text not null,
    version      int  not null,
    number       text not null,
    subject      text not null,
    urgency      text not null,
    deadline     timestamptz,
    policy       text,          -- the ReminderPolicy as JSON; null: the configured default applies
    recalled_at  timestamptz
);

-- Each delivery as delivery-events tell it: the unit, its role, its deadline and its state, so
-- that reminders stop when the unit has reported and move when the deadline is extended.
create table notice_delivery (
    delivery_id       uuid primary key,
    directive_id      uuid        not null,
    version           int         not null,
    unit              text        not null,
    role              text        not null,
    status            text        not null,
    deadline          timestamptz,
    deadline_extended boolean     not null default false,
    number            text        not null,
    subject           text        not null,
    urgency           text        not null,
    created_at        timestamptz not null
);
create index notice_delivery_directive on notice_delivery (directive_id);

-- Every mail to send or sent: notices, amendments, recalls and reminders. (delivery, step) is
-- unique, so each is created once however often its event is redelivered; the dispatcher
-- claims due rows with FOR UPDATE SKIP LOCKED, so each is sent by one replica.
create table notification (
    id              uuid primary key,
    delivery_id     uuid        not null,
    directive_id    uuid        not null,
    unit            text        not null,
    kind            text        not null,
    step            text        not null,
    detail          text,
    planned_at      timestamptz not null,
    working_hours   boolean     not null,
    due_at          timestamptz not null,
    status          text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    recipient       text,
    sent_at         timestamptz,
    created_at      timestamptz not null default now(),
    constraint notification_once unique (delivery_id, step)
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_directive on notification (directive_id, created_at);
create index notification_unit on notification (unit, created_at);

-- Public holidays: no working time on these days (operators edit them).
create table holiday (
    day  date primary key,
    name text not null
);
