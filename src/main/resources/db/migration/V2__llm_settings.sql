-- Model providers and routes edited by an ADMIN in the settings view; they override
-- transdesk.llm.* from the configuration file, entry by entry. Portable SQL (H2 and PostgreSQL).

create table llm_provider (
    id                       varchar(40)  not null primary key,
    type                     varchar(20)  not null,
    base_url                 varchar(500),
    -- empty when the key comes from the environment / file for the same id
    api_key                  varchar(500),
    model                    varchar(200) not null,
    temperature              double precision,
    max_tokens               integer,
    timeout_seconds          integer,
    max_concurrency          integer,
    context_tokens           integer,
    streaming                boolean      not null,
    input_price_per_million  decimal(14, 6),
    output_price_per_million decimal(14, 6),
    updated_by               varchar(64)  not null,
    updated_at               timestamp    not null
);

create table llm_route (
    output_key varchar(20) not null primary key,
    engine_id  varchar(40) not null,
    updated_by varchar(64) not null,
    updated_at timestamp   not null
);
