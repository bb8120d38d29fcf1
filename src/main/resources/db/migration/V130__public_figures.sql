-- The organiser may show the public how many applications a running round has received so far,
-- per direction, on the landing page (issue 23, decision 028). Off unless turned on.
alter table competition add column public_figures boolean not null default false;
