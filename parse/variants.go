package parse

// Variants of one person's name that linking makes one person: a middle
// name left out or initialled ("Richard K. Guy", "Richard Guy"), a
// nickname in quotes or its short form ("Matiu \"Matt\" Ratana", "Matt
// Ratana"), a spelling without accents or with a letter wrong.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mergeMiddles merges the full names that share a first and a last word
// and differ only in middle names a shorter or initialled form leaves out
// ("Richard Guy", "Richard K. Guy", "Richard Kenneth Guy"): each into the
// one fuller name it fits, when only one fits. The shorter names go first,
// so that "Richard K. Guy" has gone into "Richard Kenneth Guy" before
// "Richard Guy" looks for its one fit. Only the people that share a
// first and a last word with another are compared: of an article's few
// people, found without allocating; past maxVariantPeople, by a map.
func (lk *linker) mergeMiddles() {
	people := lk.people
	if len(people) < 2 {
		return
	}
	if len(people) > maxVariantPeople {
		byEnds := make(map[[2]uint64][]*personAcc, len(people))
		for _, p := range people {
			if n := len(p.words); n >= 2 {
				k := [2]uint64{p.words[0], p.words[n-1]}
				byEnds[k] = append(byEnds[k], p)
			}
		}
		merged := map[*personAcc]bool{}
		for _, group := range byEnds {
			if len(group) > 1 {
				mergeMiddlesOf(lk.sc, group, func(p *personAcc) bool { return merged[p] }, func(p *personAcc) { merged[p] = true })
			}
		}
		if len(merged) > 0 {
			// (a new slice: lk.full shares lk.people's array)
			kept := people[:0:0]
			for _, p := range people {
				if !merged[p] {
					kept = append(kept, p)
				}
			}
			lk.people = kept
		}
		return
	}
	// Only names that share their first and last words with another can
	// merge: those few are found by comparing the ends' keys, flat, and
	// only they are compared pairwise, over and over while any merges.
	// (The pairs of all people, rescanned after each merge, were a
	// percent of Extract on a news article.)
	var ends [maxVariantPeople]uint64
	for i, p := range people {
		ends[i] = endsKey(p.words)
	}
	var shared [maxVariantPeople]bool
	some := false
	for i := range people {
		for j := i + 1; j < len(people); j++ {
			if ends[i] == ends[j] {
				shared[i], shared[j], some = true, true, true
			}
		}
	}
	if !some {
		return
	}
	var sharing [maxVariantPeople]*personAcc
	group := sharing[:0]
	for i, p := range people {
		if shared[i] {
			group = append(group, p)
		}
	}
	var gone [maxVariantPeople]bool
	at := func(p *personAcc) int { return slices.Index(people, p) }
	if mergeMiddlesOf(lk.sc, group, func(p *personAcc) bool { return gone[at(p)] }, func(p *personAcc) { gone[at(p)] = true }) {
		kept := people[:0:0]
		for i, p := range people {
			if !gone[i] {
				kept = append(kept, p)
			}
		}
		lk.people = kept
	}
}

// endsKey is the key of a full name's first and last words: the names
// that mergeMiddles may merge share it.
func endsKey(words []uint64) uint64 {
	return seqKey([]uint64{words[0], words[len(words)-1]})
}

// mergeMiddlesOf merges within people as mergeMiddles says, shortest
// names first; isGone and setGone keep which are merged, and sc the
// mentions. It reports
// whether any was.
func mergeMiddlesOf(sc *linkScratch, people []*personAcc, isGone func(*personAcc) bool, setGone func(*personAcc)) bool {
	most := 0
	for _, p := range people {
		most = max(most, len(p.words))
	}
	any := false
	for changed := true; changed; {
		changed = false
		for n := 2; n <= most; n++ {
			for _, p := range people {
				if len(p.words) != n || isGone(p) {
					continue
				}
				var into *personAcc
				fits := 0
				for _, q := range people {
					// (the words first: isGone may search, and few share both)
					if q != p && len(q.words) >= n && q.words[0] == p.words[0] && q.words[len(q.words)-1] == p.words[n-1] && !isGone(q) && middlesFit(p, q) &&
						!rolesApart(p.role, q.role) {
						into, fits = q, fits+1
					}
				}
				if fits == 1 {
					into.absorb(sc, p)
					setGone(p)
					changed, any = true, true
				}
			}
		}
	}
	return any
}

