package parse

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
)

// Linking: the candidates become people. Each distinct strong full name
// is a person; a full name that is the head or tail of a longer one is
// that person; then, in text order, each shorter mention (a surname, a
// titled surname, a possessive, an alias, a given name used alone) goes to
// the person of that name mentioned last before it.

// linkPeople groups the candidates into people: full names first, then
// shorter mentions to the person they refer to.
func linkPeople(text string, cands []nameCand, art *article) []model.Person {
	// the maps of full names are sized for them up front: growing them
	// was a fifth of linking on a news article
	full := 0
	for i := range cands {
		if cands[i].strong && len(cands[i].words) >= 2 {
			full++
		}
	}
	lk := &linker{text: text, cands: cands, art: art, byLastTok: make(map[int]*personAcc, full)}
	shorts := lk.linkFull(full)
	lk.mergeParts()
	lk.mergeVariants()
	lk.linkShorts(shorts)
	lk.linkCaps()
	lk.agesByRole()
	return lk.output()
}

// linker holds the state of linkPeople's stages.
type linker struct {
	text  string
	cands []nameCand
	art   *article
	// people found, in order of discovery; full also keeps the full names
	// merged into longer ones, whose mentions a later alias may still reach
	people, full []*personAcc
	byLastTok    map[int]*personAcc // full-name mentions by their last token, for aliases
	// Surnames: the last word; for names written surname first ("Kim
	// Jong-un", "Lee Cheuk-yan") the first word too, and aliases.
	surnames map[uint64]*mentionSet
	bySuffix map[uint64]*mentionSet // by seqKey of a weak multi-word run
	aliased  map[aliasKey]bool      // surnames a full name joined as an alias
	// given names, and middle names ("Lula" of "Luiz Inácio Lula da Silva")
	givens, middles map[uint64][]*personAcc
	events          []uint64 // full-name mentions in text order: start<<32 | index in full
	swept           int      // events noted so far
	aliasJoins      int      // surnames joined as aliases
}

// linkFull makes a person of each distinct strong full name (there are
// fullNames strong names of two words or more) and returns the indices of
// the mentions to link after the full names.
func (lk *linker) linkFull(fullNames int) []int {
	byKey := make(map[uint64]*personAcc, fullNames)
	shorts := make([]int, 0, len(lk.cands))
	full := surnameKeys(lk.cands, fullNames)
	for i := range lk.cands {
		c := &lk.cands[i]
		if len(c.words) < 2 {
			shorts = append(shorts, i)
			continue
		}
		key := seqKey(c.words)
		if !c.firstGiven && !c.titled && c.role == "" && full.other(c.words[0], key) && !full.other(c.words[len(c.words)-1], key) && !c.tailNameLike {
			// "Warhol Polaroid exhibits", "the Warhol Factory": a known
			// surname used as a modifier is a mention of that person
			c.words, c.end, c.strong = c.words[:1], int(c.firstEnd), false
			shorts = append(shorts, i)
			continue
		}
		if !c.strong {
			shorts = append(shorts, i)
			continue
		}
		p := byKey[key]
		if p == nil {
			p = &personAcc{}
			byKey[key] = p
			lk.people = append(lk.people, p)
		}
		p.add(lk.text, *c)
		p.fullStarts = append(p.fullStarts, c.start)
		lk.byLastTok[int(c.last)] = p
	}
	lk.full = lk.people
	return shorts
}

// fullSurnames records, for each last word of a strong name of two or
// more words, which names end in it (one key and a count suffice).
type fullSurnames map[uint64]struct {
	key   uint64
	count int
}

// surnameKeys makes the fullSurnames of the candidates, fullNames of
// which are such names.
func surnameKeys(cands []nameCand, fullNames int) fullSurnames {
	m := make(fullSurnames, fullNames)
	for _, c := range cands {
		if !c.strong || len(c.words) < 2 {
			continue
		}
		last, key := c.words[len(c.words)-1], seqKey(c.words)
		e := m[last]
		if e.count == 0 || e.key != key && e.count == 1 {
			if e.count == 0 {
				e.key = key
			}
			e.count++
		}
		m[last] = e
	}
	return m
}

