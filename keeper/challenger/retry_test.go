package challenger

import (
	"fmt"
	"testing"

	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/records"
)

// A refusal that may pass later keeps the record in the outbox; a definite one
// drops it for that member.
func TestRetryableRefusals(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("%w: x", records.ErrUnknownOrder), true},
		{fmt.Errorf("%w: height 9", ErrNotFinal), true},
		{fmt.Errorf("%w: head: connection refused", ErrChainUnavailable), true},
		{fmt.Errorf("%w to /whitepay/record: loading", p2p.ErrNotAdmitted), true},
		{fmt.Errorf("%w: sender", records.ErrNotMember), false},
		{fmt.Errorf("challenger: record signature: bad"), false},
	} {
		if got := retryable(&p2p.RemoteError{Msg: c.err.Error()}); got != c.want {
			t.Errorf("%q: retryable %v, want %v", c.err, got, c.want)
		}
	}
}
