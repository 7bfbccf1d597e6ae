-- After V7_2 filled the keys and merged duplicates: one row per pair, and lookups by language subtag.
alter table tm_unit alter column source_base set not null;
alter table tm_unit alter column target_base set not null;
alter table tm_unit alter column target_key set not null;
alter table tm_unit alter column changed_at set not null;
create unique index tm_unit_pair on tm_unit (source_lang, target_lang, source_key, target_key);
drop index tm_unit_lookup;
create index tm_unit_lookup on tm_unit (source_base, target_base, source_key);
