package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/challenger"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/provider"
)

// verifyTarget is the floor for leaf-proof verifications per second per core.
const verifyTarget = 50_000

type benchChallengeOpts struct {
	providers int
	pieces    int
	pieceSize int
	rounds    int
	parallel  int
	asJSON    bool
	cpuProf   string
}

// benchChallengeResult is what `bench challenge --json` prints.
type benchChallengeResult struct {
	Providers          int            `json:"providers"`
	PiecesPerProvider  int            `json:"pieces_per_provider"`
	PieceSize          int            `json:"piece_size"`
	LeavesPerChallenge int            `json:"leaves_per_challenge"`
	Rounds             int            `json:"rounds"`
	Challenges         int            `json:"challenges"`
	ChallengesOK       int            `json:"challenges_ok"` // ok and proving the full space
	Results            map[string]int `json:"results"`       // by record result; "partial" = ok below the full space
	ChallengesPerS     float64        `json:"challenges_per_s"`
	FirstRoundS        float64        `json:"first_round_s"` // includes dialling every provider
	LaterRoundS        float64        `json:"later_round_s"` // mean of the other rounds
	LeafProofs         int            `json:"leaf_proofs_verified"`
	VerifyPerS         float64        `json:"verify_per_s"`          // leaf proofs per second, one core
	ResponseVerifyPerS float64        `json:"response_verify_per_s"` // whole responses (signature + proofs) per second, one core
	SHA256BytesPerS    float64        `json:"sha256_bytes_per_s"`    // raw SHA-256, one core, same run
	VerifyTargetPerS   int            `json:"verify_target_per_s"`
	VerifyTargetMet    bool           `json:"verify_target_met"`
	SetupS             float64        `json:"setup_s"`
	PeakRSSBytes       uint64         `json:"peak_rss_bytes"`
	HeapInuseBytes     uint64         `json:"heap_inuse_bytes"`
	Goroutines         int            `json:"goroutines"`
	Cores              int            `json:"cores"`
}

