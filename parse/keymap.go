package parse

// keyMap maps the keys of words and names (foldKey, seqKey) to values of
// T: the linker's indexes of one article's people. The keys are hashes
// already, so their own bits pick a slot (as in hashTable); a Go map
// hashed each key again, and its lookups, inserts and clearing were a
// third of linking on a news article. A keyMap keeps its arrays between
// articles (reset), and its values in the order their keys came.
type keyMap[T any] struct {
	// slots holds 1 + the index of a key in keys, 0 for an empty slot:
	// open addressing with linear probing, a power of two long and at
	// most half full
	slots []int32
	shift uint8 // 64 - log2(len(slots))
	keys  []uint64
	vals  []T
}

// len is the number of keys.
func (m *keyMap[T]) len() int { return len(m.keys) }

// find returns the slot of key k, or the empty slot where it would go,
// and what the slot holds.
func (m *keyMap[T]) find(k uint64) (slot uint64, e int32) {
	mask := uint64(len(m.slots) - 1)
	i := (k * 0x9E3779B97F4A7C15) >> (m.shift & 63)
	for {
		e := m.slots[i]
		if e == 0 || m.keys[e-1] == k {
			return i, e
		}
		i = (i + 1) & mask
	}
}

// get returns k's value, or nil when k has none. The pointer holds until
// a key is added.
func (m *keyMap[T]) get(k uint64) *T {
	if len(m.keys) == 0 {
		return nil
	}
	if _, e := m.find(k); e != 0 {
		return &m.vals[e-1]
	}
	return nil
}

// val returns k's value, or the zero value when k has none, as a Go
// map's index does.
func (m *keyMap[T]) val(k uint64) T {
	var v T
	if len(m.keys) > 0 {
		if _, e := m.find(k); e != 0 {
			v = m.vals[e-1]
		}
	}
	return v
}

// at returns k's value, adding k with the zero value when it has none.
// The pointer holds until a key is added.
func (m *keyMap[T]) at(k uint64) *T {
	if 2*(len(m.keys)+1) > len(m.slots) {
		m.grow()
	}
	i, e := m.find(k)
	if e == 0 {
		var zero T
		m.keys, m.vals = append(m.keys, k), append(m.vals, zero)
		e = int32(len(m.keys))
		m.slots[i] = e
	}
	return &m.vals[e-1]
}

// grow doubles the slots and places the keys in them again.
func (m *keyMap[T]) grow() {
	bits := uint8(4)
	for 1<<bits < 4*(len(m.keys)+1) {
		bits++
	}
	m.slots, m.shift = make([]int32, 1<<bits), 64-bits
	for n, k := range m.keys {
		i, _ := m.find(k)
		m.slots[i] = int32(n + 1)
	}
}

// reset empties the map, keeping its arrays; the values are cleared, so
// that a pooled map keeps nothing they point to alive.
func (m *keyMap[T]) reset() {
	if len(m.keys) == 0 {
		return
	}
	clear(m.slots)
	clear(m.vals)
	m.keys, m.vals = m.keys[:0], m.vals[:0]
}
