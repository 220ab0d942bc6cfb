package payer

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/blscrypto"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/keeper/schedule"
	"github.com/whitepay/whitepay/upkeeping"
)

// Round4Config is the shape of a round-4 measurement (BenchRound4).
type Round4Config struct {
	Keepers    int    // N (≥ 4)
	Providers  int    // providers, all disputed (≥ 1)
	Records    int    // records per provider over the period (≥ 2)
	ChunkBytes int    // agreement.Config.ChunkBytes (0: wire.ChunkBytes)
	Dir        string // where each keeper's badger store goes
	NoSync     bool   // badger without fsync (store.Options.NoSync)
}

// Round4Result is what BenchRound4 measured.
type Round4Result struct {
	Seconds      float64 // from the first leader's start to the submitted report
	SetupSeconds float64 // records made and stored
	Bytes        int64   // every message on the wire (a broadcast counts once per recipient)
	RecordBytes  int64   // of which record chunks
	Chunks       int     // record chunks delivered
	SyncRequests int
	Submit       agreement.Submit
	Want         []*big.Int   // per provider: the space-time of the complete records
	After        [][]*big.Int // per keeper, per provider: its space-time after round 4
	PublicKeys   [][]byte     // per keeper
}

// BenchRound4 runs a disputed period through round 4 (issue 15): N agreement cores
// with this package's Observer, each over its own badger store in cfg.Dir, for
// cfg.Providers providers of cfg.Records passed challenges each (real secp256k1
// records, challenges re-derived from block hashes, one user-signed order per
// provider). q − 1 keepers hold every record, the others the first half, so no q
// observations agree and rounds 2 and 3 fail; round 4 streams the records in
// chunks, each checked and merged, and the leader's next attempt is agreed. The
// messages are delivered in order and jobs run at once (no network, no chain);
// it returns the report submitted and the bytes and seconds it took. It is what
// `whitepay bench scale` reports as round 4's cost, and what the payer's tests
// check.
func BenchRound4(ctx context.Context, cfg Round4Config) (*Round4Result, error) {
	if cfg.Keepers < 4 || cfg.Providers < 1 || cfg.Records < 2 {
		return nil, fmt.Errorf("payer: round 4 bench: %d keepers, %d providers, %d records", cfg.Keepers, cfg.Providers, cfg.Records)
	}
	start := time.Now()
	d := domain.Domain{ChainID: big.NewInt(1337), Contract: common.HexToAddress("0xc0")}
	kk, err := gethcrypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	uk, err := gethcrypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	const first = 10 // records at heights first … first+Records−1
	te := uint64(first + cfg.Records + 10)
	// G = 2 blocks: a record counts for the block to the next one only, so the
	// keepers holding half the records observe about half (a longer G would carry
	// the last record held over the missing ones).
	view := &View{params: upkeeping.Params{Stale: 2}, loaded: true, byAddr: map[common.Address]uint32{}}
	hashes := benchHashes{}
	var signed []*challenge.SignedOrder
	recs := make([][]*records.Entry, cfg.Providers)
	for p := range cfg.Providers {
		pk, err := gethcrypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		prov := gethcrypto.PubkeyToAddress(pk.PublicKey)
		view.providers = append(view.providers, upkeepingProvider{info: upkeeping.ProviderInfo{Account: prov}, due: true})
		so, err := challenge.SignOrder(d.ChainID, challenge.Order{Contract: d.Contract, Provider: prov, Root: [32]byte{byte(p), 7}, Size: 1 << 30, StartBlock: 1, EndBlock: te + 10}, uk)
		if err != nil {
			return nil, err
		}
		signed = append(signed, so)
		for h := uint64(first); h < uint64(first+cfg.Records); h++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			e, err := benchRecord(d, kk, pk, hashes, []challenge.Order{so.Order}, h)
			if err != nil {
				return nil, err
			}
			recs[p] = append(recs[p], e)
		}
	}
	res := &Round4Result{}
	rings := make([]agreement.Keyring, cfg.Keepers)
	vers := make([]agreement.Verifier, cfg.Keepers)
	for i := range cfg.Keepers {
		sk, err := bls.GenerateKey()
		if err != nil {
			return nil, err
		}
		v := blscrypto.NewVerifier()
		vers[i], rings[i] = v, blscrypto.NewKeyring(sk, v)
		a := gethcrypto.PubkeyToAddress(kk.PublicKey) // keeper 0 made the records
		if i > 0 {
			a = common.BigToAddress(big.NewInt(int64(0xabc000 + i)))
		}
		view.keepers = append(view.keepers, agreement.Keeper{Index: uint32(i), Address: a, PublicKey: rings[i].PublicKey()})
		view.byAddr[a] = uint32(i)
		res.PublicKeys = append(res.PublicKeys, rings[i].PublicKey())
	}
	params := schedule.Params{Start: 0, Period: te, Finality: 2, Window: 4} // te is the first period end, payable at te + D
	quiet := slog.New(slog.DiscardHandler)
	full := agreement.Quorum(cfg.Keepers) - 1
	pump := &benchPump{}
	for i := range cfg.Keepers {
		db, err := store.Open(filepath.Join(cfg.Dir, fmt.Sprintf("keeper-%d", i)), store.Options{NoSync: cfg.NoSync, Logger: quiet})
		if err != nil {
			return nil, err
		}
		defer db.Close()
		st := records.NewStore(db, d.ChainID)
		for p := range cfg.Providers {
			if _, _, err := st.PutOrder(signed[p], 0); err != nil {
				return nil, err
			}
			held := recs[p]
			if i >= full {
				held = held[:len(held)/2]
			}
			if _, _, err := st.PutRecords(d.Contract, held); err != nil {
				return nil, err
			}
		}
		o := NewObserver(d, st, view, hashes, challenge.DefaultParams(), quiet)
		o.Bind(ctx)
		nd, err := agreement.New(agreement.Config{Domain: d, Self: uint32(i), Params: params, RoundTicks: 10,
			ChunkBytes: cfg.ChunkBytes, Chain: view, Keys: rings[i], Verifier: vers[i], Logger: quiet})
		if err != nil {
			return nil, err
		}
		pump.obs = append(pump.obs, o)
		pump.nodes = append(pump.nodes, nd)
	}
	for p := range cfg.Providers {
		v, err := pump.obs[0].SpaceTime(uint32(p), 0, te)
		if err != nil {
			return nil, err
		}
		res.Want = append(res.Want, v)
	}
	res.SetupSeconds = time.Since(start).Seconds()
	t0 := time.Now()
	for i, nd := range pump.nodes {
		nd.SetHeight(te + params.Finality)
		pump.drain(uint32(i))
	}
	if err := pump.run(ctx, 5000); err != nil {
		return nil, err
	}
	res.Seconds = time.Since(t0).Seconds()
	res.Submit = pump.submits[0]
	res.Bytes, res.RecordBytes, res.Chunks, res.SyncRequests = pump.bytes, pump.recordBytes, pump.chunks, pump.syncs
	if res.SyncRequests == 0 {
		return nil, errors.New("payer: round 4 bench: the period was agreed without round 4 (not disputed)")
	}
	for _, o := range pump.obs {
		var vs []*big.Int
		for p := range cfg.Providers {
			v, err := o.SpaceTime(uint32(p), 0, te)
			if err != nil {
				return nil, err
			}
			vs = append(vs, v)
		}
		res.After = append(res.After, vs)
	}
	return res, nil
}

