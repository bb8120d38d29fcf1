-- Which regions' residents a competition accepts (docs/domain.md §17): Region constants separated by
-- commas; empty means every region (the national round). Existing competitions accept everyone, as
-- they did: their applicants all live in Almaty Region, the only region profiles knew.
alter table competition add column eligible_regions varchar(400) not null default '';
