-- The exercise plan's doses are a fold over every session (V50): to spare a read the five years before
-- the last weeks, the fold's state at the end of a day is kept here, one row per runner (README,
-- "Training load and insights"). It stands for the sessions dated as_of or earlier and the check-ins
-- up to the day after: writing, changing or deleting one of those deletes the row in the same
-- transaction, and the next read works it out again. rules names the fold and ladders it was worked out
-- under; positions holds each exercise's step, rule and streak as text; changes counts the dose changes.
create table program_checkpoint (
    account_id bigint primary key references account (id) on delete cascade,
    as_of date not null,
    rules varchar(64) not null,
    positions varchar(1000) not null,
    changes integer not null check (changes >= 0)
);
