package upkeeping

import (
	"errors"
	"testing"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// FuzzDecodeRevert: revert data from the chain is untrusted; decoding never panics
// and always yields an error that unwraps to a sentinel.
func FuzzDecodeRevert(f *testing.F) {
	fuzzcorpus.Add(f, []byte{})
	fuzzcorpus.Add(f, []byte{0x08, 0xc3, 0x79, 0xa0})                              // Error(string), truncated
	fuzzcorpus.Add(f, append([]byte{0x4e, 0x48, 0x7b, 0x71}, make([]byte, 32)...)) // Panic(0)
	for _, md := range errorABIs {
		for _, e := range md.Errors {
			fuzzcorpus.Add(f, append(e.ID[:4:4], make([]byte, 64)...))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		re := DecodeRevert(data)
		if re == nil || re.Unwrap() == nil {
			t.Fatal("no sentinel")
		}
		if re.Error() == "" {
			t.Fatal("empty message")
		}
		var target *RevertError
		if !errors.As(error(re), &target) {
			t.Fatal("not a RevertError")
		}
	})
}
