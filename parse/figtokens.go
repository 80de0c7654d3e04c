package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The figure finder reads a line as a flat slice of tokens. A token is a
// word ("Cazeneuve", "twenty-three", "Friday’s"), a number as written
// ("115,000", "12.5", "14-week", "3bn", "2007-12") or one punctuation rune.
// Lines are tokenised one at a time into a reused buffer, so the cost is
// linear in the text and the memory is bounded by the longest line.

type ftokKind uint8

const (
	ftWord  ftokKind = iota + 1 // starts with a letter
	ftNum                       // starts with a digit
	ftPunct                     // one rune that is neither
)

// ftok is one token: a byte span of the text and what the keyword table
// knows about it (nil for words it does not know).
type ftok struct {
	start, end int
	kind       ftokKind
	upper      bool // first rune is upper-case
	hyphen     bool // a word with a hyphen inside ("twenty-three")
	// maybeNum is a cheap "startsNumber might say yes": a digit, a number
	// word, a word that can open one ("a", "half") or a hyphenated word.
	maybeNum bool
	kw       *figWord
}

// figTokenize appends the tokens of text[lo:hi] to buf and returns it.
func figTokenize(buf []ftok, text string, lo, hi int) []ftok {
	var low [48]byte
	i := lo
	for i < hi {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v':
				i++
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// Fast path: a plain ASCII word ends at a space or
				// punctuation; hash it lower-cased as it is read.
				h := uint32(2166136261)
				j := i
				for ; j < hi; j++ {
					b := lowerLetter[text[j]]
					if b == 0 {
						break
					}
					h = (h ^ uint32(b)) * 16777619
				}
				if j == hi || !plainWordEnd(text, j) {
					j, poss := scanWord(text, i, hi) // digits, hyphens, apostrophes, accents
					t := ftok{start: i, end: j, kind: ftWord, upper: c <= 'Z'}
					t.kw = lookupFigWord(&low, text[i:j], poss)
					t.hyphen = t.kw == nil && strings.IndexByte(text[i:j], '-') > 0
					t.markMaybeNum()
					buf = append(buf, t)
					i = j
					continue
				}
				t := ftok{start: i, end: j, kind: ftWord, upper: c <= 'Z'}
				if j-i <= figTable.maxLen {
					t.kw = figTable.getFold(text[i:j], h)
				}
				t.markMaybeNum()
				buf = append(buf, t)
				i = j
			case isASCIIAlnum(c):
				j, poss := scanWord(text, i, hi)
				t := ftok{start: i, end: j, kind: ftWord}
				if c >= '0' && c <= '9' {
					t.kind = ftNum
				} else {
					t.upper = c >= 'A' && c <= 'Z'
					t.kw = lookupFigWord(&low, text[i:j], poss)
					t.hyphen = t.kw == nil && strings.IndexByte(text[i:j], '-') > 0
				}
				t.markMaybeNum()
				buf = append(buf, t)
				i = j
			default:
				buf = append(buf, ftok{start: i, end: i + 1, kind: ftPunct})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j, poss := scanWord(text, i, hi)
			t := ftok{start: i, end: j, kind: ftWord, upper: unicode.IsUpper(r)}
			t.kw = lookupFigWord(&low, text[i:j], poss)
			t.hyphen = t.kw == nil && strings.IndexByte(text[i:j], '-') > 0
			t.markMaybeNum()
			buf = append(buf, t)
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			buf = append(buf, ftok{start: i, end: i + size, kind: ftPunct})
			i += size
		}
	}
	return buf
}

// lowerLetter maps an ASCII letter to its lower case and every other byte
// to 0: one load per byte in figTokenize's inner loop instead of two range
// tests.
var lowerLetter = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// markMaybeNum sets maybeNum on a word or number token as it is made (a
// pass over the line's tokens afterwards cost as much again in memory
// traffic); punctuation keeps it false.
func (t *ftok) markMaybeNum() {
	switch {
	case t.kind == ftNum || t.hyphen:
		t.maybeNum = true
	case t.kw != nil:
		t.maybeNum = t.kw.isNum || t.kw.vague > 0 || t.kw.cls&fcNumLead != 0
	}
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lookupFigWord finds a word in the keyword table, case-insensitively and
// without allocating. A possessive ’s is dropped first ("Friday’s").
func lookupFigWord(buf *[48]byte, w string, poss bool) *figWord {
	if poss {
		w = w[:len(w)-possessiveLen(w)]
	} else if strings.HasSuffix(w, ".") {
		w = w[:len(w)-1] // the full stop of an initial or an abbreviation ("St.")
	}
	if len(w) > len(buf) || len(w) > figTable.maxLen {
		return nil
	}
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
		h = (h ^ uint32(c)) * 16777619
	}
	return figTable.get(buf[:len(w)], h)
}

// figTable is figWords as an open-addressing hash table whose hash is
// computed while the word is lower-cased: the tokenizer looks up every
// word of the text, and this is several times faster than a Go map.
var figTable = newFigWordTable(figWords)

type figWordTable struct {
	mask   uint32
	maxLen int
	keys   []string
	vals   []*figWord
	// tags holds each slot's hash and key length (0: empty), so a probe
	// that cannot match is settled without reading the key's bytes
	tags []figTag
}

type figTag struct {
	hash uint32
	n    uint32
}

func newFigWordTable(m map[string]*figWord) *figWordTable {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := &figWordTable{mask: uint32(size - 1), keys: make([]string, size), vals: make([]*figWord, size), tags: make([]figTag, size)}
	for k, v := range m {
		h := uint32(2166136261)
		for i := 0; i < len(k); i++ {
			h = (h ^ uint32(k[i])) * 16777619
		}
		full := h
		for h &= t.mask; t.keys[h] != ""; h = (h + 1) & t.mask {
		}
		t.keys[h], t.vals[h], t.tags[h] = k, v, figTag{full, uint32(len(k))}
		t.maxLen = max(t.maxLen, len(k))
	}
	return t
}

// getFold finds an ASCII word whatever its case; h is the hash of its
// lower-case form.
func (t *figWordTable) getFold(w string, h uint32) *figWord {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		tag := t.tags[i]
		if tag.n == 0 {
			return nil
		}
		if tag.hash == h && int(tag.n) == len(w) {
			k := t.keys[i]
			same := true
			for i := 0; i < len(w); i++ {
				if w[i]|0x20 != k[i] {
					same = false
					break
				}
			}
			if same {
				return t.vals[i]
			}
		}
	}
}

// plainWordEnd reports whether the ASCII letters before j end a word:
// what follows cannot join it (a digit, a non-ASCII letter, a hyphen, an
// apostrophe, the full stop of an initial) — scanWord reads the others.
func plainWordEnd(text string, j int) bool {
	switch c := text[j]; {
	case c >= '0' && c <= '9', c >= utf8.RuneSelf, c == '-', c == '\'', c == '.':
		return false
	}
	return true
}

func (t *figWordTable) get(w []byte, h uint32) *figWord {
	for h &= t.mask; ; h = (h + 1) & t.mask {
		k := t.keys[h]
		if k == "" {
			return nil
		}
		if k == string(w) {
			return t.vals[h]
		}
	}
}

// lowerASCII returns the lower-case ASCII form of s; it is used only around
// numbers, never per token of the whole text.
func lowerASCII(s string) string {
	for k := 0; k < len(s); k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := k; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
