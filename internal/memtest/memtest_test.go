package memtest

import "testing"

// A buffer held while f runs shows in the peak, though f frees it.
func TestHeapPeakSeesWhatFHolds(t *testing.T) {
	const size = 64 << 20
	var sink []byte
	peak := HeapPeak(func() {
		sink = make([]byte, size)
		for i := range sink {
			sink[i] = 1
		}
		sink = nil
	})
	if peak < size {
		t.Errorf("peak %d bytes, want at least the %d bytes f held", peak, size)
	}
	_ = sink
}
