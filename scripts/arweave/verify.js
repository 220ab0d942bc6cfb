// Checks, with the official Arweave JS client (npm arweave), what the Go client of
// settle/da/arweave sent to a gateway. Input (argv[2], a file of JSON lines), one line
// per HTTP body the Go client posted: {"kind":"tx","body":{...}} for POST /tx and
// {"kind":"chunk","body":{...}} for POST /chunk. For every transaction:
//   - arweave.transactions.verify: the id is SHA-256 of the signature and the RSA-PSS
//     signature by the owner verifies over the format-2 deep hash;
//   - with inline data: data_size is its length and data_root the Arweave merkle root
//     of it (arweave's own merkle code);
// for every chunk: its data_path is a valid merkle proof (validatePath) for a posted
// transaction's data_root, at its offset, and ends with SHA-256 of the chunk.
// Prints one line per failure and a closing "N passed, N failed"; exits 1 on any.
const fs = require('fs');
const crypto = require('crypto');
const Arweave = require('arweave');
const Transaction = require('arweave/node/lib/transaction').default;
const merkle = require('arweave/node/lib/merkle');
const { b64UrlToBuffer, bufferTob64Url } = require('arweave/node/lib/utils');

(async () => {
  const arweave = Arweave.init({});
  const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
  let passed = 0, failed = 0;
  const fail = (what, why) => { failed++; console.log(`FAIL ${what}: ${why}`); };
  const roots = new Map(); // data_root → data_size
  const items = lines.map(l => JSON.parse(l));
  for (const { kind, body } of items) {
    if (kind !== 'tx') continue;
    const what = `tx ${body.id}`;
    try {
      const tx = new Transaction(body);
      if (tx.format !== 2) { fail(what, `format ${tx.format}`); continue; }
      if (!(await arweave.transactions.verify(tx))) { fail(what, 'signature does not verify'); continue; }
      if (body.data) {
        const data = b64UrlToBuffer(body.data);
        if (String(data.byteLength) !== String(body.data_size)) { fail(what, `data_size ${body.data_size}, data ${data.byteLength} bytes`); continue; }
        const root = bufferTob64Url(await merkle.computeRootHash(data));
        if (root !== body.data_root) { fail(what, `data_root ${body.data_root}, merkle root of the data ${root}`); continue; }
      }
      roots.set(body.data_root, +body.data_size);
      passed++;
    } catch (e) { fail(what, e.message); }
  }
  for (const { kind, body } of items) {
    if (kind !== 'chunk') continue;
    const what = `chunk at ${body.offset} of ${body.data_root}`;
    try {
      if (!roots.has(body.data_root)) { fail(what, 'no posted transaction has this data_root'); continue; }
      const size = roots.get(body.data_root);
      if (String(size) !== String(body.data_size)) { fail(what, `data_size ${body.data_size}, the transaction's ${size}`); continue; }
      const path = b64UrlToBuffer(body.data_path);
      const chunk = b64UrlToBuffer(body.chunk);
      const ok = await merkle.validatePath(b64UrlToBuffer(body.data_root), +body.offset, 0, size, path);
      if (!ok) { fail(what, 'data_path is not a valid proof'); continue; }
      if (ok.chunkSize !== chunk.byteLength) { fail(what, `proof covers ${ok.chunkSize} bytes, chunk has ${chunk.byteLength}`); continue; }
      const leaf = path.subarray(path.byteLength - 64, path.byteLength - 32);
      const h = crypto.createHash('sha256').update(chunk).digest();
      if (!h.equals(Buffer.from(leaf))) { fail(what, 'chunk does not hash to the proof leaf'); continue; }
      passed++;
    } catch (e) { fail(what, e.message); }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
})().catch(e => { console.error(e); process.exit(1); });
