package parse

import (
	"math/rand"
	"testing"
)

// keyMap answers as the Go map it stands in for: through growth, reset
// and reuse, every key added gives its value and every other key none.
func TestKeyMap(t *testing.T) {
	var m keyMap[int]
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 7, 100, 3000, 5} {
		want := map[uint64]int{}
		for i := 0; i < n; i++ {
			k := rng.Uint64()
			if i%5 == 0 {
				k = uint64(i) // small keys, 0 among them
			}
			*m.at(k) += i + 1
			want[k] += i + 1
		}
		if m.len() != len(want) {
			t.Errorf("n=%d: len %d, want %d", n, m.len(), len(want))
		}
		for k, v := range want {
			if got := m.val(k); got != v {
				t.Errorf("n=%d: val(%x) = %d, want %d", n, k, got, v)
			}
		}
		for i := 0; i < 1000; i++ {
			if k := rng.Uint64(); want[k] == 0 && m.get(k) != nil {
				t.Errorf("n=%d: get(%x) found a key never added", n, k)
			}
		}
		for i, k := range m.keys {
			if m.vals[i] != want[k] {
				t.Errorf("n=%d: the values are not in the order of their keys", n)
				break
			}
		}
		m.reset()
		if m.len() != 0 || m.get(0) != nil || m.val(1) != 0 {
			t.Errorf("n=%d: reset left keys", n)
		}
	}
}
