-- On H2 the import commits a file's answers every thousand rows instead of in one transaction:
-- H2 spends about twice as long on a 200,000-row transaction as on the same rows committed in
-- chunks. A file still counts only once it is finished, so what a file did before it finished must
-- be undone when it never does (a killed process, a file found unreadable half way):
--   * its own answers carry its file_id and are deleted;
--   * an answer of an earlier file that it replaced is kept here, tagged with the replacing file,
--     and put back.
-- The rows here are deleted in the transaction that marks the file imported. PostgreSQL imports a
-- file in one transaction and never writes here.

create table replaced_answer (
  replaced_by     bigint       not null,
  programme_id    varchar(64)  not null,
  leader_id       varchar(64)  not null,
  stakeholder_key varchar(128) not null,
  wave_no         int          not null,
  submitted_at    timestamp,
  follow_up       varchar(16),
  feedforward     text,
  file_id         bigint,
  source_line     int,
  rated_0         boolean      not null,
  rating_0        smallint,
  rated_1         boolean      not null,
  rating_1        smallint,
  rated_2         boolean      not null,
  rating_2        smallint,
  rated_3         boolean      not null,
  rating_3        smallint,
  primary key (leader_id, stakeholder_key, wave_no, programme_id)
);

create index replaced_answer_by_file on replaced_answer (replaced_by);
