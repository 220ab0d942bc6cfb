// Starts arlocal (a local Arweave gateway) on a free loopback port, its database in the
// directory argv[2], and prints "PORT <n>" once it listens. It stops when its standard
// input closes (the Go test harness that started it exited) or on SIGTERM/SIGINT.
// Used by settle/da/arweave/arlocal.
const net = require('net');
const ArLocal = require('arlocal/bin/app').default;

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});

(async () => {
  if (!process.argv[2]) throw new Error('usage: node serve.js DBDIR');
  const port = await freePort();
  const app = new ArLocal(port, false, process.argv[2]);
  await app.start();
  while (!app.server || !app.server.listening) await new Promise(r => setTimeout(r, 20));
  console.log('PORT ' + app.server.address().port);
  const stop = async () => { try { await app.stop(); } catch (e) {} process.exit(0); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
})().catch(e => { console.error(e); process.exit(1); });
