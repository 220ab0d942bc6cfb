package bls

import "testing"

func TestChunkBoundsCoverEveryIndex(t *testing.T) {
	for n := 1; n <= 200; n++ {
		for k := 1; k <= min(n, 40); k++ {
			b := chunkBounds(n, k)
			if b[0] != 0 || b[k] != n {
				t.Fatalf("n=%d k=%d: bounds %v do not span [0,n)", n, k, b)
			}
			for i := range k {
				if b[i+1] <= b[i] {
					t.Fatalf("n=%d k=%d: empty or reversed chunk %d in %v", n, k, i, b)
				}
			}
		}
	}
}
