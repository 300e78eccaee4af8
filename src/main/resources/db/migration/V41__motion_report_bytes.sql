-- The size of each stored motion report, so that an account's byte quota is a sum over a small
-- column instead of over every report's text. Rows stored before count their text as it is now.

alter table motion_analysis add column report_bytes bigint default 0 not null;
update motion_analysis set report_bytes = octet_length(report);
