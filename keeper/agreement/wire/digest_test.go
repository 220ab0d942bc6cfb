package wire

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/domain"
)

// TestDomainDigestMatchesDomainPackage: the fast hash is domain.Digest, byte for
// byte.
func TestDomainDigestMatchesDomainPackage(t *testing.T) {
	for _, d := range []domain.Domain{domain.New(1337, common.Address{1}), {ChainID: new(big.Int).Lsh(big.NewInt(1), 255), Contract: common.Address{0xff}}} {
		for _, body := range [][]byte{nil, {1}, make([]byte, 5000)} {
			if domainDigest(d, domain.TagObs, body) != d.Digest(domain.TagObs, body) {
				t.Fatalf("digest differs for %d-byte body", len(body))
			}
		}
	}
}
