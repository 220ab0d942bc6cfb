package wire

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/report"
)

func hdr() Header {
	return Header{ChainID: big.NewInt(1337), Contract: common.Address{0xc0, 0xff, 0xee}, Te: 1000, Part: 2, Leader: 3, Attempt: 0x10002, Sender: 5}
}

func sig(b byte) (s [SigSize]byte) {
	for i := range s {
		s[i] = b + byte(i)
	}
	return
}

// samples returns one message of every type, with non-trivial contents.
func samples() []Message {
	h := hdr()
	prop := &Propose{
		Header: h, Mode: ModeReconcile, ObsAttempt: 0x10001, FailedBitmap: big.NewInt(0b1011),
		Entries:   []report.Entry{{Provider: 1, Ts: 500, St: big.NewInt(0)}, {Provider: 7, Ts: 900, St: new(big.Int).Lsh(big.NewInt(1), 200)}},
		Vectors:   [][]*big.Int{{big.NewInt(1), big.NewInt(2)}, {big.NewInt(0), big.NewInt(300)}},
		Obs:       []ObsRef{{Sender: 0, Vector: 0}, {Sender: 2, Vector: 1}, {Sender: 9, Vector: 0}},
		Aggs:      [][SigSize]byte{sig(1), sig(2)},
		LeaderSig: sig(4),
	}
	return []Message{
		&Observe{Header: h, Entries: []Entry{{1, 500}, {7, 900}}},
		&Observation{Header: h, Values: []*big.Int{big.NewInt(0), big.NewInt(1 << 40)}, Sig: sig(5)},
		prop,
		&Echo{Header: h, Digest: [32]byte{1, 2, 3}, Reply: true},
		&Vote{Header: h, Digest: [32]byte{9}, Sig: sig(6)},
		&Nack{Header: h, Reason: NackTolerance, Disputed: []uint16{0, 4, 9}, Sig: sig(7)},
		&SyncRequest{Header: h, Entries: []Entry{{3, 10}}, Sig: sig(8)},
		&RecordSet{Header: h, Entries: []Entry{{3, 10}, {4, 20}, {8, 30}}, Chunk: 1, Chunks: 3, Parts: []RecordPart{{0, []byte("abc")}, {2, nil}}, Sig: sig(9)},
		&ProposeRequest{Header: h, Digest: [32]byte{4}, Sig: sig(10)},
		&ProposeForward{Header: h, Propose: Encode(prop)},
	}
}

func TestRoundTrip(t *testing.T) {
	for _, m := range samples() {
		b := Encode(m)
		got, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", m.Type(), err)
		}
		if got.Type() != m.Type() {
			t.Fatalf("%s decoded as %s", m.Type(), got.Type())
		}
		if !bytes.Equal(Encode(got), b) {
			t.Fatalf("%s: re-encoding differs", m.Type())
		}
		if typ, _ := Peek(b); typ != m.Type() {
			t.Fatalf("peek %s", typ)
		}
	}
}

