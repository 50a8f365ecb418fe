-- A file is imported again (replacing its answers) when the coach asks (the reimport command) or
-- when its identical content is dropped after the import settings changed: imported_file keeps a
-- fingerprint of the settings (programme.yml's import: section and the roster) it was imported
-- with; null for files imported before this migration and for files the coach asked to re-import.
alter table imported_file add column settings_fingerprint varchar(64);

-- Answers a file replaced are kept for as long as the file is imported, not only until it finishes,
-- so that re-importing the file can put them back before it imports its content afresh. An answer
-- may then be kept for several replacing files in turn (A replaced by B, B's replaced by C): the
-- replacing file joins the key.
create table replaced_answer_v11 (
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
  primary key (replaced_by, leader_id, stakeholder_key, wave_no, programme_id)
);

insert into replaced_answer_v11
  select replaced_by, programme_id, leader_id, stakeholder_key, wave_no, submitted_at, follow_up,
         feedforward, file_id, source_line, rated_0, rating_0, rated_1, rating_1, rated_2,
         rating_2, rated_3, rating_3
  from replaced_answer;

drop table replaced_answer;
alter table replaced_answer_v11 rename to replaced_answer;
create index replaced_answer_of_file on replaced_answer (file_id);
