package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/settle"
)

// spacetimeOutput is the JSON line printed by `spacetime`.
type spacetimeOutput struct {
	St     string `json:"st"`
	Amount string `json:"amount,omitempty"`
}

// newSpacetimeCmd is `whitepay spacetime`: the space-time integral of SPEC 4 over a
// file of samples, the computation behind every payment.
func newSpacetimeCmd() *cobra.Command {
	var ts, te, stale, samplesPath, price string
	cmd := &cobra.Command{
		Use:   "spacetime --ts A --te B --stale G --samples FILE [--price P]",
		Short: "Explain a space-time integral (SPEC 4): print {\"st\":\"…\"} (and \"amount\")",
		Long: `Compute the space-time st of one provider over [ts, te) from challenge samples
(SPEC 4): samples sorted by (height, keeper index); sample j counts on
[t_j, min(t_{j+1}, t_j + G)); st = sum of space × (length of its span inside
[ts, te)), in byte·blocks, exactly. With --price (the contract's unit: base units per
byte·block × 1e18, SPEC 8.1) the amount floor(st × price / 1e18) is printed too, the
contract's and the replay's computation (settle.PaymentAmount).

FILE ("-" for standard input) has one sample per line: height,keeper,space as
decimal integers (space may exceed 64 bits). Spaces around fields, blank lines and
lines starting with '#' are allowed; anything else is an error naming the line.
Samples are sorted stably, so of several lines with the same height and keeper the
last one counts (a warning is printed on standard error when their spaces differ).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			from, err := parseHeightFlag("ts", ts)
			if err != nil {
				return err
			}
			to, err := parseHeightFlag("te", te)
			if err != nil {
				return err
			}
			g, err := parseHeightFlag("stale", stale)
			if err != nil {
				return err
			}
			if to < from {
				return usagef("--te %d is before --ts %d", to, from)
			}
			var p *big.Int
			if cmd.Flags().Changed("price") {
				if p, err = challenge.ParseDecimal(price); err != nil {
					return usagef("--price: %v", err)
				}
			}
			samples, err := readSamples(cmd, samplesPath)
			if err != nil {
				return err
			}
			warnConflicts(cmd.ErrOrStderr(), samples)
			st, err := challenge.SpaceTimeStable(samples, from, to, g)
			if err != nil {
				return fmt.Errorf("spacetime: %s: %w", samplesPath, err)
			}
			out := spacetimeOutput{St: st.String()}
			if p != nil {
				out.Amount = settle.PaymentAmount(st, p).String()
			}
			b, err := json.Marshal(out)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), string(b))
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&ts, "ts", "", "start of the interval, block height (inclusive)")
	f.StringVar(&te, "te", "", "end of the interval, block height (exclusive)")
	f.StringVar(&stale, "stale", "", "G: how many blocks one sample counts for")
	f.StringVar(&samplesPath, "samples", "", "file of samples height,keeper,space (\"-\" for standard input)")
	f.StringVar(&price, "price", "", "price in the contract's unit (base units per byte·block × 1e18); prints amount = floor(st × price / 1e18)")
	for _, name := range []string{"ts", "te", "stale", "samples"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

// parseHeightFlag parses a block-height flag: a decimal integer below 2^64 (not
// pflag's base-prefixed parsing, where a leading 0 means octal).
func parseHeightFlag(name, v string) (uint64, error) {
	n, err := challenge.ParseDecimal(v)
	if err != nil {
		return 0, usagef("--%s: %v", name, err)
	}
	if !n.IsUint64() {
		return 0, usagef("--%s: %s does not fit in 64 bits", name, v)
	}
	return n.Uint64(), nil
}

func readSamples(cmd *cobra.Command, path string) ([]challenge.Sample, error) {
	var r io.Reader
	name := path
	if path == "-" {
		r, name = cmd.InOrStdin(), "standard input"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("spacetime: %w", err)
		}
		defer f.Close()
		r = f
	}
	samples, err := challenge.ParseSamples(r)
	if err != nil {
		return nil, fmt.Errorf("spacetime: %s: %w", name, err)
	}
	return samples, nil
}

// warnConflicts notes on w every (height, keeper) given twice with different spaces:
// the later line counts (SpaceTimeStable), but such input is usually a mistake.
func warnConflicts(w io.Writer, samples []challenge.Sample) {
	type key struct{ h, k uint64 }
	seen := make(map[key]*big.Int, len(samples))
	for _, s := range samples {
		kk := key{s.Height, s.Keeper}
		if prev, ok := seen[kk]; ok && prev.Cmp(s.Space) != 0 {
			fmt.Fprintf(w, "whitepay: warning: height %d keeper %d given with spaces %s and %s; the later line counts\n", s.Height, s.Keeper, prev, s.Space)
		}
		seen[kk] = s.Space
	}
}
