-- Look-alike shop names by exact look-ups instead of fuzzy search. For every closed or suspended account the table
-- holds keys of its shop name: the skeleton (look-alike digits as letters, no spaces), the skeleton with each one
-- character deleted, and the skeleton without a short trailing tag ("... eu"). A new name's own keys meet a barred
-- name's keys exactly when the two are within one edit, skeleton-equal or differ by a tag; ShopNames then decides.
-- Cost: a few dozen B-tree probes, whatever the number of sellers (a trigram search scored thousands of generic names).

create function shop_name_skeleton(name text) returns text language sql immutable as $$
    select translate(replace(name, ' ', ''), '01i34578', 'olleastb')
$$;

create function shop_name_keys(name text) returns setof text language sql immutable as $$
    with s as (
        select shop_name_skeleton(name) as sk,
               case when name ~ '^.+ [^ ]{1,3}$'
                    then shop_name_skeleton(regexp_replace(name, ' [^ ]{1,3}$', '')) end as tagless)
    select sk from s
    union
    select left(sk, k - 1) || substr(sk, k + 1) from s, generate_series(1, length(sk)) k where length(sk) >= 5
    union
    select tagless from s where tagless is not null
$$;

create table barred_shop_name (
    key        text  not null,
    seller_id  text  not null references seller (id),
    name_norm  text  not null
);
create index barred_shop_name_key on barred_shop_name (key);
create index barred_shop_name_seller on barred_shop_name (seller_id);

-- Derived data, kept in step with the account's status by the database itself, so it can never drift.
create function seller_barred_shop_name() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.status in ('CLOSED', 'SUSPENDED')
            and (new.status not in ('CLOSED', 'SUSPENDED') or new.display_name_norm <> old.display_name_norm) then
        delete from barred_shop_name where seller_id = old.id;
    end if;
    if new.status in ('CLOSED', 'SUSPENDED')
            and (tg_op = 'INSERT' or old.status not in ('CLOSED', 'SUSPENDED')
                 or new.display_name_norm <> old.display_name_norm) then
        insert into barred_shop_name (key, seller_id, name_norm)
        select k, new.id, new.display_name_norm from shop_name_keys(new.display_name_norm) k;
    end if;
    return null;
end
$$;
create trigger seller_barred_shop_name after insert or update of status, display_name_norm on seller
    for each row execute function seller_barred_shop_name();

insert into barred_shop_name (key, seller_id, name_norm)
select k, id, display_name_norm from seller, shop_name_keys(display_name_norm) k where status in ('CLOSED', 'SUSPENDED');

drop index seller_barred_name_trgm;
