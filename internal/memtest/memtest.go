// Package memtest measures memory for benchmarks: how much heap a piece of
// work holds at its peak, which allocation counters (B/op) do not say.
package memtest

import (
	"runtime"
	"sync/atomic"
	"time"
)

// HeapPeak runs f and returns the most heap in use (runtime.MemStats
// HeapAlloc: live objects and those not yet swept) seen while it ran,
// sampled every millisecond, and once more when it returns.
func HeapPeak(f func()) uint64 {
	var peak atomic.Uint64
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.HeapAlloc > peak.Load() {
			peak.Store(m.HeapAlloc)
		}
	}
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				sample()
			}
		}
	}()
	f()
	close(done)
	<-stopped
	sample()
	return peak.Load()
}