func newBenchChallengeCmd() *cobra.Command {
	var o benchChallengeOpts
	cmd := &cobra.Command{
		Use:   "challenge [--providers P] [--json]",
		Short: "One keeper challenging P providers over libp2p on loopback",
		Long: `Start P provider nodes (one libp2p host each, TCP on loopback, Noise, sharing one
piece directory and one badger database) and one keeper (its own badger database, the
simulated chain for block hashes), give every provider --pieces orders signed by the
user, and run --rounds challenge rounds: the keeper challenges every provider (m = 4
pieces, c = 4 leaves), verifies each response, signs and stores a record.

Reports challenges_per_s (end to end, over all rounds; the first round also dials every
provider), verify_per_s (leaf-proof verifications per second on one core, over the
responses of the run), response_verify_per_s (whole responses: provider signature and
every proof, one core), sha256_bytes_per_s (raw SHA-256 on one core, measured in the
same run), and memory (peak RSS, heap in use). The floor is ` + fmt.Sprint(verifyTarget) + ` verifications per
second per core with 1,000 providers.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.providers < 1 || o.pieces < 1 || o.pieceSize < 1 || o.rounds < 1 || o.parallel < 1 {
				return usagef("--providers, --pieces, --piece-size, --rounds and --parallel must be positive")
			}
			res, err := runBenchChallenge(cmd.Context(), o, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			if o.asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			return printBenchChallenge(cmd.OutOrStdout(), res)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&o.providers, "providers", 100, "number of providers")
	fl.IntVar(&o.pieces, "pieces", 4, "pieces (orders) per provider; the same pieces are shared by all")
	fl.IntVar(&o.pieceSize, "piece-size", 4<<20, "bytes per piece")
	fl.IntVar(&o.rounds, "rounds", 3, "challenge rounds")
	fl.IntVar(&o.parallel, "parallel", 64, "concurrent challenges")
	fl.BoolVar(&o.asJSON, "json", false, "print JSON")
	fl.StringVar(&o.cpuProf, "cpuprofile", "", "write a CPU profile of the challenge rounds to this file")
	return cmd
}

func raiseFDLimit() {
	var l syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l) == nil && l.Cur < l.Max {
		l.Cur = l.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l)
	}
}

func runBenchChallenge(ctx context.Context, o benchChallengeOpts, progress io.Writer) (*benchChallengeResult, error) {
	raiseFDLimit()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	keeperLog := quiet
	if os.Getenv("WHITEPAY_BENCH_LOG") != "" {
		keeperLog = slog.New(slog.NewTextHandler(progress, nil))
	}
	setup := time.Now()
	dir, err := os.MkdirTemp("", "whitepay-bench-challenge-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	say := func(format string, a ...any) { fmt.Fprintf(progress, "bench challenge: "+format+"\n", a...) }

	sim := simulated.NewBackend(types.GenesisAlloc{})
	defer sim.Close()
	const finality = 2
	for range finality + 1 {
		sim.Commit()
	}
	chainID := big.NewInt(1337)
	contract := common.HexToAddress("0x00000000000000000000000000000000c0ffee00")
	user, err := gethcrypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	owner := gethcrypto.PubkeyToAddress(user.PublicKey)

	// Pieces, shared by every provider (one piece directory).
	pieces, err := provider.OpenPieceStore(filepath.Join(dir, "pieces"))
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var ids []challenge.PieceID
	buf := make([]byte, o.pieceSize)
	for range o.pieces {
		for i := range buf {
			buf[i] = byte(rng.Uint32())
		}
		id, err := challenge.Commit(bytes.NewReader(buf))
		if err != nil {
			return nil, err
		}
		if err := pieces.Put(bytes.NewReader(buf), id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	say("%d pieces of %d bytes stored", o.pieces, o.pieceSize)

	provDB, err := store.Open(filepath.Join(dir, "providers-db"), store.Options{Logger: quiet})
	if err != nil {
		return nil, err
	}
	defer provDB.Close()
	keeperKey, err := gethcrypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	keeperAddr := gethcrypto.PubkeyToAddress(keeperKey.PublicKey)

	// Providers: one host and node each.
	type prov struct {
		key  *ecdsa.PrivateKey
		host *p2p.Host
		node *provider.Node
	}
	provs := make([]*prov, o.providers)
	var provAddrs []common.Address
	defer func() {
		for _, p := range provs {
			if p != nil && p.host != nil {
				p.host.Close()
			}
		}
	}()
	for i := range provs {
		k, err := gethcrypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		h, err := p2p.New(p2p.Config{Key: k, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, TCPOnly: true, NoResourceManager: true, Logger: quiet})
		if err != nil {
			return nil, fmt.Errorf("provider host %d: %w", i, err)
		}
		n, err := provider.New(provider.Config{ChainID: chainID, Key: k, Logger: keeperLog,
			Contracts: map[common.Address]provider.Contract{contract: {Owner: owner, Keepers: []common.Address{keeperAddr}}}}, h, provDB, pieces)
		if err != nil {
			return nil, err
		}
		n.Register()
		provs[i] = &prov{key: k, host: h, node: n}
		provAddrs = append(provAddrs, n.Address())
	}
	say("%d provider hosts listening", o.providers)

	// The keeper.
	keeperDB, err := store.Open(filepath.Join(dir, "keeper-db"), store.Options{Logger: quiet})
	if err != nil {
		return nil, err
	}
	defer keeperDB.Close()
	kh, err := p2p.New(p2p.Config{Key: keeperKey, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, TCPOnly: true, NoResourceManager: true, Logger: quiet})
	if err != nil {
		return nil, err
	}
	defer kh.Close()
	group := chainview.NewStaticGroup([]config.Contract{{Address: contract, Owner: owner, Keepers: []common.Address{keeperAddr}, Providers: provAddrs, Finality: finality, Stale: 100}})
	params := challenge.DefaultParams()
	svc, err := challenger.New(challenger.Config{
		ChainID: chainID, Key: keeperKey, Contracts: []challenger.Contract{{Address: contract, Finality: finality, Stale: 100}},
		Params: params, Timeout: 30 * time.Second, Parallel: o.parallel, Logger: keeperLog,
	}, kh, records.NewStore(keeperDB, chainID), chainview.NewEthChain(sim.Client()), group)
	if err != nil {
		return nil, err
	}
	for _, p := range provs {
		if err := svc.AddPeer(peer.AddrInfo{ID: p.host.ID(), Addrs: p.host.Libp2p().Addrs()}); err != nil {
			return nil, err
		}
	}

	// Orders: signed by the user, given to each provider and to the keeper.
	var wg sync.WaitGroup
	sem := make(chan struct{}, 64)
	errc := make(chan error, 1)
	for _, p := range provs {
		for _, id := range ids {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				so, err := challenge.SignOrder(chainID, challenge.Order{Contract: contract, Provider: p.node.Address(), Root: id.Root, Size: id.Size, StartBlock: 1, EndBlock: 1 << 40}, user)
				if err == nil {
					err = p.node.AddOrder(so)
				}
				if err == nil {
					_, err = svc.AcceptOrder(ctx, so)
				}
				if err != nil {
					select {
					case errc <- err:
					default:
					}
				}
			}()
		}
	}
	wg.Wait()
	select {
	case err := <-errc:
		return nil, fmt.Errorf("orders: %w", err)
	default:
	}
	res := &benchChallengeResult{Providers: o.providers, PiecesPerProvider: o.pieces, PieceSize: o.pieceSize,
		LeavesPerChallenge: min(o.pieces, params.Pieces) * min(params.Leaves, int(challenge.LeafCount(uint64(o.pieceSize)))),
		Rounds:             o.rounds, VerifyTargetPerS: verifyTarget, Cores: runtime.GOMAXPROCS(0), Results: map[string]int{}}
	res.SetupS = time.Since(setup).Seconds()
	say("%d orders signed and stored; setup took %.1fs", o.providers*o.pieces, res.SetupS)

	// Challenge rounds, end to end.
	if o.cpuProf != "" {
		f, err := os.Create(o.cpuProf)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
	}
	var total time.Duration
	for r := range o.rounds {
		sim.Commit()
		start := time.Now()
		rr, err := svc.Round(ctx)
		took := time.Since(start)
		if err != nil {
			return nil, err
		}
		total += took
		if r == 0 {
			res.FirstRoundS = took.Seconds()
		} else {
			res.LaterRoundS += took.Seconds() / float64(o.rounds-1)
		}
		res.Challenges += rr.Challenges
		for _, rec := range rr.Records {
			switch {
			case rec.Result == challenge.ResultOK && rec.Space.Cmp(big.NewInt(int64(o.pieces*o.pieceSize))) == 0:
				res.ChallengesOK++
				res.Results["ok"]++
			case rec.Result == challenge.ResultOK:
				res.Results["partial"]++
			default:
				res.Results[rec.Result.String()]++
			}
		}
		res.Results["failed"] += rr.Failed
		say("round %d: %d challenges in %.2fs (%d failed)", r+1, rr.Challenges, took.Seconds(), rr.Failed)
	}
	if o.cpuProf != "" {
		pprof.StopCPUProfile()
	}
	res.ChallengesPerS = float64(res.Challenges) / total.Seconds()
	if res.ChallengesOK != o.rounds*o.providers {
		say("WARNING: %d of %d challenges proved the full space: %v", res.ChallengesOK, o.rounds*o.providers, res.Results)
	}

	// Responses of this run for the single-core verification measurement: the
	// challenges of one more height, fetched the keeper's way.
	sim.Commit()
	head, _ := sim.Client().BlockNumber(ctx)
	b := head - finality
	hdr, err := sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(b))
	if err != nil {
		return nil, err
	}
	d := domain.Domain{ChainID: chainID, Contract: contract}
	chals := make([]*challenge.Challenge, len(provs))
	resps := make([]*challenge.Response, len(provs))
	for i, p := range provs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			orders, err := svc.Store().Orders(contract, p.node.Address())
			if err != nil {
				return
			}
			set := challenge.ActiveOrders(chainID, contract, p.node.Address(), b, orders)
			c, err := challenge.Derive(set, keeperAddr, b, hdr.Hash(), params)
			if err != nil {
				return
			}
			resp, _, err := client.Challenge(ctx, kh, p.host.ID(), contract, c)
			if err != nil {
				return
			}
			chals[i], resps[i] = c, resp
		}()
	}
	wg.Wait()
	for i := range resps {
		if resps[i] == nil {
			return nil, errors.New("bench: a provider did not answer the verification challenge")
		}
	}
	runtime.GC()

	// Leaf proofs, one goroutine: at least one second of work.
	start, n := time.Now(), 0
	for time.Since(start) < time.Second {
		for i, resp := range resps {
			for k, pr := range resp.Pieces {
				pc := &chals[i].Pieces[k]
				for j := range pr.Leaves {
					l := &pr.Leaves[j]
					if err := l.Proof.Verify(pc.Order.Root, pc.Order.Size, pc.Leaves[j], l.Data); err != nil {
						return nil, fmt.Errorf("bench: proof: %w", err)
					}
					n++
				}
			}
		}
	}
	res.LeafProofs = n
	res.VerifyPerS = float64(n) / time.Since(start).Seconds()
	res.VerifyTargetMet = res.VerifyPerS >= verifyTarget

	// Whole responses, one goroutine.
	start, n = time.Now(), 0
	for time.Since(start) < time.Second {
		for i, resp := range resps {
			if passed, err := chals[i].Verify(d, resp); err != nil || passed != len(chals[i].Pieces) {
				return nil, fmt.Errorf("bench: response %d: %d passed, %v", i, passed, err)
			}
			n++
		}
	}
	res.ResponseVerifyPerS = float64(n) / time.Since(start).Seconds()

	// Raw SHA-256 on one core, 1 MiB writes.
	block := make([]byte, 1<<20)
	for i := range block {
		block[i] = byte(rng.Uint32())
	}
	start, hashed := time.Now(), 0
	h := sha256.New()
	for time.Since(start) < time.Second {
		h.Write(block)
		hashed += len(block)
	}
	h.Sum(nil)
	res.SHA256BytesPerS = float64(hashed) / time.Since(start).Seconds()

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res.HeapInuseBytes = ms.HeapInuse
	res.Goroutines = runtime.NumGoroutine()
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		res.PeakRSSBytes = uint64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	return res, nil
}

func printBenchChallenge(w io.Writer, r *benchChallengeResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "providers\t%d (%d pieces of %d bytes each, %d leaves per challenge)\n", r.Providers, r.PiecesPerProvider, r.PieceSize, r.LeavesPerChallenge)
	fmt.Fprintf(tw, "challenges\t%d in %d rounds, %d proved the full space %v\n", r.Challenges, r.Rounds, r.ChallengesOK, r.Results)
	fmt.Fprintf(tw, "challenges_per_s\t%.0f (first round %.2fs incl. dialling, later rounds %.2fs)\n", r.ChallengesPerS, r.FirstRoundS, r.LaterRoundS)
	met := "below"
	if r.VerifyTargetMet {
		met = "meets"
	}
	fmt.Fprintf(tw, "verify_per_s\t%.0f leaf proofs per second per core (%s the %d floor)\n", r.VerifyPerS, met, r.VerifyTargetPerS)
	fmt.Fprintf(tw, "response_verify_per_s\t%.0f whole responses per second per core\n", r.ResponseVerifyPerS)
	fmt.Fprintf(tw, "sha256_bytes_per_s\t%.0f (%.0f MiB/s, one core)\n", r.SHA256BytesPerS, r.SHA256BytesPerS/(1<<20))
	fmt.Fprintf(tw, "memory\tpeak RSS %.0f MiB, heap in use %.0f MiB, %d goroutines\n", float64(r.PeakRSSBytes)/(1<<20), float64(r.HeapInuseBytes)/(1<<20), r.Goroutines)
	fmt.Fprintf(tw, "setup\t%.1fs\n", r.SetupS)
	return tw.Flush()
}
