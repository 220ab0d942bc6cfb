package p2p

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

func newHost(t *testing.T, listen ...string) *Host {
	t.Helper()
	k, err := gethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Key: k, ListenAddrs: listen})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func connectInfo(t *testing.T, h *Host, want string) peer.AddrInfo {
	t.Helper()
	for _, a := range h.Addrs() {
		if strings.Contains(a, want) {
			info, addr, err := ParseEndpoint(a)
			if err != nil {
				t.Fatal(err)
			}
			if addr != h.Address() {
				t.Fatalf("endpoint names %s, host is %s", addr, h.Address())
			}
			return info
		}
	}
	t.Fatalf("no %s address in %v", want, h.Addrs())
	return peer.AddrInfo{}
}

func TestIdentityIsAccount(t *testing.T) {
	k, _ := gethcrypto.GenerateKey()
	id, err := PeerID(&k.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	a, err := AddressOf(id)
	if err != nil {
		t.Fatal(err)
	}
	if a != gethcrypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("AddressOf = %s, want %s", a, gethcrypto.PubkeyToAddress(k.PublicKey))
	}
	sk, _ := PrivKey(k)
	id2, _ := peer.IDFromPrivateKey(sk)
	if id2 != id {
		t.Fatalf("peer id of the private key %s != %s", id2, id)
	}
	// A peer ID of another key type names no account.
	_, edPub, _ := libp2pcrypto.GenerateEd25519Key(rand.Reader)
	edID, _ := peer.IDFromPublicKey(edPub)
	if _, err := AddressOf(edID); !errors.Is(err, ErrNotAccount) {
		t.Fatalf("ed25519 peer: err = %v, want ErrNotAccount", err)
	}
}

func echoHandler(_ context.Context, from Peer, req []byte) ([]byte, error) {
	if string(req) == "fail" {
		return nil, errors.New("record: forged proof")
	}
	return append(from.Address.Bytes(), req...), nil
}

func TestRequestTCPAndQUIC(t *testing.T) {
	for _, transport := range []string{"/tcp/", "/quic-v1"} {
		t.Run(transport, func(t *testing.T) {
			srv, cli := newHost(t), newHost(t)
			srv.Handle(ProtoRecord, 1024, 0, echoHandler)
			info := connectInfo(t, srv, transport)
			cli.AddPeer(info)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			resp, err := cli.Request(ctx, srv.ID(), ProtoRecord, []byte("hello"), 1024)
			if err != nil {
				t.Fatal(err)
			}
			// The server saw the client's account, authenticated by Noise.
			if want := append(cli.Address().Bytes(), "hello"...); !bytes.Equal(resp, want) {
				t.Fatalf("response %x, want %x", resp, want)
			}
			_, err = cli.Request(ctx, srv.ID(), ProtoRecord, []byte("fail"), 1024)
			var re *RemoteError
			if !errors.As(err, &re) || re.Msg != "record: forged proof" {
				t.Fatalf("err = %v, want the handler's error", err)
			}
		})
	}
}

