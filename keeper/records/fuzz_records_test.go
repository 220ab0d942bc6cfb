package records

import (
	"bytes"
	"crypto/ecdsa"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// detKey is a fixed key, so that the committed corpus stays valid across runs.
func detKey(t testing.TB, seed byte) *ecdsa.PrivateKey {
	k, err := gethcrypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// detFixture is newFixture with fixed keys.
func detFixture(t testing.TB, sizes ...int) *fixture {
	f := &fixture{user: detKey(t, 1), prov: detKey(t, 2), keeper: detKey(t, 3), data: map[[32]byte][]byte{}, levels: map[[32]byte]*challenge.Levels{}}
	f.provAddr, f.keepAddr = gethcrypto.PubkeyToAddress(f.prov.PublicKey), gethcrypto.PubkeyToAddress(f.keeper.PublicKey)
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range sizes {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		l, root, err := challenge.BuildLevels(bytes.NewReader(b), uint64(n))
		if err != nil {
			t.Fatal(err)
		}
		so, err := challenge.SignOrder(chainID, challenge.Order{Contract: contract, Provider: f.provAddr, Root: root, Size: uint64(n), StartBlock: 1, EndBlock: 100}, f.user)
		if err != nil {
			t.Fatal(err)
		}
		f.orders = append(f.orders, so)
		f.data[root], f.levels[root] = b, l
	}
	return f
}

// FuzzVerifySyncMessage: a record sync message (what a keeper receives from a
// peer, SPEC 3 "Sync") that decodes and passes VerifyRecord carries exactly the
// record the keeper signed and, for an ok record, a response with the honest
// proofs: mutated messages never verify.
func FuzzVerifySyncMessage(ff *testing.F) {
	f := detFixture(ff, 5000, 100, 9000)
	hash := [32]byte{1}
	e, resp, c := f.round(ff, 10, hash)
	rb, _ := resp.MarshalBinary()
	b, _ := (&SyncMessage{Contract: contract, Entry: *e, Response: rb}).MarshalBinary()
	fuzzcorpus.Add(ff, b)
	missing := c.Evaluate(dom, nil, false)
	if err := challenge.SignRecord(dom, missing, f.keeper); err != nil {
		ff.Fatal(err)
	}
	b2, _ := (&SyncMessage{Contract: contract, Entry: Entry{Record: missing, OrderIDs: e.OrderIDs}}).MarshalBinary()
	fuzzcorpus.Add(ff, b2)
	signed := map[[32]byte]bool{e.Record.Digest(dom): true, missing.Digest(dom): true}
	hpd, _ := resp.ProofDigest()
	keepers := []common.Address{f.keepAddr}
	ff.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeSyncMessage(b)
		if err != nil {
			return
		}
		var r *challenge.Response
		if len(m.Response) > 0 {
			if r, err = challenge.DecodeResponse(m.Response); err != nil {
				return
			}
		}
		if _, err := VerifyRecord(dom, challenge.DefaultParams(), &m.Entry, r, keepers, f.plain(), hash); err != nil {
			return
		}
		if !signed[m.Entry.Record.Digest(dom)] {
			t.Fatal("a record the keeper never signed verifies")
		}
		if m.Entry.Record.Result == challenge.ResultOK {
			if pd, _ := r.ProofDigest(); pd != hpd {
				t.Fatal("an ok record verifies with other proofs")
			}
		}
	})
}
