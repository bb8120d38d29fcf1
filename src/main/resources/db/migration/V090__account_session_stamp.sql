-- Every session remembers the stamp its account had when it signed in; raising the stamp ends all of
-- them, on every instance (docs/decisions/017-sessions-that-end.md).
alter table user_account add column session_stamp bigint not null default 0;