// other reports whether w is the surname of a full name other than self.
func (full fullSurnames) other(w, self uint64) bool {
	e := full[w]
	return e.count > 1 || e.count == 1 && e.key != self
}

// mergeParts: a full name that is the tail or head of a longer one ("De
// Bruyne" of "Kevin De Bruyne", "Omar Ismail" of "Omar Ismail Mostefai") is
// that person, when only one longer name fits. Each longer name is indexed
// under the key of each of its proper heads and tails of two words or more
// (full names have two at least, and at most maxNameWords), so a name looks
// up the longer names it is part of directly: scanning every name that
// shares its first or last word is quadratic when many people share a
// given name or a surname.
func (lk *linker) mergeParts() {
	byPart := map[uint64][]*personAcc{}
	for _, q := range lk.people {
		n := len(q.words)
		for k := 2; k < n; k++ {
			for _, key := range [2]uint64{seqKey(q.words[:k]), seqKey(q.words[n-k:])} {
				// a head and a tail can be the same words ("A B A B A")
				if e := byPart[key]; len(e) == 0 || e[len(e)-1] != q {
					byPart[key] = append(e, q)
				}
			}
		}
	}
	merged := lk.people[:0:0]
	for _, p := range lk.people {
		var into *personAcc
		count := 0
		for _, q := range byPart[seqKey(p.words)] {
			// the check guards against a hash collision; a second fit
			// settles it
			if q != into && len(q.words) > len(p.words) && (hasSuffixWords(q.words, p.words) || hasPrefixWords(q.words, p.words)) {
				into = q
				if count++; count == 2 {
					break
				}
			}
		}
		if count == 1 {
			into.mentions = append(into.mentions, p.mentions...)
			into.fullStarts = append(into.fullStarts, p.fullStarts...)
			slices.Sort(into.fullStarts)
			if into.role == "" {
				into.role = p.role
			}
			if into.age == 0 {
				into.age = p.age
			}
			into.ev |= p.ev
			continue
		}
		merged = append(merged, p)
	}
	lk.people = merged
}

