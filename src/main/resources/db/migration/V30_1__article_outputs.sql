-- Issue #16: an article can add or drop an output later. Every article gets the configured outputs
-- (transdesk.outputs); this table holds only an article's own decisions against that: an output dropped
-- from it (included = false) or added back (included = true, kept to say who added it and when).
-- No row: the article follows the configuration, so every article stored before this migration keeps
-- exactly the outputs it has today, and nothing needs copying. Dropping deletes no draft, version or
-- finding: they stay readable and come back with their history when the output is added again.
-- Portable SQL (H2 and PostgreSQL).
create table article_output (
    article_id bigint      not null references article (id),
    output_key varchar(16) not null,
    included   boolean     not null,
    decided_by varchar(64) not null,
    decided_at timestamp with time zone not null,
    primary key (article_id, output_key)
);
