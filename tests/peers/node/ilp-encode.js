// Encodes rows with the official @questdb/nodejs-client (no server is contacted) and prints, per input
// row, one line: the hex of the row's ILP bytes, or "ERR <message>" when the client rejects the row.
// Input (argv[3], JSON lines, typed so nothing depends on JSON number parsing):
//   {"table":"t","symbols":[["k","v"]],"columns":[["name","int|float|bool|string|ts_us|ts_ns","value"]],"ts":"ns"|null}
// int/ts values are decimal strings (BigInt), float values are strings parsed by Number() ("NaN", "-0" ...).
// Usage: node ilp-encode.js <protocol_version 1|2> <rows.jsonl>
'use strict';
const fs = require('fs');
const { SenderOptions, createBuffer } = require('@questdb/nodejs-client');

const [version, file] = process.argv.slice(2);
const opts = new SenderOptions(`http::addr=localhost:9000;protocol_version=${version};`);
const lines = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.length > 0);
const out = [];
for (const line of lines) {
  const row = JSON.parse(line);
  const b = createBuffer(opts);
  try {
    b.table(row.table);
    for (const [k, v] of row.symbols) b.symbol(k, v);
    for (const [name, type, value] of row.columns) {
      switch (type) {
        case 'int': b.intColumn(name, Number(BigInt(value))); break;
        case 'float': b.floatColumn(name, Number(value)); break;
        case 'bool': b.booleanColumn(name, value === 'true'); break;
        case 'string': b.stringColumn(name, value); break;
        case 'ts_us': b.timestampColumn(name, BigInt(value), 'us'); break;
        case 'ts_ns': b.timestampColumn(name, BigInt(value), 'ns'); break;
        default: throw new Error(`unknown type ${type}`);
      }
    }
    if (row.ts === null) b.atNow(); else b.at(BigInt(row.ts), 'ns');
    out.push(b.toBufferView().toString('hex'));
  } catch (e) {
    out.push('ERR ' + String(e.message).replace(/\n/g, '\\n'));
  }
}
process.stdout.write(out.join('\n') + '\n');
