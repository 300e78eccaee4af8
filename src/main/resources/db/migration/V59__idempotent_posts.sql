-- The reply to a POST sent with an Idempotency-Key (the player's outbox sends each finished session and
-- run with one): a resend of the same key gets the stored reply instead of storing the thing twice.
create table idempotent_post (
    account_id bigint not null references account (id) on delete cascade,
    idempotency_key varchar(64) not null,
    path varchar(200) not null,
    status integer not null,
    body varchar(4000) not null,
    recorded_at timestamp with time zone not null,
    primary key (account_id, idempotency_key)
);
