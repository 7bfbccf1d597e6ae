-- Post-edit analytics: one row per approved version, written when it is approved (or backfilled at
-- start for versions approved before this table existed). Figures compare the machine draft (the
-- engine's last text per paragraph before approval) with the approved text. Portable SQL (H2 and
-- PostgreSQL); the analytics feature owns this table and reads no other feature's tables.
create table post_edit_figure (
    version_id        bigint        not null primary key,
    article_id        bigint        not null,
    output_key        varchar(16)   not null,
    language          varchar(16)   not null,
    number            integer       not null,
    engine            varchar(64)   not null,
    engine_label      varchar(500)  not null,
    model             varchar(200),
    approved_by       varchar(64)   not null,
    approved_at       timestamp with time zone not null,
    drafted_at        timestamp with time zone,
    paragraphs        integer       not null,
    edited_paragraphs integer       not null,
    chrf              double precision not null,
    word_edits        integer       not null,
    approved_words    integer       not null,
    estimated_cost    decimal(14, 6),
    computed_at       timestamp with time zone not null
);
create index post_edit_figure_approved_at on post_edit_figure (approved_at);
