package challenger

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/p2p"
)

func errorsIs(err, target error) bool { return errors.Is(err, target) }

// SendOrder hands a signed order to a keeper (the user side of /whitepay/order/1)
// and checks the acknowledged order id.
func SendOrder(ctx context.Context, h *p2p.Host, to peer.ID, chainID *big.Int, so *challenge.SignedOrder) error {
	b, err := so.MarshalBinary()
	if err != nil {
		return err
	}
	resp, err := h.Request(ctx, to, p2p.ProtoOrder, b, 32)
	if err != nil {
		return err
	}
	if id := so.ID(chainID); len(resp) != 32 || [32]byte(resp) != id {
		return fmt.Errorf("challenger: keeper acknowledged another order (%x)", resp)
	}
	return nil
}
