-- The juror's copy of a file, made once at upload (docs/decisions/014-clean-blind-copies.md).
-- Null for files jurors never see and for files uploaded before copies were kept.
alter table attachment add column blind_storage_name varchar(64);
alter table attachment add column blind_size_bytes bigint;
alter table attachment add constraint uq_attachment_blind_storage_name unique (blind_storage_name);
