"use strict";
(async function () {
  const m = document.getElementById("explain");
  const q = new URLSearchParams(location.search);
  try {
    const r = await fetch("/dashboard/api/explain?" + q.toString(), { cache: "no-store" });
    const d = await r.json();
    if (!d.period) { m.textContent = d.error || ("No payment for te " + q.get("te") + " on this contract." + (d.outage ? " Chain unreachable: " + d.outage : "")); return; }
    const p = d.period, rows = [
      ["contract", d.contract], ["provider", d.provider], ["interval", "[" + p.ts + ", " + p.te + ")  (" + (p.te - p.ts) + " blocks)"],
      ["space·time st", p.st + " byte·blocks"], ["average space", p.space + " bytes"], ["price", p.price + " wei per byte·block"],
      ["gross = st × price", p.gross + " wei"], ["provider share", (d.share_bps / 100) + "%"],
      ["net = ⌊gross × share⌋ + remainder", p.net + " wei (remainder " + p.remainder + ")"], ["check", d.check], ["paid in", "block " + p.block + ", tx " + p.tx],
      ["samples", "the challenge records behind st are in the SCP ledger: whitepay explain --contract " + d.contract + " --provider " + d.provider + " --te " + p.te]];
    const t = document.createElement("table");
    for (const [k, v] of rows) { const tr = t.insertRow(); tr.insertCell().textContent = k; const c = tr.insertCell(); c.textContent = v; c.className = "mono"; c.style.whiteSpace = "normal"; c.style.textAlign = "left"; }
    m.replaceChildren(t);
  } catch (e) { m.textContent = "This node's status server does not answer (" + e.message + ")."; }
})();
