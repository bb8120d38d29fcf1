-- Deadline-spike data (docs/benchmarks.md §1), for src/bench/deadline-spike.sh: an OPEN competition
-- "SPIKE" closing in two days and :users applicants (psql -v users=N), each signed up with a
-- confirmed e-mail, a complete profile with a valid IIN (the check digit as kz.urpaq.applicant.Iin
-- computes it), and a complete draft that lacks only the project description, the file the benchmark
-- uploads. Applicants get the first administrator's password hash, so the known password signs them
-- in. Prints "email,application id" per applicant.
create or replace function pg_temp.iin_check(d text) returns int language plpgsql as $$
declare s int := 0; w1 int[] := array[1,2,3,4,5,6,7,8,9,10,11]; w2 int[] := array[3,4,5,6,7,8,9,10,11,1,2];
begin
  for i in 1..11 loop s := s + substr(d, i, 1)::int * w1[i]; end loop;
  s := s % 11;
  if s <> 10 then return s; end if;
  s := 0;
  for i in 1..11 loop s := s + substr(d, i, 1)::int * w2[i]; end loop;
  s := s % 11;
  return case when s = 10 then -1 else s end;
end $$;
insert into competition (code, competition_year, title_kk, title_ru, title_en, region_kk, region_ru, region_en, phase,
  opens_at, submission_deadline, review_deadline, min_age, max_age, grant_amount_tenge, max_budget_tenge, created_at,
  organiser_id)
values ('SPIKE', 2026, 'Тәуелсіздік ұрпақтары — жүктеме', 'Поколения независимости — нагрузка', 'Generations — load', 'Алматы облысы', 'Алматинская область', 'Almaty region', 'OPEN',
  now() - interval '10 days', now() + interval '2 days', now() + interval '40 days', 14, 35, 1000000, 1000000, now(),
  (select id from organiser where code = 'default'));
insert into direction (competition_id, code, position, name_kk, name_ru, name_en)
select id, 'science', 1, 'Ғылым', 'Наука', 'Science' from competition where code = 'SPIKE';
insert into criterion (competition_id, code, position, name_kk, name_ru, name_en, description_kk, description_ru,
  description_en, weight_percent, scale_max, tie_break_order)
select c.id, v.code, v.pos, v.code, v.code, v.code, v.code, v.code, v.code, v.w, 10, v.pos
from competition c cross join (values ('relevance', 1, 25), ('novelty', 2, 20), ('feasibility', 3, 20),
  ('impact', 4, 20), ('budget', 5, 15)) v(code, pos, w) where c.code = 'SPIKE';
create temp table spike_people as
select row_number() over (order by serial) as n, d || pg_temp.iin_check(d) as iin
from (select serial, '0801015' || lpad(serial::text, 4, '0') as d from generate_series(0, 9999) serial) s
where pg_temp.iin_check(d) >= 0;
delete from spike_people where n > :users;
insert into user_account (email, password_hash, display_name, created_at, email_confirmed_at)
select 'spike' || n || '@example.invalid', (select password_hash from user_account where email like 'bench-admin%' limit 1),
  'Қатысушы Жүктеме ' || n, now(), now() from spike_people;
insert into user_account_role (account_id, role)
select u.id, 'APPLICANT' from user_account u where u.email like 'spike%@example.invalid';
insert into applicant_profile (account_id, iin, birth_date, phone, district, place_of_study, consent_at, created_at, updated_at)
select u.id, p.iin, date '2008-01-01', '+7701' || lpad(p.n::text, 7, '0'), 'KONAEV', 'Мектеп №1', now(), now(), now()
from spike_people p join user_account u on u.email = 'spike' || p.n || '@example.invalid';
insert into privacy_acceptance (account_id, notice_version, accepted_at)
select u.id, :notice, now() from user_account u where u.email like 'spike%@example.invalid';
insert into application (competition_id, applicant_id, direction_id, status, title, summary, relevance, goals,
  expected_results, audience, place, created_at, saved_at)
select c.id, u.id, d.id, 'DRAFT', 'Ауыл мектебіне күн панельдері', 'Мектептің электр шығынын азайту',
  repeat('Өзектілігі. ', 60), repeat('Мақсаты. ', 60), repeat('Нәтижесі. ', 40), 'Ауыл оқушылары', 'Қонаев қаласы',
  now(), now()
from competition c join direction d on d.competition_id = c.id
join user_account u on u.email like 'spike%@example.invalid' where c.code = 'SPIKE';
insert into application_milestone (application_id, position, title, finish_by, description)
select a.id, 0, 'Панельдерді орнату', date '2027-05-01', 'Мектеп шатырына' from application a
join competition c on c.id = a.competition_id where c.code = 'SPIKE';
insert into application_budget_line (application_id, position, item, quantity, unit_cost_tenge)
select a.id, 0, 'Күн панелі', 4, 150000 from application a join competition c on c.id = a.competition_id where c.code = 'SPIKE';
-- The two other required files, as if uploaded earlier (tiny: only the project description is measured).
insert into attachment (application_id, kind, storage_name, original_name, content_type, size_bytes, sha256, uploaded_at)
select a.id, k.kind, md5(a.id || k.kind), k.name, 'PDF', 9, encode(sha256('%PDF-1.4 '::bytea), 'hex'), now()
from application a join competition c on c.id = a.competition_id
cross join (values ('COST_ESTIMATE', 'smeta.pdf'), ('IDENTITY_DOCUMENT', 'kualik.pdf')) k(kind, name) where c.code = 'SPIKE';
insert into attachment_chunk (storage_name, chunk_index, bytes)
select storage_name, 0, '%PDF-1.4 '::bytea from attachment where kind in ('COST_ESTIMATE', 'IDENTITY_DOCUMENT');
select u.email || ',' || a.id from application a join user_account u on u.id = a.applicant_id
join competition c on c.id = a.competition_id where c.code = 'SPIKE' order by a.id;