func TestOversizedRequestRejected(t *testing.T) {
	srv, cli := newHost(t), newHost(t)
	called := false
	srv.Handle(ProtoOrder, 100, 0, func(ctx context.Context, from Peer, req []byte) ([]byte, error) {
		called = true
		return nil, nil
	})
	cli.AddPeer(connectInfo(t, srv, "/tcp/"))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := cli.Request(ctx, srv.ID(), ProtoOrder, make([]byte, 101), 1024)
	if !errors.Is(err, ErrRemote) || !strings.Contains(err.Error(), "message too large") {
		t.Fatalf("err = %v, want a remote 'message too large'", err)
	}
	if called {
		t.Fatal("handler ran on an oversized request")
	}
	// And an oversized response is refused by the requester.
	srv.Handle(ProtoChallenge, 100, 0, func(ctx context.Context, from Peer, req []byte) ([]byte, error) {
		return make([]byte, 5000), nil
	})
	_, err = cli.Request(ctx, srv.ID(), ProtoChallenge, []byte("x"), 1000)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestRequestDeadline(t *testing.T) {
	srv, cli := newHost(t), newHost(t)
	release := make(chan struct{})
	defer close(release)
	srv.Handle(ProtoChallenge, 100, time.Minute, func(ctx context.Context, from Peer, req []byte) ([]byte, error) {
		select {
		case <-release:
		case <-ctx.Done():
		}
		return []byte("late"), nil
	})
	cli.AddPeer(connectInfo(t, srv, "/tcp/"))
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err := cli.Request(ctx, srv.ID(), ProtoChallenge, []byte("x"), 100)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
}

func TestNonAccountPeerRefused(t *testing.T) {
	srv := newHost(t)
	srv.Handle(ProtoOrder, 100, 0, echoHandler)
	edKey, _, _ := libp2pcrypto.GenerateEd25519Key(rand.Reader)
	raw, err := libp2p.New(libp2p.Identity(edKey), libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"))
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := raw.Connect(ctx, connectInfo(t, srv, "/tcp/")); err != nil {
		t.Fatal(err)
	}
	s, err := raw.NewStream(ctx, srv.ID(), ProtoOrder)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	WriteFrame(s, []byte("hi"))
	s.CloseWrite()
	resp, err := ReadFrame(s, 2000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeResponse(resp); !errors.Is(err, ErrRemote) || !strings.Contains(err.Error(), "not a secp256k1 account") {
		t.Fatalf("err = %v, want refusal", err)
	}
}

func TestFrames(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteFrame(&buf, []byte("abc")); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFrame(bytes.NewReader(buf.Bytes()), 3)
	if err != nil || string(got) != "abc" {
		t.Fatalf("ReadFrame = %q, %v", got, err)
	}
	if _, err := ReadFrame(bytes.NewReader(buf.Bytes()), 2); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if _, err := ReadFrame(bytes.NewReader(buf.Bytes()[:5]), 10); err != io.ErrUnexpectedEOF {
		t.Fatalf("truncated: err = %v", err)
	}
	if _, err := ReadFrame(bytes.NewReader(nil), 10); err != io.EOF {
		t.Fatalf("empty: err = %v", err)
	}
	// A frame that declares 4 GiB is refused from its header alone.
	hdr := binary.BigEndian.AppendUint32(nil, 0xffffffff)
	if _, err := ReadFrame(bytes.NewReader(hdr), 0); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	long := strings.Repeat("é", MaxErrorLen)
	if _, err := DecodeResponse(EncodeError(errors.New(long))); !errors.Is(err, ErrRemote) {
		t.Fatalf("a truncated long error must decode: %v", err)
	}
}

func FuzzReadFrame(f *testing.F) {
	var buf bytes.Buffer
	WriteFrame(&buf, []byte("hello"))
	fuzzcorpus.Add(f, buf.Bytes(), 10)
	fuzzcorpus.Add(f, []byte{0xff, 0xff, 0xff, 0xff}, 100)
	fuzzcorpus.Add(f, []byte{0, 0, 0}, 0)
	f.Fuzz(func(t *testing.T, b []byte, limit int) {
		got, err := ReadFrame(bytes.NewReader(b), limit)
		if err != nil {
			return
		}
		var out bytes.Buffer
		WriteFrame(&out, got)
		if !bytes.Equal(out.Bytes(), b[:len(out.Bytes())]) {
			t.Fatalf("re-encoding differs")
		}
	})
}

func FuzzDecodeResponse(f *testing.F) {
	fuzzcorpus.Add(f, EncodeOK([]byte("body")))
	fuzzcorpus.Add(f, EncodeError(errors.New("bad")))
	fuzzcorpus.Add(f, []byte{2})
	fuzzcorpus.Add(f, []byte{1, 0xff})
	fuzzcorpus.Add(f, EncodeBusy(errors.New("rate limit")))
	fuzzcorpus.Add(f, []byte{3})
	f.Fuzz(func(t *testing.T, b []byte) {
		body, err := DecodeResponse(b)
		var re *RemoteError
		switch {
		case err == nil:
			if !bytes.Equal(EncodeOK(body), b) {
				t.Fatal("ok envelope does not round-trip")
			}
		case errors.As(err, &re):
			if !bytes.Equal(EncodeError(errors.New(re.Msg)), b) {
				t.Fatal("error envelope does not round-trip")
			}
		case errors.As(err, new(*BusyError)):
			var be *BusyError
			errors.As(err, &be)
			if !errors.Is(err, ErrBusy) || errors.Is(err, ErrRemote) || !bytes.Equal(EncodeBusy(errors.New(be.Msg)), b) {
				t.Fatal("busy envelope does not round-trip")
			}
		case !errors.Is(err, ErrMalformed):
			t.Fatalf("unexpected error class %v", err)
		}
	})
}
