-- Decision tables edited in the portal (issue 18): one row per version deployed from the portal,
-- who deployed it, when and why, and which version it restored (if it did). The versions themselves
-- are the engine's DMN deployments; this says who made them and why.
create sequence rule_edit_seq start with 10 increment by 10;
create table rule_edit (
    id               bigint         not null primary key,
    decision_key     varchar(100)   not null,
    decision_id      varchar(64)    not null,
    version          integer        not null,
    edited_by        varchar(60)    not null,
    edited_at        timestamp      not null,
    reason           varchar(500)   not null,
    restored_version integer,
    constraint rule_edit_decision_uq unique (decision_id)
);
create index rule_edit_key_ix on rule_edit (decision_key, version);
