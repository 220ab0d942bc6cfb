//go:build !race

package bls

import herumi "github.com/herumi/bls-eth-go-binary/bls"

// batchVerify is herumi's MultiVerify: random linear combination, one
// multi-pairing, multi-threaded for large batches.
func batchVerify(pks []*PublicKey, msgs [][MessageSize]byte, sigs []*Signature) bool {
	n := len(sigs)
	pv := make([]herumi.PublicKey, n)
	sv := make([]herumi.Sign, n)
	cat := make([]byte, 0, n*MessageSize)
	for i := range n {
		pv[i] = pks[i].p
		sv[i] = sigs[i].s
		cat = append(cat, msgs[i][:]...)
	}
	return herumi.MultiVerify(sv, pv, cat)
}