// linkShorts links each shorter mention, in text order, to the person it
// refers to, or makes it a person of its own.
func (lk *linker) linkShorts(shorts []int) {
	cands := lk.cands
	lk.surnames, lk.bySuffix, lk.aliased = make(map[uint64]*mentionSet, len(cands)), map[uint64]*mentionSet{}, map[aliasKey]bool{}
	lk.givens, lk.middles = make(map[uint64][]*personAcc, len(lk.people)), map[uint64][]*personAcc{}
	for _, i := range shorts {
		if c := &cands[i]; len(c.words) > 1 {
			lk.bySuffix[seqKey(c.words)] = &mentionSet{words: c.words}
		}
	}
	for _, p := range lk.people {
		lk.index(p)
	}
	// the events as numbers, a mention's start above its person's index,
	// so that sorting them compares integers: sorting them with a
	// comparison function was a tenth of linking
	n := 0
	for _, p := range lk.full {
		n += len(p.fullStarts)
	}
	lk.events = make([]uint64, 0, n)
	for i, p := range lk.full {
		for _, at := range p.fullStarts {
			lk.events = append(lk.events, uint64(at)<<32|uint64(i))
		}
	}
	slices.Sort(lk.events)
	// A given name standing alone several times ("Gloria" of a story told
	// by first name) is a person even without a title.
	repeatedGiven := map[uint64]bool{}
	seen := map[uint64]int{}
	for _, i := range shorts {
		if c := &cands[i]; len(c.words) == 1 && c.given {
			seen[c.words[0]]++
			if seen[c.words[0]] >= 2 {
				repeatedGiven[c.words[0]] = true
			}
		}
	}
	for _, i := range shorts {
		c := cands[i]
		lk.sweepTo(c.start)
		if c.marks&markPlace != 0 {
			continue // "a woman from Jackson, Mississippi" is no mention of Mayor Jackson
		}
		last := c.words[len(c.words)-1]
		if p := lk.byLastTok[int(c.aliasOf)]; c.aliasOf >= 0 && p != nil {
			// "Joko Widodo, known as Jokowi": the alias is his, and so are
			// its later mentions
			lk.addShort(p, c)
			lk.aliasSurname(last, p, c.start)
			continue
		}
		if len(c.words) > 1 {
			// a weak multi-word run ("De Bruyne"): the tail of a full name
			if p := lk.nearestTail(c); p != nil {
				lk.addShort(p, c)
			}
			continue
		}
		if p := lk.nearest(last, c.start); p != nil {
			lk.addShort(p, c)
			continue
		}
		// a given name alone ("Ivan's condition") or a middle name used as
		// the common name ("Lula") when one person has it; not a word the
		// article uses for a thing ("Hurricane Irma ... Irma's winds" are
		// no mention of Irma Lopez)
		if lk.art.has(seqKey(c.words), factThing) && c.ev&(evTitle|evRole|evAge|evSpeech) == 0 {
			continue
		}
		if g := lk.givens[last]; len(g) == 1 {
			lk.addShort(g[0], c)
			continue
		}
		if m := lk.middles[last]; len(m) == 1 && len(lk.givens[last]) == 0 {
			lk.addShort(m[0], c)
			continue
		}
		if !c.strong && !(repeatedGiven[last] && c.given) {
			continue
		}
		// a word the article uses for a thing or a place ("Hurricane Irma",
		// "Sola Airport", "in Sola") stands for a person alone only with a
		// title, a role, an age or speech
		if key := seqKey(c.words); lk.art.has(key, factThing|factPlace) && c.ev&(evTitle|evRole|evAge|evSpeech) == 0 {
			continue
		}
		// "Ms Bauchtman said" of Lydia Buchtmann: a misspelt surname
		if p := lk.misspelt(c); p != nil {
			lk.addShort(p, c)
			continue
		}
		p := &personAcc{}
		p.add(lk.text, c)
		lk.people = append(lk.people, p)
		lk.addSurname(last, p, c.start)
	}
}

// maxVariantPeople bounds the people a misspelt name is compared with:
// news misspells a name among a few, and the bound keeps linking linear.
const maxVariantPeople = 64

// mergeVariants merges the full names that differ only by a misspelling
// of one word other than the surname ("Kristin Wilkins", "Kristen
// Wilkins"): the later into the first.
func (lk *linker) mergeVariants() {
	if len(lk.people) < 2 {
		return
	}
	// the full names by surname: the first two, and how many
	type pair struct {
		p, q *personAcc
		n    int
	}
	bySurname := make(map[uint64]pair, len(lk.people))
	for _, p := range lk.people {
		if n := len(p.words); n >= 2 {
			e := bySurname[p.words[n-1]]
			if e.n++; e.n == 1 {
				e.p = p
			} else {
				e.q = p
			}
			bySurname[p.words[n-1]] = e
		}
	}
	var merged map[*personAcc]bool
	for _, e := range bySurname {
		// two full names with one surname, one a misspelling of the
		// other; among more, a family or a list, a near name is another
		// person's
		if e.n == 2 && variantNames(e.p, e.q) {
			e.p.absorb(e.q)
			if merged == nil {
				merged = map[*personAcc]bool{}
			}
			merged[e.q] = true
		}
	}
	if len(merged) == 0 {
		return
	}
	kept := lk.people[:0:0]
	for _, p := range lk.people {
		if !merged[p] {
			kept = append(kept, p)
		}
	}
	lk.people = kept
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
	a, b := strings.Fields(p.display), strings.Fields(q.display)
	if len(a) != len(p.words) || len(b) != len(q.words) {
		return false
	}
	return misspelling(a[diff], b[diff])
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
		f := strings.Fields(p.display)
		if len(f) == len(p.words) && misspelling(w, f[len(f)-1]) {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// misspelling: a and b are one edit apart (two for words of eight letters
// or more), start alike and are no shorter than five letters: "Kristin"
// and "Kristen", "Mauer" and "Maurer", "Bauchtman" and "Buchtmann".
func misspelling(a, b string) bool {
	if len(a) < 5 || len(b) < 5 || len(a) > 24 || len(b) > 24 || !isASCII(a) || !isASCII(b) ||
		lowerASCIIByte(a[0]) != lowerASCIIByte(b[0]) || lowerASCIIEqual(a, lowerASCII(b)) {
		return false
	}
	most := 1
	if min(len(a), len(b)) >= 8 {
		most = 2
	}
	if d := len(a) - len(b); d > most || -d > most {
		return false
	}
	return editDistance(lowerASCII(a), lowerASCII(b)) <= most
}

// editDistance is the Levenshtein distance of two short words.
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
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, prev+cost)
			prev = cur
		}
	}
	return row[len(b)]
}

