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
      ["gross = floor(st × price / 1e18)", p.gross + " wei"], ["provider share", (d.share_bps / 100) + "%"],
      ["net = ⌊gross × share⌋ + remainder", p.net + " wei (remainder " + p.remainder + ")"], ["check", d.check], ["paid in", "block " + p.block + ", tx " + p.tx],
      ["ledger", d.batch != null ? "batch " + d.batch : "—"],
      ["integral of the samples (SPEC 4, G = " + d.stale + ")", d.integral ? d.integral + " byte·blocks" : "—"],
      ["", d.samples_note || ""]];
    const t = document.createElement("table");
    for (const [k, v] of rows) { const tr = t.insertRow(); tr.insertCell().textContent = k; const c = tr.insertCell(); c.textContent = v; c.className = "mono"; c.style.whiteSpace = "normal"; c.style.textAlign = "left"; }
    const kids = [t];
    if (d.samples && d.samples.length) {
      const h = document.createElement("h2"); h.textContent = "Samples: the challenge records of [ts − G, te) (" + d.samples.length + ")";
      const st = document.createElement("table"); st.id = "samples";
      const hr = st.createTHead().insertRow();
      for (const c of ["block", "keeper", "result", "space (bytes)"]) { const th = document.createElement("th"); th.textContent = c; hr.append(th); }
      const tb = st.createTBody();
      for (const s of d.samples) {
        const tr = tb.insertRow();
        for (const v of [s.height, "#" + s.keeper_index + " " + s.keeper.slice(0, 10) + "…", s.result, s.space]) tr.insertCell().textContent = v;
      }
      kids.push(h, st);
    }
    m.replaceChildren(...kids);
  } catch (e) { m.textContent = "This node's status server does not answer (" + e.message + ")."; }
})();
