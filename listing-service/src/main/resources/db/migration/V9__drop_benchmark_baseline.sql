-- The benchmark's plain-insert yardstick moved out of the service (benchmarks/baseline-service, its own database).
drop table if exists benchmark_baseline;
