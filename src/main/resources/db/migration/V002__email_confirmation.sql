-- An applicant confirms the e-mail address before the first submission (SPEC §10).
alter table user_account add column email_confirmed_at timestamp with time zone;
