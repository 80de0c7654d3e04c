package parse

import (
	"cmp"
	"slices"
	"strings"
	"sync"

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
	// the lists of full names are sized for them up front: growing them
	// was a fifth of linking on a news article
	full := 0
	for i := range cands {
		if cands[i].strong && len(cands[i].words) >= 2 {
			full++
		}
	}
	sc := linkScratchPool.Get().(*linkScratch)
	defer sc.release()
	lk := &linker{text: text, cands: cands, art: art, sc: sc, byLastTok: sc.byLastTok[:0]}
	// a candidate is one mention at most; merging copies a few and the
	// lines in capitals add a few: sized so, the list grows at most once
	if n := len(cands) + len(cands)/4 + 16; cap(sc.mentions) < n {
		sc.mentions = make([]mentionRec, 0, n)
	}
	if cap(lk.byLastTok) < full {
		lk.byLastTok = make([]lastTok, 0, full)
	}
	shorts := lk.linkFull(full)
	lk.mergeMiddles()
	lk.mergeParts()
	lk.mergeVariants()
	lk.mergeNicknames()
	lk.linkShorts(shorts)
	lk.linkCaps()
	lk.agesByRole()
	out := lk.output()
	sc.keep(lk)
	return out
}

// linkScratch holds the linker's maps and the people and mention sets it
// makes, between calls: on a news article they were two thirds of the
// bytes Extract allocated, each person and set its own allocation. The
// people and sets come from slabs (slab.next); nothing of them
// reaches the returned people: output copies their mentions into an
// array of the call's own.
type linkScratch struct {
	byLastTok          []lastTok
	byKey              keyMap[*personAcc]
	full               fullSurnames
	byPart             keyMap[[]*personAcc]
	surnames, bySuffix keyMap[*mentionSet]
	aliased            map[aliasKey]bool
	givens, middles    keyMap[[]*personAcc]
	seen               map[uint64]int
	repeated           map[uint64]bool
	shorts             []int
	events             []uint64
	people             slab[personAcc] // every person the linker makes
	sets               slab[mentionSet]
	// the first element of the lists of linking, most of which hold one
	lists       slab[*personAcc]
	memberships slab[membership]
	// every person's mentions, each person's a list through them: a
	// person's own slice of them grew mention by mention, a third of
	// the allocations of Extract on a news article
	mentions []mentionRec
	kept     []*personAcc // the people output keeps
	// the linker's lists of people: the full names (linker.full), and
	// the people after mergeParts, with room for a person of each short
	// mention; grown person by person they were a tenth of the
	// allocations
	fullPeople, mergedPeople []*personAcc
	variants                 keyMap[variantPair] // mergeVariants' full names by surname
}

// mentionRec is one mention of a person while linking; its text is the
// text's bytes from start to end.
type mentionRec struct {
	start, end uint32 // (a text is under 4 GiB, as the events assume)
	next       int32  // the person's next mention, if it has one
}

// mentionList is a person's mentions, in the order they were added, as a
// list through linkScratch.mentions.
type mentionList struct {
	head, tail int32 // the first and last mention, when there is one
	n          int32
}

// addMention appends the mention from start to end to list l.
func (sc *linkScratch) addMention(l *mentionList, start, end int) {
	k := int32(len(sc.mentions))
	sc.mentions = append(sc.mentions, mentionRec{start: uint32(start), end: uint32(end)})
	if l.n == 0 {
		l.head = k
	} else {
		sc.mentions[l.tail].next = k
	}
	l.tail = k
	l.n++
}

// slab hands out elements of one array, one or a few at a time: the
// linker's people, sets and short lists were each an allocation of their
// own.
type slab[T any] struct{ buf []T }

// next returns a pointer to a new zero element. A full array is replaced
// by a larger one, not grown: the elements handed out keep their
// addresses (the old array stays with them).
func (sl *slab[T]) next() *T {
	if len(sl.buf) == cap(sl.buf) {
		sl.buf = make([]T, 0, max(2*cap(sl.buf), 16))
	}
	var zero T
	sl.buf = append(sl.buf, zero)
	return &sl.buf[len(sl.buf)-1]
}