// absorb makes q's mentions, role and age p's.
func (p *personAcc) absorb(q *personAcc) {
	p.mentions = append(p.mentions, q.mentions...)
	p.fullStarts = append(p.fullStarts, q.fullStarts...)
	slices.Sort(p.fullStarts)
	if p.role == "" {
		p.role = q.role
	}
	if p.age == 0 {
		p.age = q.age
	}
	p.ev |= q.ev
}

// linkCaps finds the people named in the body in the lines written in
// capitals ("MAYOR JACKSON WINS SECOND TERM"), where no name is read: a
// full name, or a surname only one person has.
func (lk *linker) linkCaps() {
	if len(lk.art.caps) == 0 || len(lk.people) == 0 {
		return
	}
	byFirst := map[uint64][]*personAcc{}
	bySurname := map[uint64][]*personAcc{}
	for _, p := range lk.people {
		if len(p.words) >= 2 {
			byFirst[p.words[0]] = append(byFirst[p.words[0]], p)
		}
		w := p.words[len(p.words)-1]
		bySurname[w] = append(bySurname[w], p)
	}
	toks, text := lk.art.toks, lk.text
	for _, line := range lk.art.caps {
		for i := line.first; i <= line.last; i++ {
			if toks[i].kind != tWord {
				continue
			}
			key := foldKey(toks[i].word(text))
			matched := false
			for _, p := range byFirst[key] {
				n := len(p.words)
				if i+n-1 > line.last {
					continue
				}
				ok := true
				for k := 1; k < n && ok; k++ {
					ok = toks[i+k].kind == tWord && foldKey(toks[i+k].word(text)) == p.words[k]
				}
				if ok {
					lk.capsMention(p, i, i+n-1)
					i += n - 1
					matched = true
					break
				}
			}
			if !matched && len(bySurname[key]) == 1 && !toks[i].is(cStop) {
				lk.capsMention(bySurname[key][0], i, i)
			}
		}
	}
}

// agesByRole gives an age the text states of a role, not a name, to the
// one person with that role: "Toronto serial killer Bruce McArthur ... The
// 67-year-old killer had kept a bracelet".
func (lk *linker) agesByRole() {
	var byRole map[string]*personAcc
	toks, text := lk.art.toks, lk.text
	for _, i := range lk.art.ages {
		n, ok := yearOld(toks[i].word(text))
		if !ok || int(i)+1 >= len(toks) {
			continue
		}
		// the noun after it, in lower case, then no name: "the
		// 21-year-old student Jane Roe" is hers (ageBefore)
		next := toks[i+1]
		if next.kind != tWord || next.capital() || !isRoleWord(next, text) || int(i)+2 < len(toks) && toks[i+2].capital() {
			continue
		}
		if byRole == nil {
			byRole = lk.roleHeads()
		}
		if p := byRole[next.word(text)]; p != nil && p.age == 0 {
			p.age = int32(n)
		}
	}
}

// roleHeads maps the last word of each person's role to the person, when
// only one person's role ends in it.
func (lk *linker) roleHeads() map[string]*personAcc {
	m := map[string]*personAcc{}
	for _, p := range lk.people {
		role := p.role
		if role == "" {
			continue
		}
		head := strings.ToLower(role[strings.LastIndexByte(role, ' ')+1:])
		if q, ok := m[head]; ok && q != p {
			m[head] = nil // two people: neither
			continue
		}
		m[head] = p
	}
	return m
}