// mergeNicknames makes one person of a name written with a nickname in
// quotes (`Matiu "Matt" Ratana`, withNickname) and of the nickname with
// the surname ("Matt Ratana"), as a headline may write it; the name
// shown is the name without the nickname.
func (lk *linker) mergeNicknames() {
	var gone map[*personAcc]bool
	for _, p := range lk.people {
		if len(p.words) < 2 || fieldCount(p.display) <= len(p.words) {
			continue // (most: a word a field, no nickname between)
		}
		given, nick, rest := splitNickname(p.display)
		if nick == "" || len(p.words) < 2 || gone[p] {
			continue
		}
		p.display = given + " " + rest
		key := foldKey(nick)
		for _, q := range lk.people {
			// the nickname and the surname's words ("Eddie Van Halen")
			if q != p && len(q.words) >= 2 && len(q.words) <= len(p.words) && q.words[0] == key &&
				slices.Equal(q.words[1:], p.words[len(p.words)-len(q.words)+1:]) && !gone[q] {
				p.absorb(lk.sc, q)
				if gone == nil {
					gone = map[*personAcc]bool{}
				}
				gone[q] = true
			}
		}
	}
	if len(gone) > 0 {
		// in place: after mergeParts lk.people is its own list, not
		// lk.full's, with the room linkShorts appends to
		kept := lk.people[:0]
		for _, p := range lk.people {
			if !gone[p] {
				kept = append(kept, p)
			}
		}
		lk.people = kept
	}
}

// splitNickname splits `Matiu "Matt" Ratana` into the given names, the
// nickname and the rest, or returns nick "" for a name with none.
func splitNickname(name string) (given, nick, rest string) {
	sp := strings.IndexAny(name, "\"“'‘")
	if sp < 2 || name[sp-1] != ' ' {
		return "", "", ""
	}
	given, after := strings.TrimRight(name[:sp], " "), name[sp:]
	_, size := utf8.DecodeRuneInString(after)
	if !quoteMark(after[:size]) {
		return "", "", ""
	}
	end := strings.IndexAny(after[size:], "\"”'’")
	if end < 0 {
		return "", "", ""
	}
	nick = after[size : size+end]
	_, closeSize := utf8.DecodeRuneInString(after[size+end:])
	rest = strings.TrimLeft(after[size+end+closeSize:], " ")
	if nick == "" || rest == "" {
		return "", "", ""
	}
	return given, nick, rest
}

// rolesApart reports whether two roles say two people: both given and
// no word in common ("U.S. heiress" Gloria Vanderbilt and her "widowed
// mother, Gloria Morgan Vanderbilt").
func rolesApart(a, b string) bool {
	return a != "" && b != "" && !shareWord(a, b, 3)
}

// shareWord reports whether phrases a and b have a word of at least
// minLen bytes in common, in any case.
func shareWord(a, b string, minLen int) bool {
	for rest := a; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if len(w) >= minLen && containsWordFold(b, w) {
			return true
		}
	}
	return false
}

// containsWordFold reports whether s has the word w, in any case.
func containsWordFold(s, w string) bool {
	for rest := s; rest != ""; {
		var v string
		v, rest, _ = strings.Cut(rest, " ")
		if strings.EqualFold(v, w) {
			return true
		}
	}
	return false
}

// middlesFit reports whether p's middle names, in order, are among q's,
// each the same word or its initial ("K." of "Kenneth"), and q has more
// of them or spells one out.
func middlesFit(p, q *personAcc) bool {
	pm, qm := p.words[1:len(p.words)-1], q.words[1:len(q.words)-1]
	if len(pm) > len(qm) {
		return false
	}
	spelled := fieldCount(p.display) == len(p.words) && fieldCount(q.display) == len(q.words)
	fuller := len(pm) < len(qm)
	j := 0
	for i := range pm {
		for j < len(qm) && pm[i] != qm[j] && !(spelled && initialOf(field(p.display, i+1), field(q.display, j+1))) {
			j++
		}
		if j == len(qm) {
			return false
		}
		if pm[i] != qm[j] {
			fuller = true // an initial spelled out
		}
		j++
	}
	return fuller
}

// fieldCount counts the words of s between spaces, as strings.Fields
// would, without making them.
func fieldCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			n++
		}
	}
	return n
}

// field returns word k of s between spaces.
func field(s string, k int) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || i > 0 && s[i-1] != ' ' {
			continue
		}
		if k == 0 {
			end := strings.IndexByte(s[i:], ' ')
			if end < 0 {
				return s[i:]
			}
			return s[i : i+end]
		}
		k--
	}
	return ""
}