func TestDecodeRejectsTrailingAndTruncated(t *testing.T) {
	for _, m := range samples() {
		b := Encode(m)
		if _, err := Decode(append(bytes.Clone(b), 0)); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s with a trailing byte: %v", m.Type(), err)
		}
		for _, cut := range []int{1, 2, 5, len(b) / 2, len(b) - 1} {
			if _, err := Decode(b[:cut]); err == nil {
				t.Errorf("%s truncated to %d bytes decoded", m.Type(), cut)
			}
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	obs := Encode(samples()[0])
	cases := map[string]struct {
		b   []byte
		err error
	}{
		"version":   {append([]byte{Version - 1}, obs[1:]...), ErrVersion},
		"type":      {append([]byte{Version, 99}, obs[2:]...), ErrType},
		"oversized": {make([]byte, MaxMessageSize+1), ErrOversized},
		"empty":     {nil, ErrMalformed},
	}
	// Non-minimal chain id: length 3 with a leading zero byte.
	h := hdr()
	e := &encoder{}
	e.u8(Version)
	e.u8(uint8(TypeObserve))
	e.u8(3)
	e.raw([]byte{0, 0x05, 0x39})
	e.raw(h.Contract[:])
	e.u64(h.Te)
	e.u32(h.Part)
	e.u32(h.Leader)
	e.u32(h.Attempt)
	e.u32(h.Sender)
	e.u16(1)
	e.u32(1)
	e.u64(5)
	cases["non-minimal integer"] = struct {
		b   []byte
		err error
	}{e.b, ErrMalformed}
	for name, c := range cases {
		if _, err := Decode(c.b); !errors.Is(err, c.err) {
			t.Errorf("%s: err %v, want %v", name, err, c.err)
		}
	}
}

// TestDecodeRejectsNonCanonicalLists builds invalid inputs by hand (the encoder
// panics on invalid messages).
func TestDecodeRejectsNonCanonicalLists(t *testing.T) {
	h := hdr()
	good := Encode(&Observe{Header: h, Entries: []Entry{{1, 5}, {2, 5}}})
	// Swap the two providers: unsorted.
	bad := bytes.Clone(good)
	hl := len(good) - 2*12
	copy(bad[hl:hl+4], []byte{0, 0, 0, 2})
	copy(bad[hl+12:hl+16], []byte{0, 0, 0, 1})
	if _, err := Decode(bad); !errors.Is(err, ErrMalformed) {
		t.Errorf("unsorted entries: %v", err)
	}
	// ts ≥ te.
	bad = bytes.Clone(good)
	copy(bad[hl+4:hl+12], []byte{0, 0, 0, 0, 0, 0, 0x03, 0xe8})
	if _, err := Decode(bad); !errors.Is(err, ErrMalformed) {
		t.Errorf("ts = te: %v", err)
	}
	// A count larger than the input must not allocate or decode.
	bad = bytes.Clone(good[:hl-2])
	bad = append(bad, 0x10, 0x00)
	if _, err := Decode(bad); !errors.Is(err, ErrMalformed) {
		t.Errorf("forged count: %v", err)
	}

	// Propose: a repeated vector, a vector referenced out of order, an unreferenced
	// vector, unsorted senders.
	p := samples()[2].(*Propose)
	mut := func(f func(p *Propose)) []byte {
		q := *p
		q.Vectors = append([][]*big.Int(nil), p.Vectors...)
		q.Obs = append([]ObsRef(nil), p.Obs...)
		f(&q)
		return encodeUnchecked(&q)
	}
	for name, b := range map[string][]byte{
		"repeated vector":  mut(func(q *Propose) { q.Vectors[1] = q.Vectors[0] }),
		"reference order":  mut(func(q *Propose) { q.Obs[0].Vector, q.Obs[1].Vector = 1, 0 }),
		"unreferenced":     mut(func(q *Propose) { q.Obs[1].Vector = 0 }),
		"unsorted senders": mut(func(q *Propose) { q.Obs[0].Sender = 3 }),
		"mode":             mut(func(q *Propose) { q.Mode = 7 }),
		"obs attempt":      mut(func(q *Propose) { q.ObsAttempt = q.Attempt + 1 }),
	} {
		if _, err := Decode(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("propose %s: %v", name, err)
		}
	}
	if _, err := Decode(mut(func(*Propose) {})); err != nil {
		t.Fatalf("unchanged propose: %v", err)
	}

	// ProposeForward for another instance.
	other := *p
	other.Attempt++
	other.ObsAttempt = other.Attempt
	fw := &ProposeForward{Header: h, Propose: Encode(&other)}
	if _, err := Decode(Encode(fw)); !errors.Is(err, ErrMalformed) {
		t.Errorf("forward of another instance: %v", err)
	}
}

// encodeUnchecked encodes a Propose without the encoder's panics (for building
// invalid inputs).
func encodeUnchecked(m *Propose) []byte {
	e := &encoder{}
	e.u8(Version)
	e.u8(uint8(TypePropose))
	encodeHeader(e, &m.Header)
	e.u8(m.Mode)
	e.u32(m.ObsAttempt)
	e.bigint(m.FailedBitmap)
	e.u16(uint16(len(m.Entries)))
	for i, x := range m.Entries {
		e.u32(x.Provider)
		e.u64(x.Ts)
		if len(m.Vectors) > 0 && i < len(m.Vectors[0]) && x.St.Cmp(m.Vectors[0][i]) == 0 {
			e.u8(sameAsFirstVector)
			continue
		}
		e.bigint(x.St)
	}
	e.u16(uint16(len(m.Vectors)))
	for _, v := range m.Vectors {
		encodeValues(e, v)
	}
	e.u16(uint16(len(m.Obs)))
	for _, o := range m.Obs {
		e.u32(o.Sender)
		e.u16(o.Vector)
	}
	for _, a := range m.Aggs {
		e.raw(a[:])
	}
	e.raw(m.LeaderSig[:])
	return e.b
}

func TestSigningDigestBindsDomainAndContent(t *testing.T) {
	m := &Nack{Header: hdr(), Reason: NackTolerance, Disputed: []uint16{1}}
	d1 := SigningDigest(m)
	m.Sig = sig(1) // the signature itself is not covered
	if SigningDigest(m) != d1 {
		t.Fatal("signing digest covers the signature")
	}
	m.Disputed = []uint16{2}
	if SigningDigest(m) == d1 {
		t.Fatal("signing digest ignores the body")
	}
	m.Disputed = []uint16{1}
	m.Contract[0] ^= 1
	if SigningDigest(m) == d1 {
		t.Fatal("signing digest ignores the contract")
	}
}

func randReport(rng *rand.Rand) *report.Report {
	r := &report.Report{
		ChainID:      new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(256)+1))),
		Contract:     common.Address{byte(rng.Intn(256)), 7},
		Te:           rng.Uint64()>>1 + 1,
		Leader:       rng.Uint32(),
		Attempt:      rng.Uint32(),
		FailedBitmap: new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), 256)),
	}
	p := uint32(0)
	for i := 0; i < rng.Intn(40); i++ {
		p += uint32(rng.Intn(1000)) + 1
		r.Entries = append(r.Entries, report.Entry{Provider: p, Ts: rng.Uint64() % r.Te, St: new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(256)+1)))})
	}
	return r
}

