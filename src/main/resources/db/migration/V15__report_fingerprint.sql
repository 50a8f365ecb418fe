-- Incremental runs (issue 13). What each written report and the trends workbook were made from: a
-- run renders one again only when the fingerprint of its inputs changed, or its file is missing or
-- no longer the file that was written (size and SHA-256 differ).
create table report_fingerprint (
  programme_id varchar(64)   not null,
  report_key   varchar(128)  not null,
  as_of_wave   int           not null,
  path         varchar(1000) not null,
  fingerprint  varchar(64)   not null,
  file_size    bigint        not null,
  sha256       varchar(64)   not null,
  primary key (programme_id, report_key, as_of_wave)
);

-- The leaders' input fingerprints the result tables were computed from: while none changed, the
-- analyse step recomputes nothing.
create table analysed_leader (
  programme_id varchar(64) not null,
  leader_id    varchar(64) not null,
  fingerprint  varchar(64) not null,
  primary key (programme_id, leader_id)
);