// initialOf reports whether a is the initial of word b: "K." or "K" of
// "Kenneth".
func initialOf(a, b string) bool {
	a = strings.TrimSuffix(a, ".")
	return len(a) == 1 && len(b) > 1 && isASCIIUpper(a[0]) && b[0] == a[0]
}

// mergeVariants merges the full names that differ only by a misspelling
// of one word other than the surname ("Kristin Wilkins", "Kristen
// Wilkins"): the later into the first.
func (lk *linker) mergeVariants() {
	if len(lk.people) < 2 {
		return
	}
	bySurname := &lk.sc.variants
	for _, p := range lk.people {
		if n := len(p.words); n >= 2 {
			e := bySurname.at(p.words[n-1])
			if e.n++; e.n == 1 {
				e.p = p
			} else {
				e.q = p
			}
		}
	}
	var merged map[*personAcc]bool
	for _, e := range bySurname.vals {
		// two full names with one surname, one a misspelling of the
		// other; among more, a family or a list, a near name is another
		// person's
		if e.n == 2 && variantNames(e.p, e.q) {
			e.p.absorb(lk.sc, e.q)
			if merged == nil {
				merged = map[*personAcc]bool{}
			}
			merged[e.q] = true
		}
	}
	if len(merged) == 0 {
		return
	}
	// in place: after mergeParts lk.people is its own list, not
	// lk.full's, with the room linkShorts appends to
	kept := lk.people[:0]
	for _, p := range lk.people {
		if !merged[p] {
			kept = append(kept, p)
		}
	}
	lk.people = kept
}

// variantPair is the first two full names of one surname, and how many
// there are.
type variantPair struct {
	p, q *personAcc
	n    int
}

// variantNames: p and q have as many words, all alike but one, not the
// last, which is one misspelling away ("Kristin", "Kristen").
func variantNames(p, q *personAcc) bool {
	if len(p.words) != len(q.words) {
		return false
	}
	diff := -1
	for i := range p.words {
		if p.words[i] != q.words[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 || diff == len(p.words)-1 {
		return false
	}
	a, na := nthField(p.display, diff)
	b, nb := nthField(q.display, diff)
	if na != len(p.words) || nb != len(q.words) {
		return false
	}
	return misspelling(a, b)
}

// misspelt is the person whose surname the one-word mention c misspells,
// if only one fits ("Ms Bauchtman" of Lydia Buchtmann, "said Mauer" of
// K.C. Maurer).
func (lk *linker) misspelt(c nameCand) *personAcc {
	if len(c.words) != 1 || len(lk.people) > maxVariantPeople {
		return nil
	}
	w := lk.text[c.start:c.end]
	var found *personAcc
	for _, p := range lk.people {
		if len(p.words) < 2 {
			continue
		}
		if last, n := nthField(p.display, len(p.words)-1); n == len(p.words) && misspelling(w, last) {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// nthField returns strings.Fields(s)[k] ("" if there is none) and how
// many fields s has, without making them: misspelt asks it of every
// person for each mention it reads.
func nthField(s string, k int) (w string, n int) {
	start := -1 // where the field being read starts
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) && start >= 0:
			if n == k {
				w = s[start:i]
			}
			n, start = n+1, -1
		case !unicode.IsSpace(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		if n == k {
			w = s[start:]
		}
		n++
	}
	return w, n
}

// misspelling: a and b are one edit apart (two for words of eight letters
// or more), start alike and are no shorter than five letters: "Kristin"
// and "Kristen", "Mauer" and "Maurer", "Bauchtman" and "Buchtmann".
func misspelling(a, b string) bool {
	if len(a) < 5 || len(b) < 5 || len(a) > 24 || len(b) > 24 || !isASCII(a) || !isASCII(b) ||
		lowerASCIIByte(a[0]) != lowerASCIIByte(b[0]) || strings.EqualFold(a, b) {
		return false
	}
	most := 1
	if min(len(a), len(b)) >= 8 {
		most = 2
	}
	if d := len(a) - len(b); d > most || -d > most {
		return false
	}
	return editDistance(a, b) <= most
}

// editDistance is the Levenshtein distance of two short words, in any
// case of ASCII letters (lowered as compared, not into new strings).
func editDistance(a, b string) int {
	var row [25]int
	for j := 0; j <= len(b); j++ {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cur := row[j]
			cost := 1
			if lowerASCIIByte(a[i-1]) == lowerASCIIByte(b[j-1]) {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, prev+cost)
			prev = cur
		}
	}
	return row[len(b)]
}
