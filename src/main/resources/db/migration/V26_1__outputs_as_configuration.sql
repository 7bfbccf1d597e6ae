-- Outputs are configuration (issue #16, transdesk.outputs): a generation run may draft any number of them, so its
-- comma-separated list of output keys gets room for many (six outputs are "vi,ru,zh,summary,summary-vi,summary-ru",
-- 38 characters; twelve would pass the old 64). Output keys themselves stay within output_key varchar(16) (Output
-- refuses longer ones); existing keys vi, ru and summary are unchanged, so drafts, versions and findings keep theirs.
-- Portable SQL (H2 and PostgreSQL).
alter table generation_run alter column outputs set data type varchar(1024);
