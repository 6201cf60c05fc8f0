// The official @questdb/nodejs-client authenticating over ILP/TCP (ECDSA P-256 challenge) and sending rows: proves
// that NQStream's FakeQuestDbTcpAuthServer accepts exactly what the official client sends.
// Usage: node ilp-tcp-auth.js <port> <key id> <d, base64url> <rows>
// Sends <rows> rows "auth_probe,client=nodejs seq=<i>i <1700000000000000000 + i>\n", flushes, closes, prints "sent <rows>".
'use strict';
const { Sender } = require('@questdb/nodejs-client');

const [port, kid, d, rows] = process.argv.slice(2);
(async () => {
  const sender = await Sender.fromConfig(
    `tcp::addr=127.0.0.1:${port};username=${kid};token=${d};protocol_version=1;auto_flush=off;`,
    { log: () => {} });
  await sender.connect();
  for (let i = 0; i < Number(rows); i++) {
    await sender.table('auth_probe').symbol('client', 'nodejs').intColumn('seq', i).at(1700000000000000000n + BigInt(i), 'ns');
  }
  await sender.flush();
  await sender.close();
  console.log(`sent ${rows}`);
})().catch(e => {
  console.error(`ERR ${e.message}`);
  process.exit(1);
});
