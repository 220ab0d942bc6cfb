package p2p

import (
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// ErrNotAccount is returned for a peer ID that does not embed a secp256k1 public key
// and so names no Ethereum account.
var ErrNotAccount = errors.New("p2p: peer id is not a secp256k1 account")

// PrivKey converts a secp256k1 account key into the libp2p key of the same secret.
func PrivKey(k *ecdsa.PrivateKey) (libp2pcrypto.PrivKey, error) {
	if k == nil {
		return nil, errors.New("p2p: no key")
	}
	if k.Curve != gethcrypto.S256() {
		return nil, errors.New("p2p: key is not secp256k1")
	}
	return libp2pcrypto.UnmarshalSecp256k1PrivateKey(gethcrypto.FromECDSA(k))
}

// PeerID returns the peer ID of the account with public key pub.
func PeerID(pub *ecdsa.PublicKey) (peer.ID, error) {
	pk, err := libp2pcrypto.UnmarshalSecp256k1PublicKey(gethcrypto.CompressPubkey(pub))
	if err != nil {
		return "", fmt.Errorf("p2p: %w", err)
	}
	return peer.IDFromPublicKey(pk)
}

// AddressOf returns the Ethereum address of the account whose key a peer ID embeds.
// It fails with ErrNotAccount for any other kind of peer ID (Ed25519, RSA, hashed
// keys).
func AddressOf(id peer.ID) (common.Address, error) {
	pk, err := id.ExtractPublicKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %s: %v", ErrNotAccount, id, err)
	}
	sk, ok := pk.(*libp2pcrypto.Secp256k1PublicKey)
	if !ok {
		return common.Address{}, fmt.Errorf("%w: %s has a %s key", ErrNotAccount, id, pk.Type())
	}
	raw, err := sk.Raw()
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrNotAccount, err)
	}
	pub, err := gethcrypto.DecompressPubkey(raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrNotAccount, err)
	}
	return gethcrypto.PubkeyToAddress(*pub), nil
}
