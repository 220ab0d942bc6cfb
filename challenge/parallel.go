package challenge

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"sync"
)

// CommitParallel is Commit with the leaf hashing spread over workers goroutines
// (workers < 2 is Commit). The piece is read in 1 MiB chunks; at most 2×workers
// chunks are in flight, so memory stays bounded (about 2×workers MiB) whatever the
// piece size. The result is identical to Commit's.
func CommitParallel(r io.Reader, workers int) (PieceID, error) {
	if workers < 2 {
		return Commit(r)
	}
	type job struct {
		data   []byte
		hashes [][32]byte
		done   chan struct{}
	}
	inFlight := 2 * workers
	free := make(chan []byte, inFlight)
	for range inFlight {
		free <- make([]byte, readBufferSize)
	}
	work := make(chan *job)
	order := make(chan *job, inFlight)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := sha256.New()
			var sum [32]byte
			var last [LeafSize]byte
			for j := range work {
				for off := 0; off < len(j.data); off += LeafSize {
					leaf := j.data[off:min(off+LeafSize, len(j.data))]
					if len(leaf) < LeafSize { // only the final chunk ends in a short leaf
						clear(last[:])
						copy(last[:], leaf)
						leaf = last[:]
					}
					h.Reset()
					h.Write(leafPrefixBytes[:])
					h.Write(leaf)
					h.Sum(sum[:0])
					j.hashes = append(j.hashes, sum)
				}
				close(j.done)
			}
		}()
	}

	type result struct {
		id  PieceID
		err error
	}
	res := make(chan result, 1)
	go func() {
		var t treeBuilder
		var size uint64
		for j := range order {
			<-j.done
			for _, h := range j.hashes {
				t.add(0, h) // no sink: cannot fail
			}
			size += uint64(len(j.data))
			free <- j.data[:cap(j.data)]
		}
		if size == 0 {
			res <- result{err: ErrEmptyPiece}
			return
		}
		root, err := t.finish()
		res <- result{PieceID{Root: root, Size: size}, err}
	}()

	var readErr error
	for {
		buf := <-free
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			j := &job{data: buf[:n], hashes: make([][32]byte, 0, (n+LeafSize-1)/LeafSize), done: make(chan struct{})}
			order <- j
			work <- j
		} else {
			free <- buf
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		if err != nil {
			readErr = fmt.Errorf("challenge: reading piece: %w", err)
			break
		}
	}
	close(work)
	close(order)
	wg.Wait()
	out := <-res
	if readErr != nil {
		return PieceID{}, readErr
	}
	return out.id, out.err
}