// carve returns n new zero elements in a row, capped at n.
func (sl *slab[T]) carve(n int) []T {
	if cap(sl.buf)-len(sl.buf) < n {
		sl.buf = make([]T, 0, max(2*cap(sl.buf), 16, n))
	}
	from := len(sl.buf)
	sl.buf = sl.buf[:from+n]
	return sl.buf[from : from+n : from+n]
}

// appendTo appends v to s, taking the arrays from sl: most lists the
// linker makes (a surname's people, a person's sets) hold one element,
// and the rest a few, each of which was an allocation of its own. A full
// list moves to twice the room carved from sl, as append would move it;
// the room it leaves is the slab's until reset.
func appendTo[T any](sl *slab[T], s []T, v T) []T {
	if len(s) < cap(s) {
		return append(s, v)
	}
	t := sl.carve(max(1, 2*len(s)))
	copy(t, s)
	t[len(s)] = v
	return t[:len(s)+1]
}

// reset clears the slab, so that the pool keeps no people alive.
func (sl *slab[T]) reset() {
	clear(sl.buf)
	sl.buf = sl.buf[:0]
}

var linkScratchPool = sync.Pool{New: func() any { return new(linkScratch) }}

// maxPooledPeople bounds what the pool keeps: one huge input should not
// pin its maps and slabs for the process.
const maxPooledPeople = 1 << 12

// keep takes back the maps and slices the linker made or grew.
func (sc *linkScratch) keep(lk *linker) {
	sc.byLastTok, sc.aliased, sc.events = lk.byLastTok, lk.aliased, lk.events
}

// release clears what the linker left and returns it to the pool, unless
// it grew past the bound: the collector takes it then.
func (sc *linkScratch) release() {
	if cap(sc.byLastTok) > maxPooledPeople || sc.surnames.len() > maxPooledPeople || len(sc.people.buf) > maxPooledPeople ||
		len(sc.sets.buf) > maxPooledPeople || cap(sc.shorts) > maxPooledPeople*4 || sc.byPart.len() > maxPooledPeople ||
		sc.givens.len() > maxPooledPeople || sc.middles.len() > maxPooledPeople || len(sc.seen) > maxPooledPeople ||
		sc.bySuffix.len() > maxPooledPeople || len(sc.aliased) > maxPooledPeople || sc.full.len() > maxPooledPeople ||
		len(sc.lists.buf) > maxPooledPeople || len(sc.memberships.buf) > maxPooledPeople ||
		cap(sc.mentions) > maxPooledPeople*4 || cap(sc.mergedPeople) > maxPooledPeople*4 || sc.variants.len() > maxPooledPeople {
		return
	}
	// cleared, so that the pool keeps no text or people alive
	clear(sc.byLastTok)
	sc.byLastTok = sc.byLastTok[:0]
	sc.byKey.reset()
	sc.full.reset()
	sc.byPart.reset()
	sc.surnames.reset()
	sc.bySuffix.reset()
	clear(sc.aliased)
	sc.givens.reset()
	sc.middles.reset()
	clear(sc.seen)
	clear(sc.repeated)
	sc.people.reset()
	sc.sets.reset()
	sc.lists.reset()
	sc.memberships.reset()
	sc.shorts, sc.events, sc.mentions = sc.shorts[:0], sc.events[:0], sc.mentions[:0]
	clear(sc.kept)
	sc.kept = sc.kept[:0]
	clear(sc.fullPeople)
	sc.fullPeople = sc.fullPeople[:0]
	// (linkShorts appended past the length kept)
	clear(sc.mergedPeople[:cap(sc.mergedPeople)])
	sc.mergedPeople = sc.mergedPeople[:0]
	sc.variants.reset()
	linkScratchPool.Put(sc)
}

