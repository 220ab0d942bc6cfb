package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

type point struct{ X, Y uint64 }

func (p point) MarshalBinary() ([]byte, error) { return append(U64(p.X), U64(p.Y)...), nil }
func (p *point) UnmarshalBinary(b []byte) error {
	if len(b) != 16 {
		return errors.New("bad point")
	}
	p.X, p.Y = be(b[:8]), be(b[8:])
	return nil
}
func be(b []byte) uint64 {
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

func TestPersistAndIterate(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
	for i := uint64(0); i < 5; i++ {
		if err := PutBinary(db, ContractKey(a, KindRecord, U64(4-i)), point{i, i * i}); err != nil {
			t.Fatal(err)
		}
	}
	PutBinary(db, ContractKey(b, KindRecord, U64(0)), point{9, 9})
	PutJSON(db, GlobalKey(KindMeta, []byte("name")), map[string]int{"v": 3})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var keys [][]byte
	var xs []uint64
	err = db.Iterate(ContractKey(a, KindRecord), func(k, v []byte) error {
		var p point
		if err := p.UnmarshalBinary(v); err != nil {
			return err
		}
		keys, xs = append(keys, k), append(xs, p.X)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Big-endian keys iterate in numeric order; contract b is not under a's prefix.
	if fmt.Sprint(xs) != "[4 3 2 1 0]" {
		t.Fatalf("iteration order %v", xs)
	}
	if !bytes.HasPrefix(keys[0], ContractPrefix(a)) {
		t.Fatal("key outside the contract prefix")
	}
	var from []uint64
	db.IterateFrom(ContractKey(a, KindRecord), ContractKey(a, KindRecord, U64(2)), func(k, v []byte) error {
		var p point
		p.UnmarshalBinary(v)
		from = append(from, p.X)
		if len(from) == 2 {
			return ErrStop
		}
		return nil
	})
	if fmt.Sprint(from) != "[2 1]" {
		t.Fatalf("IterateFrom %v", from)
	}
	p, err := GetBinary[point](db, ContractKey(b, KindRecord, U64(0)))
	if err != nil || *p != (point{9, 9}) {
		t.Fatalf("GetBinary = %v, %v", p, err)
	}
	var m map[string]int
	if err := GetJSON(db, GlobalKey(KindMeta, []byte("name")), &m); err != nil || m["v"] != 3 {
		t.Fatalf("GetJSON = %v, %v", m, err)
	}
	if _, err := db.Get(ContractKey(b, KindRecord, U64(1))); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing key: %v", err)
	}
	if ok, _ := db.Has(ContractKey(b, KindRecord, U64(0))); !ok {
		t.Fatal("Has = false")
	}
	db.Delete(ContractKey(b, KindRecord, U64(0)))
	if ok, _ := db.Has(ContractKey(b, KindRecord, U64(0))); ok {
		t.Fatal("Has after Delete")
	}
	if err := db.Put([]byte("x"), []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if _, err := GetBinary[point](db, []byte("x")); err == nil {
		t.Fatal("decoding a malformed value must fail")
	}
}

func TestDeleteRangeAndReclaim(t *testing.T) {
	dir := t.TempDir()
	d, err := Open(dir, Options{NoSync: true, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	c := common.Address{7}
	val := make([]byte, 200)
	for i := range val {
		val[i] = byte(rand.Uint32())
	}
	for i := range 3000 {
		for j := range val { // distinct, incompressible values
			val[j] = byte(rand.Uint32())
		}
		if err := d.Put(ContractKey(c, KindRecord, U64(uint64(i))), val); err != nil {
			t.Fatal(err)
		}
	}
	prefix := ContractKey(c, KindRecord)
	counted := 0
	// Keys [0, 2500) go, except the multiples of 1000 (keep).
	n, err := d.DeleteRange(prefix, prefix, append(bytes.Clone(prefix), U64(2500)...), func(k, _ []byte) bool {
		return binary.BigEndian.Uint64(k[len(prefix):])%1000 == 0
	}, func(t *Txn, n int) error {
		counted += n
		return t.Put(GlobalKey(KindMeta, []byte("deleted")), U64(uint64(counted)))
	})
	if err != nil || n != 2500-3 {
		t.Fatalf("deleted %d (%v), want %d", n, err, 2500-3)
	}
	left := 0
	if err := d.IterateKeys(prefix, func([]byte) error { left++; return nil }); err != nil {
		t.Fatal(err)
	}
	if left != 503 {
		t.Fatalf("%d keys left, want 503", left)
	}
	if v, err := d.Get(GlobalKey(KindMeta, []byte("deleted"))); err != nil || binary.BigEndian.Uint64(v) != 2497 {
		t.Fatalf("counter kept with the deletions: %x %v", v, err)
	}
	// Writes go on while Reclaim holds badger's writes.
	done := make(chan error, 1)
	go func() {
		for i := range 200 {
			if err := d.Put(ContractKey(c, KindVote, U64(uint64(i))), val); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	if err := d.Reclaim(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("a write during Reclaim failed: %v", err)
	}
	disk, _, _, err := d.DiskUsage()
	if err != nil || disk <= 0 {
		t.Fatalf("usage %d %v", disk, err)
	}
	// What was deleted is gone from the tables (the memtable was flushed into them):
	// 503 random values of 200 bytes remain (and 200 equal ones), not 3200.
	var sst int64
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if fi, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".sst") {
			sst += fi.Size()
		}
	}
	if sst < 503*200 || sst > 1500*200 {
		t.Fatalf("tables hold %d bytes after reclaiming 2497 deleted values of 3200", sst)
	}
	if v, err := d.Get(ContractKey(c, KindRecord, U64(1000))); err != nil || len(v) != 200 {
		t.Fatalf("kept key lost: %v", err)
	}
}