// benchHashes is a chainview.Chain whose block hash at h is keccak(h).
type benchHashes struct{}

func (benchHashes) Head(context.Context) (uint64, error) {
	return 0, errors.New("payer: bench chain has no head")
}
func (benchHashes) BlockHash(_ context.Context, h uint64) ([32]byte, error) {
	return gethcrypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, h)), nil
}

// benchRecord is keeper kk's record of a challenge of pk's provider at h that
// passed.
func benchRecord(d domain.Domain, kk, pk *ecdsa.PrivateKey, ch benchHashes, orders []challenge.Order, h uint64) (*records.Entry, error) {
	prov := gethcrypto.PubkeyToAddress(pk.PublicKey)
	set := challenge.ActiveOrders(d.ChainID, d.Contract, prov, h, orders)
	hash, _ := ch.BlockHash(context.Background(), h)
	c, err := challenge.Derive(set, gethcrypto.PubkeyToAddress(kk.PublicKey), h, hash, challenge.DefaultParams())
	if err != nil {
		return nil, err
	}
	pd := gethcrypto.Keccak256Hash(binary.BigEndian.AppendUint64([]byte("proof"), h))
	digest := challenge.ResponseDigest(d, c.Keeper, c.Provider, c.Height, c.Seed, pd)
	psig, err := gethcrypto.Sign(digest[:], pk)
	if err != nil {
		return nil, err
	}
	rec := &challenge.ChalRecord{Keeper: c.Keeper, Provider: c.Provider, Height: h, Space: c.Space(len(c.Pieces)),
		Result: challenge.ResultOK, ProofDigest: pd, ProviderSig: psig}
	if err := challenge.SignRecord(d, rec, kk); err != nil {
		return nil, err
	}
	return &records.Entry{Record: rec, OrderIDs: set.IDs}, nil
}

// benchPump delivers the cores' messages in order and runs their jobs at once.
type benchPump struct {
	nodes              []*agreement.Node
	obs                []*Observer
	queue              []benchMsg
	bytes, recordBytes int64
	chunks, syncs      int
	submits            []agreement.Submit
}

type benchMsg struct {
	from, to uint32
	payload  []byte
}

func (p *benchPump) drain(i uint32) {
	nd := p.nodes[i]
	for nd.HasReady() {
		rd := nd.Ready()
		for _, l := range rd.Locks {
			nd.Advance(agreement.Done{Lock: l}) // the votes are not what is measured
		}
		for _, j := range rd.Jobs {
			nd.Advance(agreement.RunJob(p.obs[i], j))
		}
		for _, m := range rd.Messages {
			for k := range p.nodes {
				if k == int(i) || (!m.Broadcast && m.To != uint32(k)) {
					continue
				}
				p.queue = append(p.queue, benchMsg{i, uint32(k), m.Payload})
				p.bytes += int64(len(m.Payload))
				switch m.Type {
				case wire.TypeRecordSet:
					p.recordBytes += int64(len(m.Payload))
					p.chunks++
				case wire.TypeSyncRequest:
					p.syncs++
				}
			}
		}
		p.submits = append(p.submits, rd.Submits...)
	}
}

// run delivers messages and ticks the cores until one submits.
func (p *benchPump) run(ctx context.Context, maxTicks int) error {
	for tick := 0; len(p.submits) == 0; {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(p.queue) == 0 {
			if tick++; tick > maxTicks {
				return fmt.Errorf("payer: round 4 bench: no report after %d ticks", maxTicks)
			}
			for i, nd := range p.nodes {
				nd.Tick()
				p.drain(uint32(i))
			}
			continue
		}
		m := p.queue[0]
		p.queue = p.queue[1:]
		_ = p.nodes[m.to].Step(m.from, m.payload) // refusals are the core's to count
		p.drain(m.to)
	}
	return nil
}
