-- A second factor per account (docs/decisions/018-second-factor-and-step-up.md): the TOTP app's
-- shared secret, when it was set up, and the last 30-second step a code was accepted for, so a
-- code seen over someone's shoulder cannot be used a second time.
create table second_factor (
    account_id bigint primary key references user_account (id) on delete cascade,
    secret varchar(64) not null,
    enrolled_at timestamp with time zone not null,
    last_used_step bigint not null default 0,
    version bigint not null default 0
);

-- Ten single-use recovery codes per factor, kept as SHA-256 hashes; a used one is deleted.
create table second_factor_recovery_code (
    account_id bigint not null references second_factor (account_id) on delete cascade,
    code_hash varchar(64) not null,
    primary key (account_id, code_hash)
);
