// WhitePay dashboard page: fetches /dashboard/api/page every poll_seconds and draws
// it. Amounts arrive as exact decimal strings of wei; tables print them exactly
// (BigInt), charts plot floats. While the chain cannot be read the data carries the
// outage: the page shows it above the last good figures, and a chart with nothing to
// draw says why instead of staying blank.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let SCALE = 10n ** 18n, decimals = 18;
  let unit = "ETH", stale = false, role = "", pollMs = 2000, contract = "", built = "", charts = {}, timer = null;

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) e.append(k);
    return e;
  }
  function units(wei) {
    const w = BigInt(wei || "0"), neg = w < 0n, a = neg ? -w : w;
    const f = decimals ? (a % SCALE).toString().padStart(decimals, "0").replace(/0+$/, "") : "";
    return (neg ? "-" : "") + (a / SCALE).toString() + (f ? "." + f : "") + " " + unit;
  }
  const toF = (wei) => Number(BigInt(wei || "0")) / Number(SCALE);
  const baseName = () => unit === "ETH" ? "wei" : "base units";
  function money(wei) { // exact token units with the exact base units (wei) beside them
    if (stale) return el("span", { class: "muted", title: "no figures: the chain could not be read", text: "—" });
    const w = String(wei || "0");
    return el("span", { class: "money", "data-wei": w, title: w + " " + baseName() }, units(wei), el("small", { class: "wei", text: num(w) + " " + baseName() }));
  }
  // price is a statement.Price: per TiB-month in token units, wei per TiB-month and
  // the contract's unit beside it.
  function price(p) {
    if (!p) return "—";
    return el("span", { class: "price", "data-price": p.contract, title: p.contract + " = " + baseName() + " per byte·block × 1e18 (the contract's unit)" },
      p.per_tib_month, el("small", { class: "wei", text: num(p.base_per_tib_month) + " " + baseName() + "/TiB-month · " + num(p.contract) + " ×1e-18 " + baseName() + "/byte·block" }));
  }
  function bytes(n) {
    let v = Number(n || 0), i = 0;
    const u = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    while (v >= 1024 && i < u.length - 1) { v /= 1024; i++; }
    return (i ? +v.toFixed(2) : String(v)) + " " + u[i];
  }
  const short = (h) => h ? h.slice(0, 10) + "…" + h.slice(-4) : "";
  const num = (x) => { // exact thousands separators, also for integers beyond 2^53
    const s = String(x == null ? 0 : x);
    return /^-?\d+$/.test(s) ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : Number(x).toLocaleString("en-US");
  };
  function kpi(label, value, note) {
    return el("div", { class: "kpi" }, el("small", { text: label }), typeof value === "string" ? el("b", { text: value }) : el("b", {}, value), note ? el("small", { text: note }) : null);
  }
  function card(id, title, wide) {
    const c = el("section", { class: "card" + (wide ? " wide" : ""), id }, el("h2", { text: title }));
    $("page").append(c);
    return c;
  }
  function axisNum(v) { // short tick labels: 0.00052, 1.5e-7, 262,144
    if (v === 0) return "0";
    const a = Math.abs(v);
    if (a < 1e-3 || a >= 1e9) return v.toExponential(1);
    return a >= 1000 ? num(Math.round(v)) : String(+v.toPrecision(3));
  }
  function chartCard(id, title, series, fmt) {
    const c = card("card-" + id, title);
    const box = el("div", { class: "chart", id, "data-points": "0", "data-series": String(series.length) });
    c.append(box);
    charts[id] = { box, series, u: null, fmt: fmt === "bytes" ? (v) => bytes(v) : axisNum };
  }
  function drawChart(id, xs, ys, why) {
    const ch = charts[id];
    ch.box.querySelectorAll(".nodata,.empty").forEach((n) => n.remove());
    if (why) { // no figures at all: say why instead of a blank chart
      ch.box.append(el("div", { class: "nodata", text: "No data: " + why }));
      ch.box.dataset.points = "0";
      return;
    }
    const w = Math.max(260, ch.box.clientWidth || 300);
    const data = [xs, ...ys];
    if (!ch.u) {
      ch.u = new uPlot({
        width: w, height: 220, scales: { x: { time: false } }, legend: { live: false },
        axes: [{ label: "period end (block)", incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6, 1e7] },
          { size: 80, values: (u, vals) => vals.map(ch.fmt) }],
        series: [{ label: "te" }, ...ch.series.map((s) => ({ label: s.label, stroke: s.color, width: 2, fill: s.fill, points: { show: true, size: 6 } }))],
      }, data, ch.box);
    } else {
      ch.u.setData(data);
      if (Math.abs(ch.u.width - w) > 4) ch.u.setSize({ width: w, height: 220 });
    }
    ch.box.dataset.points = String(ch.u.data[0].length);
    if (xs.length === 0) ch.box.append(el("div", { class: "empty", text: "nothing paid yet" }));
  }
  function table(parent, id, cols) {
    const t = el("table", { id }, el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", { text: c })))), el("tbody"), el("tfoot"));
    parent.append(el("div", { class: "tablewrap" }, t));
    return t;
  }
  function fill(t, rows, foot) {
    const tb = t.tBodies[0];
    tb.replaceChildren(...rows.map((r) => el("tr", {}, ...r.map((c) => c instanceof Node ? el("td", {}, c) : el("td", { text: String(c) })))));
    if (foot) t.tFoot.replaceChildren(el("tr", {}, ...foot.map((c) => c instanceof Node ? el("td", {}, c) : el("td", { text: String(c) }))));
  }
  function txLink(h) { return el("span", { class: "mono", title: h, text: short(h) }); }
  function badge(ok, yes, no) { return el("span", { class: "badge " + (ok ? "ok" : "bad"), text: ok ? yes : no }); }

  // ------------------------------------------------------------------ provider
  function buildProvider() {
    card("summary", "Earnings");
    chartCard("chart-earnings", "Earnings per period (" + unit + ")", [
      { label: "gross", color: "#94a3b8" }, { label: "net (credited)", color: "#2563eb", fill: "rgba(37,99,235,.08)" }]);
    chartCard("chart-space", "Proven space per period (average)", [{ label: "space", color: "#059669", fill: "rgba(5,150,105,.08)" }], "bytes");
    const p = card("card-periods", "Payments per period: every wei credited, with its transaction", true);
    table(p, "periods", ["period (ts → te)", "space·time (byte·blocks)", "space", "price per TiB-month", "gross", "net", "tx", "ledger batch", "explain"]);
    table(card("card-withdrawals", "Withdrawals"), "withdrawals", ["block", "amount", "tx"]);
    const c = card("card-challenges", "Challenge results per keeper");
    table(c, "challenges", ["keeper", "ok", "failed", "failures (block: result, reason)"]);
  }
  function renderProvider(d) {
    const t = d.totals;
    $("summary").replaceChildren(el("h2", { text: "Earnings" }), el("div", { class: "kpis" },
      kpi("credited (net)", money(t.credited)), kpi("withdrawn", money(t.withdrawn)), kpi("balance on chain", money(t.balance)),
      kpi("totals match the contract", badge(t.consistent, "yes: credited − withdrawn = balance", "NO")),
      kpi("next payment", d.next ? "te " + num(d.next.te) : "—", d.next ? (d.next.in_blocks > 0 ? "payable from block " + num(d.next.from_block) + " (in " + d.next.in_blocks + " blocks)" : "payable now (block " + num(d.next.from_block) + ")") + (d.next.estimate ? ", ≈ " + units(d.next.estimate) : "") : ""),
      kpi("price in force", d.terms ? price(d.terms.price) : "—", d.terms && d.terms.removed ? "REMOVED from this contract" : ""),
      kpi("pending change", d.terms && d.terms.next ? el("span", { id: "provider-next" }, d.terms.next.remove ? "removal" : price(d.terms.next.price)) : el("span", { id: "provider-next", text: "none" }),
        d.terms && d.terms.next ? "from block " + num(d.terms.next.at) + " (in " + (d.terms.next.at - d.height) + " blocks)" : ""),
      kpi("share", (d.share_bps / 100) + "% of gross"), kpi("paid until", d.last_paid ? "block " + num(d.last_paid) : "—")));
    const ps = d.periods;
    const why = d.stale ? d.outage : "";
    drawChart("chart-earnings", ps.map((p) => p.te), [ps.map((p) => toF(p.gross)), ps.map((p) => toF(p.net))], why);
    drawChart("chart-space", ps.map((p) => p.te), [ps.map((p) => Number(p.space))], why);
    fill($("periods"), ps.map((p) => [num(p.ts) + " → " + num(p.te), num(p.st), bytes(p.space), el("span", { title: num(p.price) + " ×1e-18 " + baseName() + "/byte·block" , text: p.price_tib_month }), money(p.gross), money(p.net), txLink(p.tx),
      p.batch != null ? "#" + p.batch : "—", el("a", { href: p.explain, text: "explain" })]),
    ["total (" + ps.length + " periods)", num(t.st), "", "", money(t.gross), money(t.credited), "", "", ""]);
    fill($("withdrawals"), d.withdrawals.map((w) => [num(w.block), money(w.amount), txLink(w.tx)]), ["total", money(t.withdrawn), ""]);
    fill($("challenges"), d.challenges.length ? d.challenges.map((k) => [el("span", { class: "mono", text: short(k.keeper) }), k.ok, k.failed,
      k.failures.length ? k.failures.map((f) => num(f.block) + ": " + f.result + (f.reason ? ", " + f.reason : "")).join("; ") : "none"]) :
      [["no challenge records on this node", "", "", ""]]);
  }

  // ------------------------------------------------------------------ keeper
  function buildKeeper() {
    card("summary", "Rewards");
    chartCard("chart-rewards", "Rewards per period (" + unit + ")", [
      { label: "earned", color: "#2563eb", fill: "rgba(37,99,235,.08)" }, { label: "withdrawn", color: "#f59e0b" }]);
    chartCard("chart-gas", "Gas spent vs rewards (" + unit + ")", [{ label: "rewards", color: "#2563eb" }, { label: "gas paid", color: "#dc2626" }]);
    chartCard("chart-latency", "Agreement: blocks from te to payment, and rounds", [{ label: "latency (blocks)", color: "#7c3aed" }, { label: "rounds", color: "#059669" }]);
    card("local", "This node");
    const p = card("card-periods", "Rewards per period", true);
    table(p, "periods", ["te", "reports", "earned", "locked", "unlocked", "unlocks at block", "withdrawn", "led", "failed", "latency (blocks)", "rounds", "gas paid", "tx", "ledger batch"]);
  }
  function renderKeeper(d) {
    const t = d.totals;
    $("summary").replaceChildren(el("h2", { text: "Rewards" }), el("div", { class: "kpis" },
      kpi("earned", money(t.earned)), kpi("withdrawn", money(t.withdrawn)), kpi("withdrawable on chain", money(t.withdrawable)),
      kpi("locked (vesting) on chain", el("span", { id: "keeper-locked" }, money(t.locked)), "a share unlocks " + d.vest_periods + " periods after the period it was paid in"),
      kpi("bond held by the contract", el("span", { id: "keeper-bond" }, money(d.bond))),
      kpi("totals match the contract", badge(t.consistent, "yes: earned − withdrawn = withdrawable + locked", "NO")),
      kpi("gas paid for reports", money(t.gas_wei)), kpi("status", d.status || "not a member"), kpi("keeper index", d.registered ? String(d.index) : "—")));
    const ps = d.periods, why = d.stale ? d.outage : "";
    drawChart("chart-rewards", ps.map((p) => p.te), [ps.map((p) => toF(p.earned)), ps.map((p) => toF(p.withdrawn))], why);
    drawChart("chart-gas", ps.map((p) => p.te), [ps.map((p) => toF(p.earned)), ps.map((p) => toF(p.gas_wei))], why);
    drawChart("chart-latency", ps.map((p) => p.te), [ps.map((p) => p.latency_blocks), ps.map((p) => p.rounds)], why);
    const l = d.local, kids = [el("h2", { text: "This node" })];
    if (!l) kids.push(el("p", { class: "muted", text: "local state is shown on the keeper's own status address" }));
    else {
      const ks = [];
      for (const g of l.ledger || []) ks.push(kpi("ledger head", g.seq == null ? "no batch yet" : "batch " + g.seq + " (te " + num(g.te) + ")",
        (g.stopped ? "STOPPED: " + g.stopped : g.caught_up ? "caught up" : g.pending + " payments to publish") + " · " + g.da));
      for (const p of l.peers || []) ks.push(kpi("peers", p.connected + " of " + p.others + " keepers", p.connected >= p.needed ? "quorum reachable (needs " + p.needed + ")" : "BELOW QUORUM (needs " + p.needed + ")"));
      ks.push(kpi("records produced", num(l.records_own)), kpi("records synced", num(l.records_synced)));
      if (l.phase) ks.push(kpi("agreement phase", l.phase, l.last_latency_s ? "last lead: " + l.last_latency_s.toFixed(2) + " s to q signatures" : ""));
      kids.push(el("div", { class: "kpis" }, ...ks));
    }
    $("local").replaceChildren(...kids);
    fill($("periods"), ps.map((p) => [num(p.te), p.reports, money(p.earned), money(p.locked), money(p.unlocked), p.unlocks_at ? num(p.unlocks_at) : "—", money(p.withdrawn), p.led ? "yes" : "", p.failed ? "FAILED" : "",
      p.latency_blocks, p.rounds, money(p.gas_wei), p.tx && !/^0x0+$/.test(p.tx) ? txLink(p.tx) : "", p.batch != null ? "#" + p.batch : "—"]),
    ["total", "", money(t.earned), money(t.locked), "", "", money(t.withdrawn), "", "", "", "", money(t.gas_wei), "", ""]);
  }

  // ------------------------------------------------------------------ user
  function buildUser() {
    card("summary", "Contract");
    chartCard("chart-space", "Space proven per period (all providers)", [{ label: "space", color: "#059669", fill: "rgba(5,150,105,.08)" }], "bytes");
    chartCard("chart-paid", "Paid per period (" + unit + ")", [{ label: "paid", color: "#2563eb", fill: "rgba(37,99,235,.08)" }]);
    table(card("card-providers", "Providers", true), "providers", ["provider", "price per TiB-month", "pending change", "paid until", "space·time", "paid"]);
    table(card("card-periods", "Periods", true), "periods", ["te", "providers paid", "space", "space·time", "paid"]);
    card("scheduled", "Scheduled changes");
  }
  function renderUser(d) {
    const v = d.verdict;
    const verdict = !v ? el("span", { class: "badge unknown", text: "no detector (start with --da)" }) :
      el("span", { class: "badge " + (v.state === "ok" ? "ok" : v.state === "unknown" ? "unknown" : "bad"), text: v.state + (v.detail ? ": " + v.detail : "") });
    const r = d.runway;
    const runway = !r.known ? el("span", { id: "runway", text: "— (nothing paid yet)" }) :
      el("span", { id: "runway", class: r.warning ? "bad" : "", "data-periods": String(r.periods) }, num(r.periods) + " periods", el("small", { class: "wei", text: "≈ " + r.time + " (" + num(r.blocks) + " blocks)" }));
    $("summary").replaceChildren(el("h2", { text: "Contract" }), el("div", { class: "kpis" },
      kpi("funded", money(d.funded)), kpi("paid", money(d.paid)), kpi("surplus", money(d.surplus)),
      kpi("runway", runway, r.known ? "at " + r.rate_units + " a period (the last period's rate)" : ""),
      kpi("owed to providers and keepers", money(d.owed)), kpi("ledger (detector)", verdict, v ? "checked " + new Date(v.checked_at).toLocaleTimeString() + (v.head != null ? ", head batch " + v.head : "") : "")));
    const ps = d.periods, why = d.stale ? d.outage : "";
    drawChart("chart-space", ps.map((p) => p.te), [ps.map((p) => Number(p.space))], why);
    drawChart("chart-paid", ps.map((p) => p.te), [ps.map((p) => toF(p.paid))], why);
    fill($("providers"), d.providers.map((p) => [el("span", { class: "mono", title: p.account, text: "#" + p.index + " " + short(p.account) }),
      p.terms.removed ? "removed" : price(p.terms.price), !p.terms.next ? "—" : p.terms.next.remove ? "removal from block " + num(p.terms.next.at) : el("span", {}, price(p.terms.next.price), " from block " + num(p.terms.next.at)),
      num(p.last_paid), num(p.st), money(p.paid)]),
      ["total", "", "", "", "", money(d.paid)]);
    fill($("periods"), ps.map((p) => [num(p.te), p.providers, bytes(p.space), num(p.st), money(p.paid)]), ["total", "", "", "", money(d.paid)]);
    const pd = d.pending, items = [], left = (at) => at > d.height ? " (in " + num(at - d.height) + " blocks)" : "";
    for (const g of pd.groups) items.push(el("li", { "data-kind": "group" }, "keeper group " + g.group_id + " (" + g.keepers + " keepers, quorum " + g.quorum + ") takes over at block " + num(g.at) + left(g.at)));
    for (const c of pd.prices) items.push(el("li", { "data-kind": "price" }, "provider #" + c.provider + " " + short(c.account) + ": price ", price(c.price), " from block " + num(c.at) + left(c.at)));
    for (const c of pd.removals) items.push(el("li", { "data-kind": "removal" }, "provider #" + c.provider + " " + short(c.account) + " removed from block " + num(c.at) + left(c.at)));
    if (pd.surplus) items.push(el("li", { "data-kind": "surplus" }, "surplus withdrawal of ", money(pd.surplus.amount), " to " + short(pd.surplus.to) + ", executable from block " + num(pd.surplus.not_before) + left(pd.surplus.not_before)));
    $("scheduled").replaceChildren(el("h2", { text: "Scheduled changes" }), items.length ? el("ul", { id: "pending" }, ...items) :
      el("p", { class: "muted", id: "pending", text: "none: keeper group, prices and providers stay as they are" }));
    const warn = [r.warning].filter(Boolean);
    $("warnings").replaceChildren(...warn.map((w) => el("div", { class: "warning", text: "⚠ " + w })));
    $("warnings").hidden = warn.length === 0;
  }

  const pages = { provider: [buildProvider, renderProvider], keeper: [buildKeeper, renderKeeper], user: [buildUser, renderUser] };

  function showOutage(msg) {
    const o = $("outage");
    o.hidden = !msg;
    o.textContent = msg || "";
  }
  async function tick() {
    clearTimeout(timer);
    try {
      const r = await fetch("/dashboard/api/page?contract=" + encodeURIComponent(contract), { cache: "no-store" });
      if (!r.ok) throw new Error("HTTP " + r.status);
      const d = await r.json();
      unit = d.token === "ETH" ? "ETH" : (d.symbol || "tokens");
      decimals = d.decimals == null ? 18 : d.decimals; SCALE = 10n ** BigInt(decimals);
      stale = !!d.stale;
      if (built !== role) { $("page").replaceChildren(); charts = {}; pages[role][0](); built = role; }
      pages[role][1](d);
      document.body.dataset.height = String(d.height);
      if (d.outage) {
        showOutage("Chain unreachable: " + d.outage + (d.stale ? " — no figures could be read yet." : " — showing the figures as of " + new Date(d.as_of).toLocaleString() + " (block " + d.height + ")."));
        $("live").className = "down"; $("live").textContent = "chain down";
      } else {
        showOutage("");
        $("live").className = "ok"; $("live").textContent = "live · block " + num(d.height) + " · " + new Date().toLocaleTimeString();
      }
      document.body.dataset.ready = "1";
    } catch (e) {
      showOutage("This node's status server does not answer (" + e.message + "): figures are not current.");
      $("live").className = "down"; $("live").textContent = "disconnected";
    }
    timer = setTimeout(tick, pollMs);
  }
  async function start() {
    try {
      const r = await fetch("/dashboard/api/contracts", { cache: "no-store" });
      const c = await r.json();
      role = c.role; pollMs = (c.poll_seconds || 2) * 1000;
      $("role").textContent = role;
      document.title = "WhitePay " + role;
      document.body.dataset.role = role;
      $("who").textContent = role === "user" ? "" : c.account;
      const sel = $("contract");
      sel.replaceChildren(...c.contracts.map((a) => el("option", { value: a, text: a })));
      $("contract-pick").hidden = c.contracts.length === 0;
      const want = new URLSearchParams(location.search).get("contract");
      contract = want || c.contracts[0] || "";
      sel.value = contract;
      sel.onchange = () => { contract = sel.value; tick(); };
      window.addEventListener("resize", () => { for (const ch of Object.values(charts)) if (ch.u) ch.u.setSize({ width: Math.max(260, ch.box.clientWidth), height: 220 }); });
      tick();
    } catch (e) {
      showOutage("This node's status server does not answer (" + e.message + ").");
      setTimeout(start, pollMs);
    }
  }
  start();
})();
