-- Only the benchmark's baseline endpoint writes here (listing.benchmark.baseline-endpoint=true): the cost of a
-- plain validated insert on the same machine, to compare screening with.
create table benchmark_baseline (
    id         uuid primary key,
    seller_id  text not null,
    title      text not null,
    created_at timestamptz not null
);