func (lk *linker) capsMention(p *personAcc, first, last int) {
	toks := lk.art.toks
	start, end := int(toks[first].start), toks[last].wordEnd(lk.text)
	p.mentions = append(p.mentions, model.Mention{Start: start, End: end, Text: lk.text[start:end]})
}

// index makes a full-name person a candidate for the short mentions.
func (lk *linker) index(p *personAcc) {
	p.indexed = true
	w := p.words
	lk.addSurname(w[len(w)-1], p, 0)
	if len(w) >= 2 {
		if p.surnameFirst {
			if w[0] == w[len(w)-1] {
				lk.surnames[w[0]].list = append(lk.surnames[w[0]].list, p) // a member already
			} else {
				lk.addSurname(w[0], p, 0)
			}
		} else {
			lk.givens[w[0]] = append(lk.givens[w[0]], p)
		}
	}
	for i := 1; i < len(w)-1; i++ {
		if i >= 8 || p.particleAt&(1<<i) == 0 {
			lk.middles[w[i]] = append(lk.middles[w[i]], p)
		}
	}
	lk.joinSuffixes(p, 0)
}

// addSurname adds p, not yet among them, to the people surname w can
// mean; at is p's latest mention (0 for none yet).
func (lk *linker) addSurname(w uint64, p *personAcc, at int) {
	s := lk.surnames[w]
	if s == nil {
		s = &mentionSet{}
		lk.surnames[w] = s
	}
	s.list = append(s.list, p)
	lk.join(s, p, at)
}

// aliasKey is a surname (alias) and a full name that joined it as an alias.
type aliasKey struct {
	w uint64
	p *personAcc
}

// aliasSurname adds full name p to the people alias w can mean, on its
// mention at at. The full name may be one merged into a longer name: its
// later mentions are then lost, as they always were.
func (lk *linker) aliasSurname(w uint64, p *personAcc, at int) {
	pw := p.words
	member := p.indexed && (pw[len(pw)-1] == w || p.surnameFirst && pw[0] == w) || lk.aliased[aliasKey{w, p}]
	if member {
		// noted at at already; only the count for byte 0 grows
		lk.surnames[w].list = append(lk.surnames[w].list, p)
		return
	}
	lk.aliased[aliasKey{w, p}] = true
	lk.aliasJoins++
	p.aliases++
	if p.aliases > 4 && p.aliases*p.aliases > lk.aliasJoins {
		// Noting every mention of one person on each of many aliases is
		// quadratic ("Joko Widodo, known as …" with a new alias each
		// time), and so is reading every member of an alias that many
		// people share; a person whose aliases outnumber the root of all
		// aliases given is read, not noted. Few people can have that many,
		// so a set reads a few and a person notes on a few: O(n√n) at
		// worst, linear in any real text.
		s := lk.surnames[w]
		if s == nil {
			s = &mentionSet{}
			lk.surnames[w] = s
		}
		s.list = append(s.list, p)
		if s.first == nil {
			s.first = p
		}
		s.pulled = append(s.pulled, puller{p, s.size})
		s.size++
	} else {
		lk.addSurname(w, p, at)
	}
	if pw[len(pw)-1] == w {
		lk.joinSuffixes(p, at) // a merged full name whose alias is its own surname
	}
}

// joinSuffixes adds p to the set of each weak run its name ends in (names
// have at most maxNameWords words).
func (lk *linker) joinSuffixes(p *personAcc, at int) {
	if len(lk.bySuffix) == 0 {
		return
	}
	n := len(p.words)
	for k := 2; k <= n; k++ {
		if s := lk.bySuffix[seqKey(p.words[n-k:])]; s != nil && hasSuffixWords(p.words, s.words) {
			lk.join(s, p, at)
		}
	}
}

