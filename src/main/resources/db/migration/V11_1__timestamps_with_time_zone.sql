-- Every point in time becomes a timestamp with time zone: an instant, whatever the zone of the node
-- that wrote or reads it. Before, a node at UTC+7 stored its wall-clock time and a node at UTC read
-- the same approval seven hours later. Existing values are read as local times of the zone this
-- migration runs in (the JDBC session's zone, i.e. the JVM's), which is the zone a single node wrote
-- them in: upgrade with the same TZ / -Duser.timezone the node ran with (docs/deployment.md).
-- One statement form that H2 2.x and PostgreSQL both accept. New columns: timestamp with time zone.

alter table app_user alter column created_at set data type timestamp with time zone;
alter table article alter column created_at set data type timestamp with time zone;
alter table draft alter column created_at set data type timestamp with time zone;
alter table draft alter column updated_at set data type timestamp with time zone;
alter table draft alter column changes_requested_at set data type timestamp with time zone;
alter table segment_revision alter column created_at set data type timestamp with time zone;
alter table approved_version alter column approved_at set data type timestamp with time zone;
alter table audit_event alter column at set data type timestamp with time zone;
alter table tm_unit alter column created_at set data type timestamp with time zone;
alter table llm_provider alter column updated_at set data type timestamp with time zone;
alter table llm_route alter column updated_at set data type timestamp with time zone;
alter table version_export alter column exported_at set data type timestamp with time zone;
alter table segment_comment alter column created_at set data type timestamp with time zone;
alter table segment_comment alter column resolved_at set data type timestamp with time zone;
alter table api_token alter column created_at set data type timestamp with time zone;
alter table api_token alter column last_used_at set data type timestamp with time zone;
alter table api_token alter column revoked_at set data type timestamp with time zone;
