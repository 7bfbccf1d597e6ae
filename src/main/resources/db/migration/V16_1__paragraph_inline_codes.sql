-- Inline codes (bold, italic, links, line breaks) of a paragraph imported from HTML, Word or
-- Markdown: the table of the numbered placeholders in its text (org.transdesk.inline.CodeTable),
-- one line per code. Null for a paragraph without codes: every existing paragraph is plain text.
alter table paragraph add column codes varchar(1048576);
