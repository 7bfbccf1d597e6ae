-- Library upkeep (#15): duplicate detection, archive (soft-delete with restore) and delete.
-- text_hash: SHA-256 (hex) of the title and body paragraphs, whitespace collapsed (article.TextHash); null for articles imported
-- before this version (they are still found as duplicates by title and date).
alter table article add column text_hash varchar(64);
alter table article add column archived_at timestamp with time zone;
alter table article add column archived_by varchar(64);
-- set when an admin deleted the article but kept its approved versions and exports for the record:
-- the row stays (the versions refer to it), the library and the API no longer show it
alter table article add column deleted_at timestamp with time zone;
create index article_text_hash on article (text_hash);
create index article_published_on on article (published_on);
