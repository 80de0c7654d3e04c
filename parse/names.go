package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names: the runs of capitalised words (with the particles between them)
// that can hold a person's name, the shapes only names have, and the
// folded keys names are compared by. candidates.go weighs each run.

// run is a maximal sequence of capitalised words and the particles between
// them, within one line and one clause: toks[first..last].
type run struct{ first, last int }

// lineStart is a line that holds runs: the index of its first run, and
// its first token.
type lineStart struct{ run, tok int32 }

// nameRuns finds the runs of text. A possessive word ends its run.
func nameRuns(toks []token, text string) []run { return nameRunsInto(nil, nil, nil, toks, text) }

// nameRunsInto is nameRuns appending to buf[:0]. It notes on the way,
// when lines and ages are not nil, where the lines with runs start and
// the tokens that may state an age ("21-year-old"): every token passes
// here, and few are those.
func nameRunsInto(buf []run, lines *[]lineStart, ages *[]int32, toks []token, text string) []run {
	runs := buf[:0]
	if cap(runs) < len(toks)/8 {
		runs = make([]run, 0, len(toks)/8)
	}
	line, noted := 0, false
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// Most tokens are words in lower case and punctuation, and
		// nothing is noted of them: one test that they have no capital
		// and no hyphen lets them by. (Asking first whether a token
		// starts a run, then whether it is a word, was two branches
		// that went one way or the other with the text.)
		if t.flags&(fCapital|fHyphen) == 0 && t.kind != tBreak && t.kind != tNum {
			continue
		}
		// startsRun, read in place
		if t.flags&fCapital == 0 || t.cls&cStop != 0 {
			if t.kind == tWord {
				// "the sixteen-year-old Swede": an age in words (a hyphen
				// the keywords lack, ending in "old")
				if t.flags&fHyphen != 0 && ages != nil && t.end-t.start > uint32(len("one-year-old")) && text[t.end-1] == 'd' {
					*ages = append(*ages, int32(i))
				}
				continue // the most frequent: a word in lower case
			}
			if t.kind == tBreak {
				line, noted = i+1, false
			} else if t.kind == tNum && ages != nil && t.end-t.start >= uint32(len("1-year-old")) && text[t.end-1] == 'd' {
				*ages = append(*ages, int32(i))
			}
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
				(j+2 >= len(toks) || !toks[j+2].alnum() || !toks[j+2].capital() && !determiner(toks[j+2], text)) {
				j++
				break
			}
			break
		}
		if !noted && lines != nil {
			*lines = append(*lines, lineStart{int32(len(runs)), int32(line)})
			noted = true
		}
		runs = append(runs, run{i, j})
		i = j
	}
	return runs
}

// startsRun: a capitalised word that is not a function word.
func startsRun(t token) bool {
	return t.capital() && t.cls&cStop == 0 // only a word can be capitalised, and no number is
}

// determiner: "the", "a", "an", which follow a preposition ("In the
// Kowloon West ..."), not a name.
func determiner(t token, text string) bool {
	return isStop(t, text, "the") || isStop(t, text, "a") || isStop(t, text, "an")
}

// isStop is t.isWord(text, w) for a function word w of [stop] ("the",
// "of", "as"): the class rules most tokens out without reading them.
func isStop(t token, text, w string) bool { return t.is(cStop) && t.isWord(text, w) }

// isParticle reports whether t is a name particle written in lower case
// ("dela", "bin").
func isParticle(t token, text string) bool {
	if !t.is(cParticle) {
		return false
	}
	w := t.word(text)
	return isASCII(w) && !hasASCIIUpper(w)
}

// maxNameWords bounds a name's words, particles included: "Luiz Inácio
// Lula da Silva" has six.
const maxNameWords = 7

// joinWords joins the words of toks[first..last] with single spaces.
func joinWords(toks []token, text string, first, last int) string {
	if first == last {
		return toks[first].word(text)
	}
	// words written one space apart are their own join: the text itself,
	// not a new string
	n, spaced := 0, true
	for i := first; i <= last; i++ {
		end := toks[i].wordEnd(text)
		n += end - int(toks[i].start) + 1
		if i < last && (int(toks[i+1].start) != end+1 || text[end] != ' ') {
			spaced = false
		}
	}
	if spaced {
		return text[toks[first].start:toks[last].wordEnd(text)]
	}
	var b strings.Builder
	b.Grow(n)
	for i := first; i <= last; i++ {
		if i > first {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].word(text))
	}
	return b.String()
}

