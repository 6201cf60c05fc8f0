-- NQStream QuestDB schema. Generated from NQStream.Sinks.Store.StoreSchema (the same tables the
-- embedded SQLite store uses); a test fails when this file and the C# schema differ.
-- DEDUP UPSERT KEYS make re-sent batches (retries, spill-file replay) idempotent.

-- IFD v3.0 signal records (docs/algorithms.md §5.6); ts = ts_event
CREATE TABLE IF NOT EXISTS signals (
  ts            TIMESTAMP_NS,
  underlying    SYMBOL,
  raw_symbol    SYMBOL,
  kind          SYMBOL,
  direction     SYMBOL,
  signal_class  SYMBOL,
  priority      SYMBOL,
  param_set     SYMBOL,
  signal_id     VARCHAR,
  instrument_id LONG,
  confidence    DOUBLE,
  score         DOUBLE,
  ev            DOUBLE,
  probability   DOUBLE,
  target        DOUBLE,
  stop          DOUBLE,
  size          LONG,
  features      VARCHAR,
  rationale     VARCHAR,
  underlying_id LONG,
  bucket_start  LONG,
  suspect       BOOLEAN
) TIMESTAMP(ts) PARTITION BY DAY WAL
  DEDUP UPSERT KEYS (ts, signal_id);

-- accuracy bracket outcomes (docs/algorithms.md §6.1) per tracked signal; ts = resolution time
CREATE TABLE IF NOT EXISTS signal_outcomes (
  ts            TIMESTAMP_NS,
  underlying    SYMBOL,
  outcome       SYMBOL,
  signal_id     VARCHAR,
  underlying_id LONG,
  signal_ts     LONG,
  direction     LONG,
  f0            DOUBLE,
  mid           DOUBLE,
  mfe           DOUBLE,
  mae           DOUBLE
) TIMESTAMP(ts) PARTITION BY DAY WAL
  DEDUP UPSERT KEYS (ts, signal_id);

-- battle zones of a chain snapshot (positioning risk); ts = snapshot as-of time
CREATE TABLE IF NOT EXISTS battle_zones (
  ts               TIMESTAMP_NS,
  underlying       SYMBOL,
  side             SYMBOL,
  band             SYMBOL,
  rank             LONG,
  strike           DOUBLE,
  risk_usd         DOUBLE,
  open_interest    LONG,
  distance_pts     DOUBLE,
  underlying_price DOUBLE
) TIMESTAMP(ts) PARTITION BY DAY WAL
  DEDUP UPSERT KEYS (ts, underlying, rank);

-- windowed operator outputs: pressure and volume ratio per instrument and window; ts = window end
CREATE TABLE IF NOT EXISTS windows (
  ts            TIMESTAMP_NS,
  raw_symbol    SYMBOL,
  window_len    SYMBOL,
  instrument_id LONG,
  pressure      DOUBLE,
  ofi           DOUBLE,
  volume        LONG,
  buy_volume    LONG,
  sell_volume   LONG,
  volume_ratio  DOUBLE,
  z             DOUBLE
) TIMESTAMP(ts) PARTITION BY DAY WAL
  DEDUP UPSERT KEYS (ts, window_len, instrument_id);

-- feed quality per source and instrument over an interval; ts = interval end
CREATE TABLE IF NOT EXISTS feed_quality (
  ts            TIMESTAMP_NS,
  source        SYMBOL,
  status        SYMBOL,
  instrument_id LONG,
  events        LONG,
  gaps          LONG,
  out_of_order  LONG,
  crossed       LONG,
  lag_ms        DOUBLE,
  stale         BOOLEAN
) TIMESTAMP(ts) PARTITION BY DAY WAL
  DEDUP UPSERT KEYS (ts, source, instrument_id);

-- engine metrics snapshots, one row per component and metric; ts = snapshot time
CREATE TABLE IF NOT EXISTS engine_metrics (
  ts        TIMESTAMP_NS,
  component SYMBOL,
  metric    SYMBOL,
  value     DOUBLE
) TIMESTAMP(ts) PARTITION BY DAY WAL
  DEDUP UPSERT KEYS (ts, component, metric);
