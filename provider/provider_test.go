package provider

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
)

var chainID = big.NewInt(1337)

type env struct {
	t        *testing.T
	contract common.Address
	user     *ecdsa.PrivateKey
	provKey  *ecdsa.PrivateKey
	dir      string
	node     *Node
	host     *p2p.Host
	db       *store.DB
	client   *p2p.Host
	cfg      Config
}

func key(t testing.TB) *ecdsa.PrivateKey {
	k, err := gethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func newEnv(t *testing.T) *env {
	e := &env{t: t, contract: common.HexToAddress("0xc0ffee"), user: key(t), provKey: key(t), dir: t.TempDir()}
	e.cfg = Config{
		ChainID:    chainID,
		Key:        e.provKey,
		Contracts:  map[common.Address]Contract{e.contract: {Owner: gethcrypto.PubkeyToAddress(e.user.PublicKey)}},
		MaxUploads: 1,
		UploadIdle: 2 * time.Second,
	}
	e.start()
	e.client = newHost(t, key(t))
	return e
}

func newHost(t *testing.T, k *ecdsa.PrivateKey) *p2p.Host {
	h, err := p2p.New(p2p.Config{Key: k, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// start (re)starts the provider node over its data directory.
func (e *env) start() {
	t := e.t
	db, err := store.Open(filepath.Join(e.dir, "db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ps, err := OpenPieceStore(filepath.Join(e.dir, "pieces"))
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.New(p2p.Config{Key: e.provKey, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(e.cfg, h, db, ps)
	if err != nil {
		t.Fatal(err)
	}
	n.Register()
	e.node, e.host, e.db = n, h, db
	t.Cleanup(e.stop)
}

func (e *env) stop() {
	if e.host != nil {
		e.host.Close()
		e.db.Close()
		e.host, e.db = nil, nil
	}
}

func (e *env) connect(h *p2p.Host) peer.ID {
	h.AddPeer(peer.AddrInfo{ID: e.host.ID(), Addrs: e.host.Libp2p().Addrs()})
	return e.host.ID()
}

func randomPiece(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func (e *env) order(data []byte, signer *ecdsa.PrivateKey) *challenge.SignedOrder {
	id, err := challenge.Commit(bytes.NewReader(data))
	if err != nil {
		e.t.Fatal(err)
	}
	so, err := challenge.SignOrder(chainID, challenge.Order{Contract: e.contract, Provider: e.node.Address(), Root: id.Root, Size: id.Size, StartBlock: 1, EndBlock: 1000}, signer)
	if err != nil {
		e.t.Fatal(err)
	}
	return so
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return c
}

func TestUploadChallengeRestart(t *testing.T) {
	e := newEnv(t)
	data := randomPiece(1, 5*challenge.LeafSize+123) // 6 leaves, the last one short
	so := e.order(data, e.user)
	var last uint64
	sent, err := client.Upload(ctx(t), e.client, e.connect(e.client), chainID, so, bytes.NewReader(data), client.UploadOptions{Progress: func(n uint64) { last = n }})
	if err != nil {
		t.Fatal(err)
	}
	if !sent || last != uint64(len(data)) {
		t.Fatalf("sent=%v progress=%d", sent, last)
	}
	// A second order for the same piece does not resend the bytes.
	so2 := e.order(data, e.user)
	so2.EndBlock = 2000
	so2, _ = challenge.SignOrder(chainID, so2.Order, e.user)
	if sent, err := client.Upload(ctx(t), e.client, e.connect(e.client), chainID, so2, bytes.NewReader(data), client.UploadOptions{}); err != nil || sent {
		t.Fatalf("second order: sent=%v err=%v", sent, err)
	}

	// Restart: the order and the piece are still there.
	e.stop()
	e.start()
	orders, err := e.node.Orders(e.contract)
	if err != nil || len(orders) != 2 {
		t.Fatalf("orders after restart: %d, %v", len(orders), err)
	}
	if !e.node.Pieces().Has(so.Piece()) {
		t.Fatal("piece lost on restart")
	}

	// A keeper challenges: every leaf proof verifies.
	keeper := newHost(t, key(t))
	set := challenge.ActiveOrders(chainID, e.contract, e.node.Address(), 10, []challenge.Order{so.Order})
	c, err := challenge.Derive(set, keeper.Address(), 10, [32]byte{7}, challenge.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	d := domain.Domain{ChainID: chainID, Contract: e.contract}
	resp, _, err := client.Challenge(ctx(t), keeper, e.connect(keeper), e.contract, c)
	if err != nil {
		t.Fatal(err)
	}
	passed, err := c.Verify(d, resp)
	if err != nil || passed != 1 {
		t.Fatalf("passed=%d err=%v", passed, err)
	}
	if c.Space(passed).Uint64() != uint64(len(data)) {
		t.Fatalf("space %s", c.Space(passed))
	}

	// The provider loses the piece: it still answers, but the piece fails.
	if err := e.node.Pieces().Delete(so.Piece()); err != nil {
		t.Fatal(err)
	}
	resp, _, err = client.Challenge(ctx(t), keeper, e.connect(keeper), e.contract, c)
	if err != nil {
		t.Fatal(err)
	}
	if passed, err := c.Verify(d, resp); err != nil || passed != 0 {
		t.Fatalf("after delete: passed=%d err=%v", passed, err)
	}
	if rec := c.Evaluate(d, resp, false); rec.Space.Sign() != 0 || rec.Result != challenge.ResultOK {
		t.Fatalf("record after delete: %v %s", rec.Result, rec.Space)
	}
}

func TestUploadRejections(t *testing.T) {
	e := newEnv(t)
	to := e.connect(e.client)
	data := randomPiece(2, 3000)

	// Signed by someone who is not the contract's owner.
	_, err := client.Upload(ctx(t), e.client, to, chainID, e.order(data, key(t)), bytes.NewReader(data), client.UploadOptions{})
	if !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "not signed by the contract owner") {
		t.Fatalf("foreign signer: %v", err)
	}
	// Bytes that do not match the ordered root.
	so := e.order(data, e.user)
	bad := append([]byte(nil), data...)
	bad[100] ^= 1
	_, err = client.Upload(ctx(t), e.client, to, chainID, so, bytes.NewReader(bad), client.UploadOptions{})
	if !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "does not match its order") {
		t.Fatalf("wrong bytes: %v", err)
	}
	if e.node.Pieces().Has(so.Piece()) {
		t.Fatal("mismatching piece stored")
	}
	if ents, _ := os.ReadDir(filepath.Join(e.dir, "pieces", "tmp")); len(ents) != 0 {
		t.Fatalf("temporary files left: %d", len(ents))
	}
	if os, _ := e.node.Orders(e.contract); len(os) != 0 {
		t.Fatal("order stored for a refused upload")
	}
	// An order for another provider, and for a contract not served.
	other := e.order(data, e.user)
	other.Provider = common.HexToAddress("0x1")
	other, _ = challenge.SignOrder(chainID, other.Order, e.user)
	if _, err := client.Upload(ctx(t), e.client, to, chainID, other, bytes.NewReader(data), client.UploadOptions{}); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "another provider") {
		t.Fatalf("other provider: %v", err)
	}
	foreign := e.order(data, e.user)
	foreign.Contract = common.HexToAddress("0xbad")
	foreign, _ = challenge.SignOrder(chainID, foreign.Order, e.user)
	if _, err := client.Upload(ctx(t), e.client, to, chainID, foreign, bytes.NewReader(data), client.UploadOptions{}); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "not served") {
		t.Fatalf("other contract: %v", err)
	}
}

func TestUploadLimits(t *testing.T) {
	e := newEnv(t)
	to := e.connect(e.client)
	data := randomPiece(3, 10000)
	so := e.order(data, e.user)

	// Hold the one upload slot: send the order, read "send", stall.
	s, err := e.client.Libp2p().NewStream(ctx(t), to, p2p.ProtoUpload)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p2p.WriteFrame(s, wire.EncodeUploadRequest(so))
	if body, err := readAnswer(s); err != nil || !bytes.Equal(body, []byte{1}) {
		t.Fatalf("first upload: %x %v", body, err)
	}
	_, err = client.Upload(ctx(t), e.client, to, chainID, so, bytes.NewReader(data), client.UploadOptions{})
	if !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "too many uploads") {
		t.Fatalf("second concurrent upload: %v", err)
	}
	// The stalled upload is dropped after the idle timeout, freeing the slot.
	s.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := readAnswer(s); err == nil || !strings.Contains(err.Error(), "deadline") {
		t.Fatalf("stalled upload: %v", err)
	}
	if _, err := client.Upload(ctx(t), e.client, to, chainID, so, bytes.NewReader(data), client.UploadOptions{}); err != nil {
		t.Fatalf("after the stall: %v", err)
	}

	// A piece above the limit is refused before any byte is sent.
	e.node.cfg.MaxPieceSize = 1000
	big := e.order(randomPiece(4, 2000), e.user)
	if _, err := client.Upload(ctx(t), e.client, to, chainID, big, bytes.NewReader(randomPiece(4, 2000)), client.UploadOptions{}); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("large piece: %v", err)
	}
	// An oversized challenge request is refused with a clear error.
	_, err = e.client.Request(ctx(t), to, p2p.ProtoChallenge, make([]byte, wire.MaxChallengeRequestLen+1), 1000)
	if !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "message too large") {
		t.Fatalf("oversized challenge: %v", err)
	}
}

func TestChallengeFromNonKeeperRefused(t *testing.T) {
	e := newEnv(t)
	e.node.AddContract(e.contract, Contract{Owner: gethcrypto.PubkeyToAddress(e.user.PublicKey), Keepers: []common.Address{common.HexToAddress("0x77")}})
	req, _ := (&wire.ChallengeRequest{Contract: e.contract, Height: 5}).MarshalBinary()
	_, err := e.client.Request(ctx(t), e.connect(e.client), p2p.ProtoChallenge, req, challenge.MaxResponseLen)
	if !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "not a keeper") {
		t.Fatalf("non-keeper challenge: %v", err)
	}
}

// readAnswer reads one response frame of the upload protocol.
func readAnswer(r io.Reader) ([]byte, error) {
	f, err := p2p.ReadFrame(r, 1+p2p.MaxErrorLen)
	if err != nil {
		return nil, err
	}
	return p2p.DecodeResponse(f)
}
