package config

import (
	"errors"
	"strings"
	"testing"
)

// A malformed value is named by its field path.
func TestParseNamesTheBadField(t *testing.T) {
	for _, tc := range []struct{ json, want string }{
		{`{"role":"keeper","chain":{"rpc":"http://x","chain_id":1},"contracts":[{"address":"0x123","owner":"0x0000000000000000000000000000000000000001"}]}`, "contracts[0].address"},
		{`{"role":"keeper","chain":{"rpc":"http://x","chain_id":1},"contracts":[],"challenge":{"timeout":"soon"}}`, "challenge.timeout"},
		{`{"role":"keeper","chain":{"rpc":"localhost:8545","chain_id":1},"contracts":[]}`, "chain.rpc"},
		{`{"role":"keeper","chain":{"rpc":"http://x","chain_id":"one"},"contracts":[]}`, "chain_id"},
	} {
		_, err := Parse([]byte(tc.json))
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error naming %s", tc.json, err, tc.want)
		}
	}
}
