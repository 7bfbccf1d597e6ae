-- Hardening (issue 13): where an audited action came from, login throttling, API token expiry.
-- Portable SQL (H2 and PostgreSQL).

-- the client address of the request that did it (null for the system and the command line)
alter table audit_event add column address varchar(64);

-- optional end of an API token's validity; null = until revoked
alter table api_token add column expires_at timestamp with time zone;

-- failed sign-ins in a row per account ('user:<name>') and per client address ('addr:<ip>'),
-- and until when further sign-ins from there are refused
create table login_failure (
    throttle_key    varchar(200) not null primary key,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
