-- Issue #15: a QA finding stored with an approved version (its QA record) or with a dismissal keeps the sentence as a
-- message key and its arguments, so a Vietnamese or Russian reviewer reads the record in their language; message
-- stays the English line (exports, REST, logs) and is what rows written before this migration fall back to.
-- message_args is a JSON array of strings: the arguments are quoted editor text (commas, quotes, line breaks, any
-- separator one could pick), and JSON escapes all of them with a parser the application already has.
-- Both columns are null for a finding that has no phrase (a model's review) or whose arguments are too long to keep.
-- Portable SQL (H2 and PostgreSQL).
alter table version_qa_finding add column message_key varchar(128);
alter table version_qa_finding add column message_args varchar(8000);
alter table finding_dismissal add column message_key varchar(128);
alter table finding_dismissal add column message_args varchar(8000);
