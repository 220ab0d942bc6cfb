package faults

import (
	"context"
	"time"
)

func sleep(ctx context.Context) {
	select {
	case <-ctx.Done():
	case <-time.After(500 * time.Millisecond):
	}
}
