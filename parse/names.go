package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factpane/factpane/parse/lexicons"
)

// The word grammar that person names are found in: a tokenizer that keeps
// byte offsets, and the runs of capitalised words (with name particles) that
// can hold a name.

// Hand-curated closed classes. Each is a small grammatical list, not a
// gazetteer: the words that mark a capitalised run as something other
// than a person, or that glue a name together.

// isParticle reports whether t is a name particle written in lower case
// ("dela", "bin").
func isParticle(t token, text string) bool {
	w := t.word(text)
	return t.is(cParticle) && isASCII(w) && !hasASCIIUpper(w)
}

// shipPrefixes name ships ("HMS Victory", "USS Cole").
var shipPrefixes = lexicons.Named("sets.txt", "ship-prefixes")

// fold lower-cases w and drops the accents of Latin letters, so that
// "Brudziński" and "Brudzinski" are one surname.
func fold(w string) string {
	if isASCII(w) {
		return strings.ToLower(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		r = unicode.ToLower(r)
		if r >= 0x80 {
			if f, ok := foldTable[r]; ok {
				r = f
			}
		}
		if r == '’' {
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldKey is fold(w) as a 64-bit FNV-1a hash, computed without building
// the folded string: the key people are linked by.
func foldKey(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			r = f
		}
		if r == '’' {
			r = '\''
		}
		var buf [utf8.UTFMax]byte
		for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
			h = (h ^ uint64(b)) * fnvPrime
		}
	}
	return h
}

var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő",
		'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// run is a maximal sequence of capitalised words and the particles between
// them, within one line and one clause: toks[first..last].
type run struct{ first, last int }

// nameRuns finds the runs of text. A possessive word ends its run.
func nameRuns(toks []token, text string) []run { return nameRunsInto(nil, toks, text) }

// nameRunsInto is nameRuns appending to buf[:0].
func nameRunsInto(buf []run, toks []token, text string) []run {
	runs := buf[:0]
	if cap(runs) < len(toks)/8 {
		runs = make([]run, 0, len(toks)/8)
	}
	for i := 0; i < len(toks); i++ {
		if !startsRun(toks[i]) {
			continue
		}
		j := i
		for !toks[j].poss() && j+1 < len(toks) {
			n := toks[j+1]
			if startsRun(n) {
				j++
				continue
			}
			// a lower-case particle between two capitalised words
			if n.alnum() && isParticle(n, text) && j+2 < len(toks) && startsRun(toks[j+2]) && !toks[j+1].poss() {
				j += 2
				continue
			}
			// "Nguyen Van An, 52", "James To said": a short name syllable
			// that is also an English function word ends a name when the
			// sentence goes on in lower case or punctuation
			if n.alnum() && n.capital() && !n.sent() && n.is(cStop) && len(n.word(text)) == 2 && !n.acronym() &&
				(j+2 >= len(toks) || !toks[j+2].alnum() || !toks[j+2].capital()) {
				j++
				break
			}
			break
		}
		runs = append(runs, run{i, j})
		i = j
	}
	return runs
}

// startsRun: a capitalised word that is not a function word.
func startsRun(t token) bool {
	return t.alnum() && t.capital() && !t.digit() && t.cls&cStop == 0
}

// eponymousFirms are companies and institutions named after people that
// news writes without a suffix ("Morgan Stanley said"); a closed list of
// the best known, since no suffix or context tells them from a person.
var eponymousFirms = lexicons.Named("sets.txt", "eponymous-firms")
