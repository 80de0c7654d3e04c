package parse

// Mentions: the index of full-name people by surname, given name, middle
// name and alias, and the choice of which person a short mention means.

import (
	"strings"

	"github.com/factpane/factpane/parse/lexicons"
)

// index makes a full-name person a candidate for the short mentions.
func (lk *linker) index(p *personAcc) {
	p.indexed = true
	w := p.words
	lk.addSurname(w[len(w)-1], p, 0)
	if bare := articleSurname(p.display); bare != "" {
		if k := foldKey(bare); k != w[len(w)-1] {
			lk.addSurname(k, p, 0) // "Omar Hassan al-Bashir" ... "Mr. Bashir"
		}
	}
	if len(w) >= 2 {
		if p.surnameFirst {
			if w[0] == w[len(w)-1] {
				s := lk.surnames.val(w[0])
				s.list = appendTo(&lk.sc.lists, s.list, p) // a member already
			} else {
				lk.addSurname(w[0], p, 0)
			}
		} else {
			g := lk.givens.at(w[0])
			*g = appendTo(&lk.sc.lists, *g, p)
		}
	}
	for i := 1; i < len(w)-1; i++ {
		if i >= 8 || p.particleAt&(1<<i) == 0 {
			m := lk.middles.at(w[i])
			*m = appendTo(&lk.sc.lists, *m, p)
		}
	}
	lk.joinSuffixes(p, 0)
}

// articleSurname is the surname of name without the Arabic article it
// is written with ("al-Bashir", "el-Sisi"): news often drops it on later
// mentions. It is "" when the last word has no such article.
func articleSurname(name string) string {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	h := strings.IndexByte(last, '-')
	if h <= 0 || h == len(last)-1 {
		return ""
	}
	switch strings.ToLower(last[:h]) {
	case "al", "el", "ul":
		return last[h+1:]
	}
	return ""
}

// addSurname adds p, not yet among them, to the people surname w can
// mean; at is p's latest mention (0 for none yet).
func (lk *linker) addSurname(w uint64, p *personAcc, at int) {
	ps := lk.surnames.at(w)
	if *ps == nil {
		*ps = lk.sc.sets.next()
	}
	s := *ps
	s.list = appendTo(&lk.sc.lists, s.list, p)
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
		s := lk.surnames.val(w)
		s.list = appendTo(&lk.sc.lists, s.list, p)
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
		ps := lk.surnames.at(w)
		if *ps == nil {
			*ps = lk.sc.sets.next()
		}
		s := *ps
		s.list = appendTo(&lk.sc.lists, s.list, p)
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
	if lk.bySuffix.len() == 0 {
		return
	}
	n := len(p.words)
	for k := 2; k <= n; k++ {
		if s := lk.bySuffix.val(seqKey(p.words[n-k:])); s != nil && hasSuffixWords(p.words, s.words) {
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
	p.sets = appendTo(&lk.sc.memberships, p.sets, m)
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
	if len(c.words) < len(p.words) && p.hasFull && c.start > p.firstFull && c.marks&markFragment == 0 {
		p.ev |= evLater
	}
	// a shorter mention used as a thing's name ("the Warhol Polaroid")
	// says nothing against the person it mentions; the name itself so
	// used does ("Boeing ... the Boeing company")
	if len(c.words) < len(p.words) {
		c.ev &^= evThing | evThingUse | evMedia
	}
	// "How Winter Wreaks Havoc" ... "Winter can also bring": an everyday
	// word that opens a sentence is capitalised by its place, and one
	// after a capitalised preposition ("A Battle Against Winter") by a
	// title's case, so alone it does not make a headline's words a name
	// the body uses
	if p.ev&evBody == 0 && len(c.words) == 1 && c.ev&^(evBody|evGiven) == 0 {
		toks := lk.art.toks
		if t := toks[c.first]; t.is(cCommon) && (t.sent() || c.first > 0 && toks[c.first-1].capital() && toks[c.first-1].is(cStop)) {
			c.ev &^= evBody
		}
	}
	p.add(lk.sc, lk.text, c)
	lk.mentioned(p, c.start)
}

// nearest is the person a one-word mention at pos means: the one of its
// surname mentioned last before it. A mention at byte 0 has none before
// it and takes a surname only one person has.
func (lk *linker) nearest(w uint64, pos int) *personAcc {
	if pos == 0 {
		if s := lk.surnames.val(w); s != nil && len(s.list) == 1 {
			return s.list[0]
		}
		return nil
	}
	set := lk.surnames.val(w)
	if set == nil {
		return nil
	}
	return notKin(set.pick(), set.list, nil)
}

// notKin is p, the person a short mention means by recency, unless p is
// a relative ("his daughter Nettie Baker ... Baker was hospitalised"):
// a relative who shares the surname of the person a story is about is
// written by full or given name, so the short mention is another of the
// people who could be meant (of them, those whose names end in words,
// when words is given) that is no relative.
func notKin(p *personAcc, people []*personAcc, words []uint64) *personAcc {
	if p == nil || !kinRole(p.role) {
		return p
	}
	for _, q := range people {
		if q != p && !kinRole(q.role) && (words == nil || hasSuffixWords(q.words, words)) {
			return q
		}
	}
	return p
}

// kinNouns are the nouns for relatives (sets.txt).
var kinNouns = lexicons.Named("sets.txt", "kin-nouns")

// kinRole reports a role that makes the person someone's relative:
// "daughter", "his wife", "son of the mayor".
func kinRole(role string) bool {
	return role != "" && kinNouns[new(foldBuf).of(roleHead(role))] // (folded without a new string)
}

// nearestTail is the person a weak multi-word run means: of the people of
// its last word whose names end in it, the one mentioned last before it.
func (lk *linker) nearestTail(c nameCand) *personAcc {
	if c.start == 0 {
		var fits []*personAcc
		for _, p := range lk.surnames.val(c.words[len(c.words)-1]).listed() {
			if hasSuffixWords(p.words, c.words) {
				fits = append(fits, p)
			}
		}
		if len(fits) == 1 {
			return fits[0]
		}
		return nil
	}
	return notKin(lk.bySuffix.val(seqKey(c.words)).pick(), lk.surnames.val(c.words[len(c.words)-1]).listed(), c.words)
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

// seqKey hashes a name's words in order: the key of a full name.
func seqKey(words []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, w := range words {
		h = (h ^ w) * fnvPrime
	}
	return h
}

// tokensKey is seqKey of the folded words of tokens first..last: the
// key of a name or a body written there, read without a words slice.
func tokensKey(toks []token, text string, first, last int) uint64 {
	h := uint64(fnvOffset)
	for i := first; i <= last; i++ {
		h = (h ^ foldKey(toks[i].word(text))) * fnvPrime
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
