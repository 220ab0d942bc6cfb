package ops

import (
	"regexp"
	"sort"
)

var metricName = regexp.MustCompile(`\bwhitepay_[a-z0-9_]+\b`)

// MetricNames returns the whitepay_* metric names a PromQL text names, sorted and
// without repeats (a job matcher such as job=~"whitepay.*" names none).
func MetricNames(promql string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range metricName.FindAllString(promql, -1) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	sort.Strings(out)
	return out
}
