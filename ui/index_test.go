package ui

import (
	"math/rand"
	"slices"
	"testing"
)

// TestMentionIndexMatchesScan checks the index against the walk over every
// fact it replaced, on random facts whose mentions overlap each other and
// include a few long ones, for random views.
func TestMentionIndexMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		const textLen = 5000
		facts := make([]fact, 1+rng.Intn(40))
		for i := range facts {
			var spans []span
			pos := rng.Intn(200)
			for pos < textLen && rng.Intn(8) > 0 {
				n := 1 + rng.Intn(30)
				if rng.Intn(20) == 0 {
					n = maxIndexedSpan + rng.Intn(2000) // a paragraph reported as a mention
				}
				spans = append(spans, span{pos, min(pos+n, textLen)})
				pos += n + rng.Intn(600)
			}
			facts[i].spans = spans
		}
		x := newMentionIndex(facts)
		if !slices.IsSortedFunc(x.short, func(a, b indexedSpan) int { return a.start - b.start }) {
			t.Fatalf("round %d: index not sorted", round)
		}
		for q := 0; q < 50; q++ {
			s := rng.Intn(textLen)
			v := span{s, s + rng.Intn(800)}
			var want []int
			for i, f := range facts {
				j := (marks{spans: f.spans}).firstFrom(v.start)
				if j < len(f.spans) && f.spans[j].start < v.end {
					want = append(want, i)
				}
			}
			if got := x.inView(v, nil); !slices.Equal(got, want) {
				t.Fatalf("round %d, view %v: got %v, want %v", round, v, got, want)
			}
		}
	}
}
