-- Tasklist's unit filters ("Chờ nhận xử lý", "Việc của đơn vị", ...) ask for the tasks offered to the
-- officer's groups: the engine's task query joins ACT_RU_IDENTITYLINK on I.TASK_ID_ = RES.ID_ with
-- I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (...). The engine's own index on GROUP_ID_ alone sends
-- every link of the group to the heap; with TYPE_ and TASK_ID_ in the key the unit's queue is read
-- from the index alone (the visibility map set by autovacuum), for the page one probe per task and
-- for the count of a 24,000-task queue one range of the index (ADR 0006).
--
-- The engine's tables are the engine schema's (process/schema/EngineSchema), created after these
-- migrations on a new database: there the statement does nothing and EngineTableIndexes creates the
-- index once the engine's tables exist.
DO $$
BEGIN
  IF to_regclass('act_ru_identitylink') IS NOT NULL THEN
    CREATE INDEX IF NOT EXISTS ix_engine_identitylink_candidate_group
        ON act_ru_identitylink (group_id_, type_, task_id_);
  END IF;
END
$$;