func TestEncodeReportMatchesABI(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200; i++ {
		r := randReport(rng)
		enc, err := EncodeReport(r)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(enc, r.Encode()) {
			t.Fatalf("report %d: fast encoding differs from report.Encode", i)
		}
		if d, _, _ := ReportDigest(r); d != r.Digest() {
			t.Fatalf("report %d: digest differs", i)
		}
	}
	bad := randReport(rng)
	bad.FailedBitmap = nil
	if _, err := EncodeReport(bad); !errors.Is(err, report.ErrInvalid) {
		t.Fatalf("invalid report: %v", err)
	}
}

func TestObservationDigestBindsEverything(t *testing.T) {
	d := domain.New(1337, common.Address{1})
	es := []Entry{{1, 10}, {2, 20}}
	vs := []*big.Int{big.NewInt(5), big.NewInt(6)}
	base := ObservationDigest(d, 100, 1, 0, es, vs)
	variants := []func() [32]byte{
		func() [32]byte { return ObservationDigest(domain.New(1, common.Address{1}), 100, 1, 0, es, vs) },
		func() [32]byte { return ObservationDigest(domain.New(1337, common.Address{2}), 100, 1, 0, es, vs) },
		func() [32]byte { return ObservationDigest(d, 101, 1, 0, es, vs) },
		func() [32]byte { return ObservationDigest(d, 100, 2, 0, es, vs) },
		func() [32]byte { return ObservationDigest(d, 100, 1, 1, es, vs) },
		func() [32]byte { return ObservationDigest(d, 100, 1, 0, []Entry{{1, 10}, {3, 20}}, vs) },
		func() [32]byte { return ObservationDigest(d, 100, 1, 0, []Entry{{1, 10}, {2, 21}}, vs) },
		func() [32]byte { return ObservationDigest(d, 100, 1, 0, es, []*big.Int{big.NewInt(5), big.NewInt(7)}) },
	}
	for i, v := range variants {
		if v() == base {
			t.Errorf("variant %d has the same digest", i)
		}
	}
	// The observation digest never equals a message digest of the same bytes.
	if d.Digest(domain.TagMessage) == d.Digest(domain.TagObs) {
		t.Fatal("tags not separated")
	}
}

