-- One row per kind of cached fact (glossary, memory, model settings, ...). A change bumps the row in
-- the same transaction; every node compares the version with the one its cache was built from, so a
-- change on one node is used by the next read on every node. Portable SQL (H2 and PostgreSQL).
create table change_counter (
    name    varchar(64) not null primary key,
    version bigint      not null
);
