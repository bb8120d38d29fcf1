-- A draft may not have its dates yet (a copy of last year's competition starts without them);
-- opening it for applications requires all three (CompetitionService).
alter table competition alter column opens_at drop not null;
alter table competition alter column submission_deadline drop not null;
alter table competition alter column review_deadline drop not null;
