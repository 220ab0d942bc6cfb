package settle

import (
	"errors"
	"fmt"
	"strings"
)

// ErrDivergence is wrapped by every *Divergence.
var ErrDivergence = errors.New("settle: divergence")

// Divergence is the first place where a ledger departs from the rules (or from the
// chain): the batch, the entry of its report and the record within it when the
// fault is that narrow, and the field.
type Divergence struct {
	Seq      uint64 `json:"batch"`              // the batch
	Entry    int    `json:"entry"`              // index into the report's entries; −1 for the batch as a whole
	Provider int64  `json:"provider"`           // the entry's provider index; −1 when there is no entry
	Record   int    `json:"record"`             // index into the entry's records; −1 when not about one record
	Field    string `json:"field"`              // e.g. "prev", "st", "records[2].signature", "stateRoot"
	Want     string `json:"expected,omitempty"` // what the rules (or the chain) give, when there is one value
	Got      string `json:"ledger,omitempty"`   // what the ledger says
	Detail   string `json:"detail,omitempty"`
}

func (d *Divergence) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "divergence at batch %d", d.Seq)
	if d.Entry >= 0 {
		fmt.Fprintf(&b, " entry %d", d.Entry)
		if d.Provider >= 0 {
			fmt.Fprintf(&b, " (provider %d)", d.Provider)
		}
	}
	if d.Record >= 0 {
		fmt.Fprintf(&b, " record %d", d.Record)
	}
	fmt.Fprintf(&b, " field %s", d.Field)
	if d.Want != "" || d.Got != "" {
		fmt.Fprintf(&b, ": want %s, got %s", d.Want, d.Got)
	}
	if d.Detail != "" {
		fmt.Fprintf(&b, " (%s)", d.Detail)
	}
	return b.String()
}

func (d *Divergence) Unwrap() error { return ErrDivergence }

// batchDiv returns a divergence of the batch as a whole.
func batchDiv(seq uint64, field, want, got, detail string) *Divergence {
	return &Divergence{Seq: seq, Entry: -1, Provider: -1, Record: -1, Field: field, Want: want, Got: got, Detail: detail}
}

// entryDiv returns a divergence of entry i.
func entryDiv(seq uint64, i int, provider uint32, field, want, got, detail string) *Divergence {
	return &Divergence{Seq: seq, Entry: i, Provider: int64(provider), Record: -1, Field: field, Want: want, Got: got, Detail: detail}
}

// AsDivergence returns the divergence err carries, if any.
func AsDivergence(err error) (*Divergence, bool) {
	var d *Divergence
	ok := errors.As(err, &d)
	return d, ok
}