func TestEvidence(t *testing.T) {
	sk, err := bls.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2))
	a := randReport(rng)
	a.Entries = a.Entries[:0]
	a.Entries = append(a.Entries, report.Entry{Provider: 1, Ts: 0, St: big.NewInt(10)})
	b := *a
	b.Entries = []report.Entry{{Provider: 1, Ts: 0, St: big.NewInt(11)}}
	encA, encB := a.Encode(), b.Encode()
	signOf := func(r *report.Report) (s [SigSize]byte) {
		d := r.Digest()
		copy(s[:], sk.Sign(d[:]).Bytes())
		return
	}
	ev := NewEvidence(4, encA, signOf(a), encB, signOf(&b))
	got, err := DecodeEvidence(EncodeEvidence(ev))
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Verify(verifyWith(sk.PublicKey())); err != nil {
		t.Fatalf("valid evidence: %v", err)
	}
	other, _ := bls.GenerateKey()
	if err := got.Verify(verifyWith(other.PublicKey())); !errors.Is(err, ErrEvidenceSig) {
		t.Fatalf("evidence against another key: %v", err)
	}
	// Same report twice is no evidence.
	if _, err := DecodeEvidence(EncodeEvidence(&Evidence{Signer: 4, ReportA: encA, SigA: signOf(a), ReportB: encA, SigB: signOf(a)})); !errors.Is(err, ErrNotEquivocation) {
		t.Fatalf("same report: %v", err)
	}
	// Different attempts are different instances.
	c := *a
	c.Attempt++
	if _, err := DecodeEvidence(EncodeEvidence(NewEvidence(4, encA, signOf(a), c.Encode(), signOf(&c)))); !errors.Is(err, ErrNotEquivocation) {
		t.Fatalf("different attempts: %v", err)
	}
	// Swapped order is not canonical.
	sw := &Evidence{Signer: 4, ReportA: ev.ReportB, SigA: ev.SigB, ReportB: ev.ReportA, SigB: ev.SigA}
	if _, err := DecodeEvidence(EncodeEvidence(sw)); !errors.Is(err, ErrMalformed) {
		t.Fatalf("non-canonical order: %v", err)
	}
}

// TestSigningDigestOf: the digest of a received Signed message taken over its bytes
// is the one its sender signed, for every signed type.
func TestSigningDigestOf(t *testing.T) {
	h := Header{ChainID: big.NewInt(5), Te: 100, Leader: 1, Attempt: 2, Sender: 3}
	for _, m := range []Signed{
		&Nack{Header: h, Reason: NackTolerance, Disputed: []uint16{0, 2}},
		&SyncRequest{Header: h, Entries: []Entry{{Provider: 1, Ts: 0}}},
		&RecordSet{Header: h, Entries: []Entry{{Provider: 1, Ts: 0}}, Chunks: 1, Parts: []RecordPart{{Entry: 0, Data: []byte{1, 2, 3}}}},
		&ProposeRequest{Header: h, Digest: [32]byte{9}},
	} {
		Sign(m, func(d [32]byte) (s [SigSize]byte) { copy(s[:], d[:]); return })
		raw := Encode(m)
		if got, want := SigningDigestOf(m, raw), SigningDigest(m); got != want {
			t.Errorf("%T: digest over the bytes %x, re-encoded %x", m, got[:4], want[:4])
		}
		if got, want := SigningDigest(m), m.Hdr().Domain().Digest(domain.TagMessage, raw[:len(raw)-SigSize]); got != want {
			t.Errorf("%T: digest %x is not domain.Digest(TagMessage, …) %x", m, got[:4], want[:4])
		}
		if SignatureOf(m) != ([SigSize]byte)(raw[len(raw)-SigSize:]) {
			t.Errorf("%T: the signature is not the encoding's last %d bytes", m, SigSize)
		}
	}
}

// verifyWith checks BLS signatures against pk (Evidence.Verify's verify).
func verifyWith(pk *bls.PublicKey) func([32]byte, [SigSize]byte) bool {
	return func(d [32]byte, sig [SigSize]byte) bool {
		s, err := bls.SignatureFromBytes(sig[:])
		return err == nil && bls.Verify(pk, d[:], s)
	}
}

