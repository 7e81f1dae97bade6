-- The same keys as V4's shop_name_keys, in PL/pgSQL: a SQL set-returning function called per statement re-plans its
-- body on every call (about 0.25 ms, once per application); PL/pgSQL keeps the plan for the connection's lifetime.
create or replace function shop_name_keys(name text) returns setof text language plpgsql immutable as $$
begin
    return query
    with s as (
        select shop_name_skeleton(name) as sk,
               case when name ~ '^.+ [^ ]{1,3}$'
                    then shop_name_skeleton(regexp_replace(name, ' [^ ]{1,3}$', '')) end as tagless)
    select sk from s
    union
    select left(sk, k - 1) || substr(sk, k + 1) from s, generate_series(1, length(sk)) k where length(sk) >= 5
    union
    select tagless from s where tagless is not null;
end
$$;