// join makes p, not yet one, a member of s; at is p's latest mention.
func (lk *linker) join(s *mentionSet, p *personAcc, at int) {
	m := membership{s, s.size}
	s.size++
	if s.first == nil {
		s.first = p
	}
	p.sets = append(p.sets, m)
	m.note(p, at)
}

// sweepTo notes every full-name mention before pos.
func (lk *linker) sweepTo(pos int) {
	for ; lk.swept < len(lk.events) && int(lk.events[lk.swept]>>32) < pos; lk.swept++ {
		e := lk.events[lk.swept]
		lk.mentioned(lk.full[uint32(e)], int(e>>32))
	}
}

// mentioned notes a mention of p at at on p's sets; the sweep calls it in
// text order.
func (lk *linker) mentioned(p *personAcc, at int) {
	p.lastAt = at
	for _, m := range p.sets {
		m.note(p, at)
	}
}

// addShort links short mention c to p.
func (lk *linker) addShort(p *personAcc, c nameCand) {
	if c.marks&markLone != 0 {
		c = readLone(c, lk.art.toks, lk.text)
	}
	// a surname alone after the full name says the name is a person's;
	// before it, or as the rest of a thing's name ("Siemens" of "Siemens
	// Energy"), it says nothing
	if len(c.words) < len(p.words) && len(p.fullStarts) > 0 && c.start > p.fullStarts[0] && c.marks&markFragment == 0 {
		p.ev |= evLater
	}
	// a shorter mention used as a thing's name ("the Warhol Polaroid")
	// says nothing against the person it mentions
	c.ev &^= evThing | evThingUse
	p.add(lk.text, c)
	lk.mentioned(p, c.start)
}

// nearest is the person a one-word mention at pos means: the one of its
// surname mentioned last before it. A mention at byte 0 has none before
// it and takes a surname only one person has.
func (lk *linker) nearest(w uint64, pos int) *personAcc {
	if pos == 0 {
		if s := lk.surnames[w]; s != nil && len(s.list) == 1 {
			return s.list[0]
		}
		return nil
	}
	return lk.surnames[w].pick()
}

// nearestTail is the person a weak multi-word run means: of the people of
// its last word whose names end in it, the one mentioned last before it.
func (lk *linker) nearestTail(c nameCand) *personAcc {
	if c.start == 0 {
		var fits []*personAcc
		for _, p := range lk.surnames[c.words[len(c.words)-1]].listed() {
			if hasSuffixWords(p.words, c.words) {
				fits = append(fits, p)
			}
		}
		if len(fits) == 1 {
			return fits[0]
		}
		return nil
	}
	return lk.bySuffix[seqKey(c.words)].pick()
}

// A short mention means, of the people it could refer to, the one
// mentioned last before it; with none mentioned before it (a mention at
// byte 0 counts as none), the first of them to be indexed; a short mention
// at byte 0 itself means the only one, if there is only one. Scanning the
// candidates for each mention is quadratic when many people share a
// surname, so each set of candidates — the people with one surname, or
// whose names end in one weak run ("De Bruyne") — keeps its most recent
// member as the mentions are swept in text order: every mention of a
// member is noted on each set the member belongs to when the sweep passes
// it.
type mentionSet struct {
	// for a surname, the people indexed under it in order, again for each
	// alias: how many there are decides a mention at byte 0
	list        []*personAcc
	first       *personAcc // the first member: the pick when none was mentioned before
	size        int        // members so far; a member's order is its rank of joining
	words       []uint64   // for a weak run's set, the run's words
	recent      *personAcc // the member mentioned last before the sweep, or nil
	recentAt    int
	recentOrder int
	// Members that do not note their mentions here: people given many
	// aliases (aliasSurname). pick reads their last mention instead.
	pulled []puller
}

// puller is a member a set reads rather than is told of.
type puller struct {
	p     *personAcc
	order int
}

// membership is one person's place in one mention set.
type membership struct {
	set   *mentionSet
	order int
}

