-- What seller-service's verification found on an account it still verified (e.g. a closed shop's name reused):
-- a small screening signal, never a verdict.
alter table seller_standing add column risk_score integer not null default 0;
alter table seller_standing add column risk_reasons jsonb not null default '[]';
