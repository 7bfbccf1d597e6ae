-- Named locks for work that must run on one node at a time (base.ClusterLocks), e.g. loading the
-- samples into an empty database while two nodes start. A row is locked with SELECT ... FOR UPDATE
-- for the length of a transaction; nothing else is stored. Portable SQL (H2 and PostgreSQL).
create table cluster_lock (
    name varchar(64) not null primary key
);
