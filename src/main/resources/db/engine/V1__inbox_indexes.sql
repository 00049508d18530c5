-- Indexes on Flowable's own tables for the inbox's queries that Flowable does not create.
-- Applied after the engine has created or upgraded its tables; history in accord_engine_schema_history.
create index accord_task_assignee_ix on ACT_RU_TASK (ASSIGNEE_);