// linker holds the state of linkPeople's stages.
type linker struct {
	text  string
	cands []nameCand
	art   *article
	sc    *linkScratch
	// people found, in order of discovery; full also keeps the full names
	// merged into longer ones, whose mentions a later alias may still reach
	people, full []*personAcc
	byLastTok    []lastTok // full-name mentions by their last token, in text order, for aliases
	// Surnames: the last word; for names written surname first ("Kim
	// Jong-un", "Lee Cheuk-yan") the first word too, and aliases.
	surnames *keyMap[*mentionSet]
	bySuffix *keyMap[*mentionSet] // by seqKey of a weak multi-word run
	aliased  map[aliasKey]bool    // surnames a full name joined as an alias
	// given names, and middle names ("Lula" of "Luiz Inácio Lula da Silva")
	givens, middles *keyMap[[]*personAcc]
	events          []uint64 // full-name mentions in text order: start<<32 | index in full
	swept           int      // events noted so far
	aliasJoins      int      // surnames joined as aliases
}

// linkFull makes a person of each distinct strong full name (there are
// fullNames strong names of two words or more) and returns the indices of
// the mentions to link after the full names.
func (lk *linker) linkFull(fullNames int) []int {
	byKey := &lk.sc.byKey
	shorts := lk.sc.shorts[:0]
	if cap(shorts) < len(lk.cands) {
		shorts = make([]int, 0, len(lk.cands))
	}
	if cap(lk.sc.fullPeople) < fullNames {
		lk.sc.fullPeople = make([]*personAcc, 0, fullNames)
	}
	lk.people = lk.sc.fullPeople[:0]
	full := surnameKeys(&lk.sc.full, lk.cands)
	for i := range lk.cands {
		c := &lk.cands[i]
		if len(c.words) < 2 {
			shorts = append(shorts, i)
			continue
		}
		key := seqKey(c.words)
		if !c.firstGiven && !c.titled && c.role == "" && otherName(full, c.words[0], key) && !otherName(full, c.words[len(c.words)-1], key) && !c.tailNameLike {
			// "Warhol Polaroid exhibits", "the Warhol Factory": a known
			// surname used as a modifier is a mention of that person
			c.words, c.end, c.strong = c.words[:1], int(c.firstEnd), false
			shorts = append(shorts, i)
			continue
		}
		// "Van Halen was a native of the Netherlands" (after Eddie Van
		// Halen): a particle and a surname that ends another's full name
		// mention that person, with whatever they say of them ("Ben
		// Chan" is no particle's: "Ben" is a given name too)
		if !c.strong || len(c.words) == 2 && lk.art.toks[c.first].is(cCapParticle) && lk.art.toks[c.first].is(cParticle) && otherName(full, c.words[1], key) {
			shorts = append(shorts, i)
			continue
		}
		p := byKey.val(key)
		if p == nil && c.aliasOf >= 0 {
			// "under the ring name Luke Harper": the alias is the person
			// named before it, and so are its later mentions
			if q := lk.fullEndingAt(c.aliasOf); q != nil {
				p = q
				*byKey.at(key) = p
			}
		}
		if p == nil {
			p = lk.sc.people.next()
			*byKey.at(key) = p
			lk.people = append(lk.people, p)
		}
		p.add(lk.sc, lk.text, *c)
		lk.byLastTok = append(lk.byLastTok, lastTok{c.last, p})
	}
	lk.full = lk.people
	lk.sc.fullPeople = lk.people
	lk.sc.shorts = shorts
	return shorts
}

// lastTok is the person of a full-name mention and the mention's last
// token.
type lastTok struct {
	tok int32
	p   *personAcc
}

// fullEndingAt is the person of the full-name mention whose last token
// is tok, or nil; tok -1 (no alias) has none. The mentions are noted in
// text order, so a binary search finds it: a map of them was assigned
// once per full name and read once per short mention, a fifth of
// linking's map work.
func (lk *linker) fullEndingAt(tok int32) *personAcc {
	if tok < 0 {
		return nil
	}
	i, found := slices.BinarySearchFunc(lk.byLastTok, tok, func(e lastTok, tok int32) int { return cmp.Compare(e.tok, tok) })
	if !found {
		return nil
	}
	return lk.byLastTok[i].p
}

// fullSurnames records, for each last word of a strong name of two or
// more words, which names end in it (one key and a count suffice).
type fullSurnames = keyMap[surnameNames]

// surnameNames is the first name that ends in a surname and how many
// do, counting up to two.
type surnameNames struct {
	key   uint64
	count int
}