// note records a mention of member p at byte at. Two members can share a
// mention (the mentions of a name merged into a longer one are both
// names'); the member that joined first keeps it, so the pick is the first
// of equals in the set's order, as a scan of the set would find.
func (ms membership) note(p *personAcc, at int) {
	s := ms.set
	if at > s.recentAt || at == s.recentAt && at > 0 && ms.order < s.recentOrder {
		s.recent, s.recentAt, s.recentOrder = p, at, ms.order
	}
}

// listed is the set's list; a nil set lists no one.
func (set *mentionSet) listed() []*personAcc {
	if set == nil {
		return nil
	}
	return set.list
}

// pick is the member a mention after every noted one means, or nil.
func (set *mentionSet) pick() *personAcc {
	if set == nil {
		return nil
	}
	best, bestAt, bestOrder := set.recent, set.recentAt, set.recentOrder
	for _, m := range set.pulled {
		if at := m.p.lastAt; at > bestAt || at == bestAt && at > 0 && m.order < bestOrder {
			best, bestAt, bestOrder = m.p, at, m.order
		}
	}
	if best != nil {
		return best
	}
	return set.first
}

// personAcc collects one person while linking.
type personAcc struct {
	words []uint64 // folded words of the fullest name
	// shape of the fullest name (nameCand)
	surnameFirst bool
	particleAt   uint8
	display      string
	role         string
	age          int32
	mentions     []model.Mention
	fullStarts   []int        // starts of the full-name mentions, for the sweep's events
	sets         []membership // the mention sets the person has joined and notes its mentions on
	lastAt       int          // the start of its last mention swept
	aliases      int          // the aliases it was given
	indexed      bool         // a full name kept after merging, indexed by its words
	ev           evidence     // the evidence of all its mentions
}

func (p *personAcc) add(text string, c nameCand) {
	p.mentions = append(p.mentions, model.Mention{Start: c.start, End: c.end, Text: text[c.start:c.end]})
	if len(c.words) > len(p.words) {
		p.words, p.display = c.words, text[c.start:c.end]
		p.surnameFirst, p.particleAt = c.surnameFirst, c.particleAt
	}
	if p.role == "" {
		p.role = c.role
	}
	if p.age == 0 {
		p.age = c.age
	}
	p.ev |= c.ev
}

// output gives the people in order of their first mention.
func (lk *linker) output() []model.Person {
	out := make([]model.Person, 0, len(lk.people))
	for _, p := range lk.people {
		if !p.ev.isPerson() {
			continue // a name and nothing that says it is a person's
		}
		if lk.art.has(seqKey(p.words), factThing|factPlace) && p.ev&(evTitle|evRole|evAge) == 0 {
			continue // "the cargo ship Namse Bangdzod ... Namse Bangdzod was last seen"
		}
		slices.SortFunc(p.mentions, func(a, b model.Mention) int { return cmp.Compare(a.Start, b.Start) })
		person := model.Person{Name: singleSpaced(p.display), Role: p.role, Mentions: p.mentions}
		if p.age > 0 {
			a := int(p.age)
			person.Age = &a
		}
		out = append(out, person)
	}
	slices.SortStableFunc(out, func(a, b model.Person) int { return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start) })
	return out
}

// singleSpaced is strings.Join(strings.Fields(s), " "): s itself when it
// is already single-spaced and trimmed, as nearly every name is.
func singleSpaced(s string) string {
	// most names are ASCII letters with single spaces: one byte loop
	// tells, and no rune is decoded
	ok := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; i < len(s) && ok; i++ {
		c := s[i]
		ok = c > ' ' && c < utf8.RuneSelf || c == ' ' && s[i-1] != ' '
	}
	if ok {
		return s
	}
	prevSpace := true // a leading space needs trimming
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
			continue
		}
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = false
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}

// seqKey hashes a name's words in order: the key of a full name.
func seqKey(words []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, w := range words {
		h = (h ^ w) * fnvPrime
	}
	return h
}

func hasSuffixWords(long, short []uint64) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

func hasPrefixWords(long, short []uint64) bool {
	if len(short) > len(long) {
		return false
	}
	for i, w := range short {
		if long[i] != w {
			return false
		}
	}
	return true
}
