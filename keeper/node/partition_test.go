package node

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestPartitionFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), PartitionFile)
	p, err := ReadPartition(path)
	if err != nil || p.Active(0) || p.Active(1e9) {
		t.Fatalf("missing file: %+v %v, want no partition", p, err)
	}
	want := Partition{Cut: []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02")}, From: 10, Until: 20}
	if err := WritePartition(path, want); err != nil {
		t.Fatal(err)
	}
	p, err = ReadPartition(path)
	if err != nil || len(p.Cut) != 2 || p.Cut[1] != want.Cut[1] || p.From != 10 || p.Until != 20 {
		t.Fatalf("read back %+v %v", p, err)
	}
	for h, active := range map[uint64]bool{9: false, 10: true, 19: true, 20: false} {
		if p.Active(h) != active {
			t.Errorf("Active(%d) = %v, want %v", h, !active, active)
		}
	}
	if open := (Partition{Cut: want.Cut, From: 5}); !open.Active(1e9) {
		t.Error("Until 0 must mean until told otherwise")
	}
	if (Partition{From: 0, Until: 100}).Active(50) {
		t.Error("an empty cut is no partition")
	}
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadPartition(path); err == nil {
		t.Error("a malformed file was accepted")
	}
}