// surnameKeys fills m, empty, with the fullSurnames of the candidates.
func surnameKeys(m *fullSurnames, cands []nameCand) *fullSurnames {
	for _, c := range cands {
		if !c.strong || len(c.words) < 2 {
			continue
		}
		last, key := c.words[len(c.words)-1], seqKey(c.words)
		e := m.at(last)
		if e.count == 0 || e.key != key && e.count == 1 {
			if e.count == 0 {
				e.key = key
			}
			e.count++
		}
	}
	return m
}

// otherName reports whether w is the surname of a full name other than
// self, in full.
func otherName(full *fullSurnames, w, self uint64) bool {
	e := full.val(w)
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
	byPart := &lk.sc.byPart
	for _, q := range lk.people {
		n := len(q.words)
		for k := 2; k < n; k++ {
			for _, key := range [2]uint64{seqKey(q.words[:k]), seqKey(q.words[n-k:])} {
				// a head and a tail can be the same words ("A B A B A")
				if e := byPart.at(key); len(*e) == 0 || (*e)[len(*e)-1] != q {
					*e = appendTo(&lk.sc.lists, *e, q)
				}
			}
		}
	}
	// room for a person of each short mention, which linkShorts appends
	merged := lk.sc.mergedPeople[:0]
	if n := len(lk.people) + len(lk.sc.shorts); cap(merged) < n {
		merged = make([]*personAcc, 0, n)
	}
	for _, p := range lk.people {
		var into *personAcc
		count := 0
		for _, q := range byPart.val(seqKey(p.words)) {
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
			modifier := lk.modifierName(into)
			into.absorb(lk.sc, p)
			if modifier {
				// "a Jo Roe Lego minifigure" took in "Jo Roe": the person
				// is known by the name the text gives them alone
				into.words, into.display = p.words, p.display
				into.surnameFirst, into.particleAt = p.surnameFirst, p.particleAt
			}
			continue
		}
		merged = append(merged, p)
	}
	lk.people = merged
	lk.sc.mergedPeople = merged
}

