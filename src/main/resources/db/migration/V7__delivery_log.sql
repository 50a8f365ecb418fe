-- Reports e-mailed to leaders. One row per leader and report content (SHA-256 of the PDF):
-- a SENT row means this exact PDF reached the mail server, so a rerun of deliver never sends it
-- again; a FAILED row keeps the reason (bad address, 5xx reply) until a later attempt succeeds.
create table delivery_log (
  programme_id varchar(64)   not null references programme (id),
  leader_id    varchar(64)   not null,
  sha256       char(64)      not null,
  file_name    varchar(500)  not null,
  recipient    varchar(320),
  status       varchar(16)   not null,
  attempts     int           not null,
  detail       varchar(2000),
  updated_at   timestamp     not null,
  primary key (programme_id, leader_id, sha256)
);
