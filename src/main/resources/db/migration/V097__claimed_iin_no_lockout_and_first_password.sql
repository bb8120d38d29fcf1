-- docs/decisions/019-no-enumeration-and-throttling.md.
-- One account per IIN still, but an IIN is held only by a profile whose owner confirmed their
-- address: a registration writes the IIN down and claims it on confirmation, so the registration
-- page cannot tell a stranger whether an IIN is taken. Every existing profile holds its IIN.
alter table applicant_profile add column claimed_iin varchar(12);
update applicant_profile set claimed_iin = iin;
alter table applicant_profile drop constraint uq_applicant_profile_iin;
alter table applicant_profile add constraint uq_applicant_profile_claimed_iin unique (claimed_iin);

-- Sign-ins are slowed in memory instead of locking the account (no lock-out by strangers).
alter table user_account drop column failed_login_count;
alter table user_account drop column first_failed_login_at;
alter table user_account drop column locked_until;

-- The first administrator, created from the environment, must choose their own password at the
-- first sign-in before anything else.
alter table user_account add column must_change_password boolean not null default false;
