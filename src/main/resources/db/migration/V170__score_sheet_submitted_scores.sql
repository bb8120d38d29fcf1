-- A submitted sheet's scores in one column (issue 24, decision 034): "criterion id:score" pairs in
-- criterion id order, separated by commas, written when the sheet is submitted and cleared when it
-- is reopened. The results page ranks from this column, one row per sheet, instead of one row per
-- score (at national scale 300,000 rows instead of 1,500,000). Finalising, the announcement's hash
-- check and the exports still read score_sheet_entry itself, so a score changed there behind the
-- services' back is still caught. Null on drafts and reopened sheets.
alter table score_sheet add column submitted_scores varchar(4000);

update score_sheet s
set submitted_scores = coalesce((select string_agg(e.criterion_id || ':' || e.score, ',' order by e.criterion_id)
                                 from score_sheet_entry e
                                 where e.sheet_id = s.id and e.score is not null), '')
where s.submitted_at is not null;
