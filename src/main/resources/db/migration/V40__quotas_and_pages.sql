-- Quotas and keyset pagination (issue 7).
--
-- Every list is read newest first a page at a time, "after" the sort key of the previous page's last
-- row; each index below matches one list's order exactly, so a page is an index range read, however
-- many rows the account holds. The older (account_id, time) indexes they extend are dropped.
--
-- account.write_serial: a write that counts against a quota first bumps its account's serial. That
-- UPDATE locks the account row until the transaction ends, so two writes of one account take turns:
-- the second counts only after the first has committed, and parallel requests cannot overshoot.

alter table account add column write_serial bigint default 0 not null;

create index check_in_account_page on check_in (account_id, check_in_date desc, recorded_at desc, id desc);
drop index check_in_account;

create index motion_analysis_page on motion_analysis (account_id, created_at desc, id desc);

create index access_token_page on access_token (account_id, created_at desc, id desc);

create index red_flag_screening_page on red_flag_screening (account_id, screened_at desc, id desc);
drop index red_flag_screening_account;

create index risk_response_page on risk_response (account_id, answered_at desc, id desc);
drop index risk_response_account;

create index function_response_page on function_response (account_id, answered_at desc, id desc);
drop index function_response_account;

create index risk_answer_response on risk_answer (account_id, response_id);
create index function_answer_response on function_answer (account_id, response_id);
create index red_flag_answer_screening on red_flag_answer (account_id, screening_id);
