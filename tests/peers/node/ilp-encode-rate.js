// Encode rate of the official @questdb/nodejs-client: the peer of perf/NQStream.Benchmarks `ilp-node-peer`.
// Encodes the benchmark's `windows` rows (2 symbols, 4 integers, 5 doubles, designated timestamp) into one buffer per
// pass, like the C# benchmark does, and prints one line per protocol version:
//   v<1|2> rows=<n> passes=<p> cpu_ns_per_row=<x> wall_ns_per_row=<y>
// and writes one pass's bytes to <rows.jsonl>.v1.bin / .v2.bin for the caller's byte comparison.
// Input rows (JSON lines, numbers as strings so nothing depends on JSON number parsing):
//   {"ts":"ns","raw_symbol":"..","window_len":"..","instrument_id":"n","pressure":"d","ofi":"d","volume":"n",
//    "buy_volume":"n","sell_volume":"n","volume_ratio":"d","z":"d"}
// Usage: node ilp-encode-rate.js <rows.jsonl> <passes>
'use strict';
const fs = require('fs');
const { SenderOptions, createBuffer } = require('@questdb/nodejs-client');

const [file, passesArg] = process.argv.slice(2);
const passes = Number(passesArg || '200');
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.length > 0).map(l => {
  const r = JSON.parse(l);
  return {
    ts: BigInt(r.ts), sym: r.raw_symbol, win: r.window_len, id: Number(r.instrument_id),
    pressure: Number(r.pressure), ofi: Number(r.ofi), volume: Number(r.volume), buy: Number(r.buy_volume),
    sell: Number(r.sell_volume), ratio: Number(r.volume_ratio), z: Number(r.z),
  };
});

function pass(b) {
  b.reset();
  for (const r of rows) {
    b.table('windows').symbol('raw_symbol', r.sym).symbol('window_len', r.win)
      .intColumn('instrument_id', r.id).floatColumn('pressure', r.pressure).floatColumn('ofi', r.ofi)
      .intColumn('volume', r.volume).intColumn('buy_volume', r.buy).intColumn('sell_volume', r.sell)
      .floatColumn('volume_ratio', r.ratio).floatColumn('z', r.z).at(r.ts, 'ns');
  }
}

for (const version of [1, 2]) {
  const opts = new SenderOptions(`http::addr=localhost:9000;protocol_version=${version};init_buf_size=8388608;max_buf_size=104857600;`);
  const b = createBuffer(opts);
  for (let i = 0; i < 20; i++) pass(b); // JIT warm-up
  fs.writeFileSync(`${file}.v${version}.bin`, b.toBufferView());
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  for (let i = 0; i < passes; i++) pass(b);
  const wall = Number(process.hrtime.bigint() - wall0);
  const cpu = process.cpuUsage(cpu0);
  const n = rows.length * passes;
  const cpuNs = (cpu.user + cpu.system) * 1000;
  console.log(`v${version} rows=${rows.length} passes=${passes} cpu_ns_per_row=${(cpuNs / n).toFixed(1)} wall_ns_per_row=${(wall / n).toFixed(1)}`);
}
