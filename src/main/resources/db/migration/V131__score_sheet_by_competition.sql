-- Score sheets are read per competition (the results' input, the dashboard's juror figures,
-- decision 027); without an index every such read scans the sheets of every round the
-- installation ever held.
create index ix_score_sheet_competition on score_sheet (competition_id, application_id);
