// Compiles every contract under src/ with the pinned solc (npm package solc, the
// solcjs wasm build) through the standard-JSON interface, and writes for each
// contract named in ARTIFACTS its ABI (<Name>.abi, canonical JSON) and creation
// bytecode (<Name>.bin, hex without 0x) into the output directory given as argv[2].
//
// The settings are fixed here so that a rebuild reproduces the committed artifacts
// byte for byte: optimizer on (200 runs), evmVersion prague, no IR pipeline, and
// metadata.bytecodeHash "none" (the CBOR trailer holds only the compiler version, so
// no source path, comment or file-system detail leaks into the bytecode). Sources are
// passed by content under stable relative names ("src/…", "@openzeppelin/…").
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const EXPECTED_VERSION = '0.8.37';
const ARTIFACTS = [
  'Upkeeping', 'UpkeepingAdmin', 'TestToken', 'BatchInbox', 'Registry', 'Factory',
  'BLSHarness', 'ReentrantToken', 'ReentrantReceiver',
];

const root = path.resolve(__dirname, '..');
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/compile.js OUTDIR');
  process.exit(2);
}

const version = solc.version();
if (!version.startsWith(EXPECTED_VERSION + '+')) {
  console.error(`solc ${version} is not the pinned ${EXPECTED_VERSION}: run npm ci`);
  process.exit(1);
}

function listSol(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listSol(p));
    else if (e.name.endsWith('.sol')) out.push(p);
  }
  return out;
}

const sources = {};
for (const f of listSol(path.join(root, 'src'))) {
  sources[path.relative(root, f).split(path.sep).join('/')] = { content: fs.readFileSync(f, 'utf8') };
}

function findImports(name) {
  if (name.startsWith('@openzeppelin/')) {
    const p = path.join(root, 'node_modules', name);
    if (fs.existsSync(p)) return { contents: fs.readFileSync(p, 'utf8') };
  }
  return { error: 'import not found: ' + name };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'prague',
    viaIR: false,
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  // OpenZeppelin's own warnings (e.g. the transient-storage notice of its reentrancy
  // guard) are known and not ours to fix.
  const file = e.sourceLocation && e.sourceLocation.file;
  if (e.severity !== 'error' && file && file.startsWith('@openzeppelin/')) continue;
  console.error(e.formattedMessage || e.message);
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const found = {};
for (const file of Object.keys(output.contracts).sort()) {
  for (const name of Object.keys(output.contracts[file]).sort()) {
    if (!ARTIFACTS.includes(name)) continue;
    if (found[name]) {
      console.error(`contract ${name} defined twice (${found[name]}, ${file})`);
      process.exit(1);
    }
    found[name] = file;
    const c = output.contracts[file][name];
    fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 1) + '\n');
    fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object);
    const runtime = c.evm.deployedBytecode.object.length / 2;
    if (runtime > 24576) {
      console.error(`${name}: runtime code is ${runtime} bytes, over the EIP-170 limit of 24576`);
      process.exit(1);
    }
    console.error(`${name}: runtime ${runtime} bytes`);
  }
}
for (const name of ARTIFACTS) {
  if (!found[name]) {
    console.error(`contract ${name} not found in src/`);
    process.exit(1);
  }
}