// TestProposeSameAsFirstVector: an entry's st equal to its vector-0 value travels as
// the one-byte mark and decodes to that value; spelling it out instead is not the
// canonical encoding and is refused; a value that differs is spelled out.
func TestProposeSameAsFirstVector(t *testing.T) {
	p := samples()[2].(*Propose)
	q := *p
	q.Entries = append([]report.Entry(nil), p.Entries...)
	q.Entries[1].St = new(big.Int).Set(q.Vectors[0][1]) // equal to vector 0's
	b := Encode(&q)
	m, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	got := m.(*Propose)
	if got.Entries[1].St.Cmp(q.Vectors[0][1]) != 0 || got.Entries[0].St.Cmp(q.Entries[0].St) != 0 {
		t.Fatalf("st decoded %v %v", got.Entries[0].St, got.Entries[1].St)
	}
	if len(b) >= len(Encode(p))+2 {
		t.Fatalf("the mark did not shorten the encoding: %d vs %d", len(b), len(Encode(p)))
	}
	// Spelled out although equal: refused.
	e := &encoder{}
	e.u8(Version)
	e.u8(uint8(TypePropose))
	encodeHeader(e, &q.Header)
	e.u8(q.Mode)
	e.u32(q.ObsAttempt)
	e.bigint(q.FailedBitmap)
	e.u16(uint16(len(q.Entries)))
	for _, x := range q.Entries {
		e.u32(x.Provider)
		e.u64(x.Ts)
		e.bigint(x.St)
	}
	e.u16(uint16(len(q.Vectors)))
	for _, v := range q.Vectors {
		encodeValues(e, v)
	}
	e.u16(uint16(len(q.Obs)))
	for _, o := range q.Obs {
		e.u32(o.Sender)
		e.u16(o.Vector)
	}
	for _, a := range q.Aggs {
		e.raw(a[:])
	}
	e.raw(q.LeaderSig[:])
	if _, err := Decode(e.b); !errors.Is(err, ErrMalformed) {
		t.Fatalf("st spelled out though equal to vector 0: %v", err)
	}
}

// TestPartInstance: the part is in the header, the instance id, the report a
// Propose carries and the observation digest, so two parts never share an instance.
func TestPartInstance(t *testing.T) {
	h, o := hdr(), hdr()
	o.Part++
	if h.SameInstance(&o) || h.RID() == o.RID() {
		t.Fatal("two parts name one instance")
	}
	m, err := Decode(Encode(samples()[0]))
	if err != nil || m.Hdr().Part != 2 {
		t.Fatalf("part lost in the round trip: %v", err)
	}
	p := samples()[2].(*Propose)
	if p.Report().Part != h.Part {
		t.Fatalf("Propose.Report part %d", p.Report().Part)
	}
	es := []Entry{{1, 500}}
	v := []*big.Int{big.NewInt(1)}
	if PartObservationDigest(h.Domain(), 1000, 1, 3, 0, es, v) == ObservationDigest(h.Domain(), 1000, 3, 0, es, v) {
		t.Fatal("observation digest ignores the part")
	}
}

func TestPeekPart(t *testing.T) {
	for _, m := range samples() {
		b := Encode(m)
		if p, err := PeekPart(b); err != nil || p != m.Hdr().Part {
			t.Fatalf("%s: part %d, %v", m.Type(), p, err)
		}
		if _, err := PeekPart(b[:36]); err == nil {
			t.Fatalf("%s: truncated header peeked", m.Type())
		}
	}
	if _, err := PeekPart([]byte{Version - 1, 1, 0}); !errors.Is(err, ErrVersion) {
		t.Fatalf("old version: %v", err)
	}
}