// nameShaped: a word whose shape only names have: an Arabic article
// ("al-Mohammad"), initials ("L.", "K.C."), a Mc/Mac/O' surname, or a
// hyphenated East Asian given name ("Jong-un", "Shin-Wook").
func nameShaped(t token, text string) bool {
	w := t.word(text)
	if isArabicArticle(w) || strings.HasSuffix(w, ".") && !t.acronym() || gluedInitial(w) {
		return true
	}
	if strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "O'") || strings.HasPrefix(w, "O’") {
		return len(w) > 3
	}
	return asianGiven(w)
}

// asianGiven recognises the two-syllable hyphenated given names of Chinese
// and Korean names written surname first: "Jong-un", "Chung-tai",
// "Shin-Wook".
func asianGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") {
		return false
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < 2 || na > 6 || nb < 2 || nb > 6 {
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsUpper(ra) || !isASCIILetters(a) || !isASCIILetters(b) || hasASCIIUpper(a[1:]) {
		return false // "II-era", "UK-based": a numeral or an acronym first
	}
	// "Prize-winner", "Paris-based" are English compounds
	lx := loadLexicon()
	return !(nb >= 5 && lx.isCommon(strings.ToLower(b)))
}

// gluedInitial: "C.Suthorn", an initial written against the surname.
func gluedInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < size+3 || w[size] != '.' {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[size+1:])
	return unicode.IsUpper(r2) && !strings.HasSuffix(w, ".")
}

// nameSuffix: "Jr.", "Sr", "II", "III", "XVI" end a name as written.
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "Jnr", "Snr":
		return true
	}
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVX", rune(w[i])) {
			return false
		}
	}
	return true
}

// brandShaped: a word with capitals inside that no name prefix explains
// ("JPMorgan", "PayPal", "YouTube") is a brand; "McDonald", "DiCaprio",
// "O'Brien", "LeBron" are names.
func brandShaped(w string) bool {
	inner := false
	for i := 1; i < len(w); i++ {
		if isASCIIUpper(w[i]) && isASCIILower(w[i-1]) {
			inner = true
			break
		}
	}
	if !inner {
		// "JPMorgan": two capitals then lower case
		if len(w) > 3 && isASCIIUpper(w[0]) && isASCIIUpper(w[1]) && w[2] != '.' && !isASCIIUpper(w[len(w)-1]) && strings.IndexByte(w, '-') < 0 {
			return true
		}
		return false
	}
	for _, p := range [...]string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von", "St", "Fitz", "Ma"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && isASCIIUpper(w[len(p)]) {
			return false
		}
	}
	return !strings.ContainsAny(w, "-'’")
}

// partyTag: the party-and-state tags of US news ("R-Texas", "D-N.Y.").
func partyTag(w string) bool {
	return len(w) > 2 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && isASCIIUpper(w[2])
}

// fold lower-cases w and drops the accents of Latin letters, so that
// "Brudziński" and "Brudzinski" are one surname.
func fold(w string) string {
	if isASCII(w) {
		return strings.ToLower(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// appendFold appends fold(w) to b.
func appendFold(b []byte, w string) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, foldRune(r))
	}
	return b
}

// foldRune is what fold makes of one rune.
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r >= 0x80 {
		if f, ok := foldTable[r]; ok {
			r = f
		}
	}
	if r == '’' {
		r = '\''
	}
	return r
}

// foldKey is fold(w) as a 64-bit FNV-1a hash: the key people are linked by.
// An ASCII word is folded and hashed in one pass (asking isASCII first
// read every word twice); a word beyond ASCII is hashed rune by rune as
// it is folded: making fold(w) was an allocation for every such word of
// a name.
func foldKey(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return foldKeyRunes(w)
		}
		h = (h ^ uint64(lowerASCIIByte(c))) * fnvPrime
	}
	return h
}

// foldKeyRunes is foldKey of a word beyond ASCII.
func foldKeyRunes(w string) uint64 {
	h := uint64(fnvOffset)
	var buf [utf8.UTFMax]byte
	for _, r := range w {
		n := utf8.EncodeRune(buf[:], foldRune(r))
		for _, c := range buf[:n] {
			h = (h ^ uint64(c)) * fnvPrime
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