// modifierName reports whether q, a name of one mention, is written as a
// modifier after "a" or "an", a noun in lower case after it: "a Margaret
// Hamilton Lego minifigure" names a product after a person, and its last
// words are the product's.
func (lk *linker) modifierName(q *personAcc) bool {
	if q.mentions.n != 1 {
		return false
	}
	toks, text := lk.art.toks, lk.text
	m := lk.sc.mentions[q.mentions.head]
	i, last := mentionTokens(toks, m)
	k := last + 1 // the token after it
	if i < 1 || k >= len(toks) || !(isStop(toks[i-1], text, "a") || isStop(toks[i-1], text, "an")) {
		return false
	}
	t := toks[k]
	w := t.word(text)
	return t.kind == tWord && !t.capital() && !t.is(cStop|cClause|cSpeech) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// linkShorts links each shorter mention, in text order, to the person it
// refers to, or makes it a person of its own.
func (lk *linker) linkShorts(shorts []int) {
	cands := lk.cands
	sc := lk.sc
	lk.surnames, lk.bySuffix, lk.aliased = &sc.surnames, &sc.bySuffix, sc.aliased
	lk.givens, lk.middles = &sc.givens, &sc.middles
	if lk.aliased == nil {
		lk.aliased = map[aliasKey]bool{}
	}
	for _, i := range shorts {
		if c := &cands[i]; len(c.words) > 1 {
			s := lk.sc.sets.next()
			s.words = c.words
			*lk.bySuffix.at(seqKey(c.words)) = s
		}
	}
	for _, p := range lk.people {
		lk.index(p)
	}
	// the events as numbers, a mention's start above its person's index,
	// so that sorting them compares integers: sorting them with a
	// comparison function was a tenth of linking. Until now a full name's
	// mentions are its full-name mentions and those of the names merged
	// into it.
	n := 0
	for _, p := range lk.full {
		n += int(p.mentions.n)
	}
	lk.events = sc.events[:0]
	if cap(lk.events) < n {
		lk.events = make([]uint64, 0, n)
	}
	recs := sc.mentions
	for i, p := range lk.full {
		p.hasFull, p.firstFull = true, int(recs[p.mentions.head].start)
		for j, k := int32(0), p.mentions.head; j < p.mentions.n; j, k = j+1, recs[k].next {
			at := int(recs[k].start)
			lk.events = append(lk.events, uint64(at)<<32|uint64(i))
			p.firstFull = min(p.firstFull, at)
		}
	}
	slices.Sort(lk.events)
	// A given name standing alone several times ("Gloria" of a story told
	// by first name) is a person even without a title.
	repeatedGiven, seen := sc.repeated, sc.seen
	if seen == nil {
		repeatedGiven, seen = map[uint64]bool{}, map[uint64]int{}
		sc.repeated, sc.seen = repeatedGiven, seen
	}
	for _, i := range shorts {
		if c := &cands[i]; len(c.words) == 1 && c.given {
			seen[c.words[0]]++
			if seen[c.words[0]] >= 2 {
				repeatedGiven[c.words[0]] = true
			}
		}
	}
	// An interview's speaker labels ("Roe: I started ...") all mean the
	// person the first of them meant, though the answers name others of
	// that surname ("my father, Tunde Roe") in between.
	var speakers map[uint64]*personAcc
	for _, i := range shorts {
		c := cands[i]
		lk.sweepTo(c.start)
		if c.marks&markPlace != 0 {
			continue // "a woman from Jackson, Mississippi" is no mention of Mayor Jackson
		}
		last := c.words[len(c.words)-1]
		if c.marks&markSpeaker != 0 {
			if p := speakers[last]; p != nil {
				lk.addShort(p, c)
				continue
			}
			if p := lk.nearest(last, c.start); p != nil {
				if speakers == nil {
					speakers = map[uint64]*personAcc{}
				}
				speakers[last] = p
				lk.addShort(p, c)
				continue
			}
		}
		if p := lk.fullEndingAt(c.aliasOf); p != nil {
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
		if g := lk.givens.val(last); len(g) == 1 && !articleBefore(lk.art.toks, lk.text, int(c.first)) {
			lk.addShort(g[0], c)
			continue
		}
		if m := lk.middles.val(last); len(m) == 1 && len(lk.givens.val(last)) == 0 {
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
		p := lk.sc.people.next()
		p.add(lk.sc, lk.text, c)
		lk.people = append(lk.people, p)
		lk.addSurname(last, p, c.start)
	}
}

// maxVariantPeople bounds the people a misspelt name is compared with:
// news misspells a name among a few, and the bound keeps linking linear.
const maxVariantPeople = 64

// absorb makes q's mentions, role and age p's. q's mentions are copied,
// not spliced: q keeps its own list, and what is added to q later is not
// p's.
func (p *personAcc) absorb(sc *linkScratch, q *personAcc) {
	for i, k := int32(0), q.mentions.head; i < q.mentions.n; i, k = i+1, sc.mentions[k].next {
		sc.addMention(&p.mentions, int(sc.mentions[k].start), int(sc.mentions[k].end))
	}
	if q.copula != "" && (p.copula == "" || q.copulaAt < p.copulaAt) {
		p.copula, p.copulaAt = q.copula, q.copulaAt
	}
	if betterRole(p.role, p.roleFrom, q.role, q.roleFrom) {
		p.role, p.roleFrom = q.role, q.roleFrom
	}
	if p.age == 0 {
		p.age = q.age
	}
	p.ev |= q.ev
}

// articleBefore reports whether an article or "this", perhaps
// with one word between, stands before the word at first: "the Bill", "a
// new Bill" are a thing's name, no given name that mentions a person.
// Unlike determinerBefore it takes one adjective between and leaves out
// the possessives ("her Bill" may be her husband).
func articleBefore(toks []token, text string, first int) bool {
	p := first - 1
	if p >= 1 && toks[p].kind == tWord && !toks[p].capital() && !toks[p].is(cStop|cSpeech|cClause) {
		p-- // "a new Bill"
	}
	if p < 0 || toks[p].kind != tWord {
		return false
	}
	// (not "that": "told him that Daniel would")
	switch new(foldBuf).of(toks[p].word(text)) {
	case "the", "a", "an", "this", "these", "those":
		return true
	}
	return false
}