// TestChunkRecords: pieces are packed in entry order, at most one per entry per
// chunk and at most limit record bytes per chunk, numbered 0…n−1 of n; every chunk
// round-trips through the strict decoder.
func TestChunkRecords(t *testing.T) {
	h := hdr()
	es := []Entry{{1, 10}, {2, 20}, {3, 30}}
	piece := func(n int, b byte) []byte { return bytes.Repeat([]byte{b}, n) }
	sets := [][][]byte{
		{piece(60, 1), piece(60, 2), piece(10, 3)}, // entry 0 spans three chunks
		{piece(20, 4)},
		{piece(100, 5)},
	}
	cs, err := ChunkRecords(h, es, sets, 100)
	if err != nil {
		t.Fatal(err)
	}
	// chunk 0: e0[60]; chunk 1: e0[60]; chunk 2: e0[10] e1[20]; chunk 3: e2[100]
	want := [][]uint16{{0}, {0}, {0, 1}, {2}}
	if len(cs) != len(want) {
		t.Fatalf("%d chunks, want %d", len(cs), len(want))
	}
	var got [3][]byte
	for i, c := range cs {
		if c.Chunk != uint32(i) || c.Chunks != uint32(len(want)) {
			t.Fatalf("chunk %d numbered %d of %d", i, c.Chunk, c.Chunks)
		}
		size := 0
		for k, p := range c.Parts {
			if p.Entry != want[i][k] {
				t.Fatalf("chunk %d part %d for entry %d, want %d", i, k, p.Entry, want[i][k])
			}
			size += len(p.Data)
			got[p.Entry] = append(got[p.Entry], p.Data...)
		}
		if size > 100 {
			t.Fatalf("chunk %d carries %d record bytes", i, size)
		}
		c.Sig = sig(byte(i))
		m, err := Decode(Encode(c))
		if err != nil {
			t.Fatalf("chunk %d: %v", i, err)
		}
		if !bytes.Equal(Encode(m), Encode(c)) {
			t.Fatalf("chunk %d re-encodes differently", i)
		}
	}
	for i, pieces := range sets {
		if !bytes.Equal(got[i], bytes.Join(pieces, nil)) {
			t.Fatalf("entry %d: records not carried whole", i)
		}
	}
	if _, err := ChunkRecords(h, es, [][][]byte{{piece(101, 1)}, nil, nil}, 100); err == nil {
		t.Fatal("a piece above the limit was chunked")
	}
}

// TestRecordSetMalformed: a chunk numbered outside its count, parts out of order or
// naming no entry, and chunks above the record limit are refused with ErrMalformed.
func TestRecordSetMalformed(t *testing.T) {
	h := hdr()
	good := func() *RecordSet {
		return &RecordSet{Header: h, Entries: []Entry{{3, 10}, {4, 20}}, Chunk: 0, Chunks: 2,
			Parts: []RecordPart{{0, []byte{1}}, {1, []byte{2}}}, Sig: sig(1)}
	}
	// raw re-encodes m without the encoder's panics.
	raw := func(m *RecordSet) []byte {
		e := &encoder{}
		e.u8(Version)
		e.u8(uint8(TypeRecordSet))
		encodeHeader(e, &m.Header)
		e.u16(uint16(len(m.Entries)))
		for _, x := range m.Entries {
			e.u32(x.Provider)
			e.u64(x.Ts)
		}
		e.u32(m.Chunk)
		e.u32(m.Chunks)
		e.u16(uint16(len(m.Parts)))
		for _, p := range m.Parts {
			e.u16(p.Entry)
			e.bytes(p.Data)
		}
		e.raw(m.Sig[:])
		return e.b
	}
	if _, err := Decode(raw(good())); err != nil {
		t.Fatalf("good chunk: %v", err)
	}
	for name, mut := range map[string]func(m *RecordSet){
		"chunk past count":  func(m *RecordSet) { m.Chunk = 2 },
		"zero chunks":       func(m *RecordSet) { m.Chunks = 0 },
		"too many chunks":   func(m *RecordSet) { m.Chunks = MaxChunks + 1 },
		"parts unsorted":    func(m *RecordSet) { m.Parts[0], m.Parts[1] = m.Parts[1], m.Parts[0] },
		"parts duplicate":   func(m *RecordSet) { m.Parts[1].Entry = 0 },
		"part of no entry":  func(m *RecordSet) { m.Parts[1].Entry = 2 },
		"no parts":          func(m *RecordSet) { m.Parts = nil },
		"more parts":        func(m *RecordSet) { m.Parts = append(m.Parts, RecordPart{2, nil}) },
		"records too large": func(m *RecordSet) { m.Parts[0].Data = make([]byte, MaxRecordBytes); m.Parts[1].Data = []byte{1} },
	} {
		m := good()
		mut(m)
		if _, err := Decode(raw(m)); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
