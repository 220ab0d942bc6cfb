package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/challenge"
)

// newPieceCmd is `whitepay piece`: tools for piece commitments (SPEC 3).
func newPieceCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:  "piece",
		Long: "Tools for the Merkle commitment of a piece: 4 KiB leaves (the last zero-padded),\nleaf hash SHA256(0x00‖leaf), node hash SHA256(0x01‖left‖right), RFC 6962 tree shape.",
	}
	cmd.AddCommand(newPieceCommitCmd())
	return listChildren(cmd, "Piece commitments (SPEC 3)")
}

// pieceCommitOutput is the JSON line printed by `piece commit`.
type pieceCommitOutput struct {
	Root   string `json:"root"`
	Size   uint64 `json:"size"`
	Leaves uint64 `json:"leaves"`
}

func newPieceCommitCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "commit FILE",
		Short: "Print the commitment of FILE as JSON: {\"root\":\"0x…\",\"size\":N,\"leaves\":L}",
		Long: "Compute the Merkle commitment (root, size) of the piece held in FILE (\"-\" reads\n" +
			"standard input), streaming with bounded memory (leaf hashing on all cores), and\n" +
			"print one JSON line\n" +
			"{\"root\":\"0x…\",\"size\":N,\"leaves\":L}. An empty file has no commitment: error.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := commitFile(cmd, args[0])
			if err != nil {
				return err
			}
			out, err := json.Marshal(pieceCommitOutput{Root: hexutil.Encode(id.Root[:]), Size: id.Size, Leaves: id.Leaves()})
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), string(out))
			return err
		},
	}
}

// commitFile commits the file at path, or standard input for "-".
func commitFile(cmd *cobra.Command, path string) (challenge.PieceID, error) {
	var r io.Reader
	if path == "-" {
		r = cmd.InOrStdin()
		path = "standard input"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return challenge.PieceID{}, fmt.Errorf("piece commit: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return challenge.PieceID{}, fmt.Errorf("piece commit: %s is a directory, not a file", path)
		}
		r = f
	}
	id, err := challenge.CommitParallel(r, runtime.GOMAXPROCS(0))
	if errors.Is(err, challenge.ErrEmptyPiece) {
		return challenge.PieceID{}, fmt.Errorf("piece commit: %s is empty: a piece needs at least one byte", path)
	}
	if err != nil {
		return challenge.PieceID{}, fmt.Errorf("piece commit: %s: %w", path, err)
	}
	return id, nil
}
