package ops

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/whitepay/whitepay/internal/obs"
)

func promtool(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("promtool")
	if err != nil {
		t.Fatal("promtool not found: install it with scripts/deps.sh (Debian package prometheus)")
	}
	return p
}

// TestAlertRulesCheck runs `promtool check rules` on the alert rules.
func TestAlertRulesCheck(t *testing.T) {
	out, err := exec.Command(promtool(t), "check", "rules", filepath.Join("prometheus", "alerts.yml")).CombinedOutput()
	if err != nil {
		t.Fatalf("promtool check rules: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "SUCCESS: 9 rules found") {
		t.Fatalf("promtool check rules: want 9 rules:\n%s", out)
	}
}

// TestAlertRulesUnit runs `promtool test rules`: each alert fires on the series
// meant to fire it and not on its neighbour.
func TestAlertRulesUnit(t *testing.T) {
	cmd := exec.Command(promtool(t), "test", "rules", "alerts_test.yml")
	cmd.Dir = "prometheus"
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("promtool test rules: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "SUCCESS") {
		t.Fatalf("promtool test rules:\n%s", out)
	}
}

// TestEveryAlertIsUnitTested: every rule in alerts.yml has a test in alerts_test.yml.
func TestEveryAlertIsUnitTested(t *testing.T) {
	rules := read(t, filepath.Join("prometheus", "alerts.yml"))
	tests := read(t, filepath.Join("prometheus", "alerts_test.yml"))
	names := regexp.MustCompile(`(?m)^\s*- alert: (\w+)`).FindAllStringSubmatch(rules, -1)
	if len(names) != 9 {
		t.Fatalf("%d alerts, want 9", len(names))
	}
	for _, n := range names {
		if !strings.Contains(tests, "alertname: "+n[1]+"\n") {
			t.Errorf("alert %s has no promtool unit test", n[1])
		}
	}
}

// TestMetricsExist: every whitepay_* metric named by the rules or the Grafana
// dashboard is registered by obs.NewMetrics (histograms by their _bucket, _sum and
// _count series).
func TestMetricsExist(t *testing.T) {
	have := registered(obs.NewMetrics().Registry)
	var dash struct {
		Panels []struct {
			Title   string `json:"title"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal([]byte(read(t, filepath.Join("grafana", "whitepay.json"))), &dash); err != nil {
		t.Fatalf("grafana/whitepay.json: %v", err)
	}
	if len(dash.Panels) < 10 {
		t.Fatalf("grafana dashboard has %d panels", len(dash.Panels))
	}
	named := map[string]string{}
	for _, p := range dash.Panels {
		if len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			for _, m := range MetricNames(tg.Expr) {
				named[m] = "grafana panel " + p.Title
			}
		}
	}
	for _, m := range MetricNames(read(t, filepath.Join("prometheus", "alerts.yml"))) {
		named[m] = "alerts.yml"
	}
	if len(named) < 10 {
		t.Fatalf("only %d metrics named", len(named))
	}
	for m, where := range named {
		base := m
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			if b, ok := strings.CutSuffix(m, suf); ok && have[b] {
				base = b
			}
		}
		if !have[base] {
			t.Errorf("%s names %s, which no node registers", where, m)
		}
	}
}

// TestMetricNamesParses guards the extraction the other tests rely on.
func TestMetricNamesParses(t *testing.T) {
	got := MetricNames(`sum by (x) (rate(whitepay_a_total{r!="ok"}[5m])) / whitepay_b and up{job=~"whitepay.*"}`)
	if strings.Join(got, ",") != "whitepay_a_total,whitepay_b" {
		t.Fatalf("got %v", got)
	}
}

func registered(r *prometheus.Registry) map[string]bool {
	ch := make(chan *prometheus.Desc, 64)
	go func() { r.Describe(ch); close(ch) }()
	re := regexp.MustCompile(`fqName: "([^"]+)"`)
	out := map[string]bool{}
	for d := range ch {
		if m := re.FindStringSubmatch(d.String()); m != nil {
			out[m[1]] = true
		}
	}
	return out
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
