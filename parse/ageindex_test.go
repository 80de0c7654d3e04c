package parse

import (
	"math/rand"
	"sort"
	"testing"
)

// TestAgeIndexSearch holds ageIndex.search, which starts where the last
// search ended, to sort.SearchInts for searches in any order.
func TestAgeIndexSearch(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		a := &ageIndex{}
		for n := r.Intn(40); n > 0; n-- {
			a.ends = append(a.ends, r.Intn(100))
		}
		sort.Ints(a.ends)
		x := 0
		for q := 0; q < 50; q++ {
			if r.Intn(4) == 0 {
				x = r.Intn(110) // anywhere
			} else {
				x += r.Intn(6) // onwards, as the figure finder reads
			}
			want := sort.SearchInts(a.ends, x)
			if got := a.search(x); got != want {
				t.Fatalf("search(%d) in %v = %d, want %d", x, a.ends, got, want)
			}
			if got, want := a.has(x), want < len(a.ends) && a.ends[want] == x; got != want {
				t.Fatalf("has(%d) in %v = %v, want %v", x, a.ends, got, want)
			}
		}
	}
}
