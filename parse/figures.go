package parse

import (
	"slices"
	"strings"
	"sync"

	"github.com/factpane/factpane/model"
)

// Figures: the figure finder's pass over the text, line by line, and the
// grouping of the numbers it keeps into figures, the same fact stated
// twice being one figure with two mentions.

// findFigures finds the figures of text (read into toks). people are the
// persons already found, so a number that is a person's age is never
// taken for a figure.
func findFigures(text string, toks []token, people []model.Person) []model.Figure {
	return collectFigures(text, toks, people, titleSpan(text), defaultLimits).figures(text)
}

// figureLimits are the bounds of collectFigures: how many groups it scans
// before it indexes them (see grouper) and how many numbers of one line it
// holds before it settles those read so far. Tests set both low to hold
// every way of reading to one result.
type figureLimits struct {
	scan, line int
}

// defaultLimits keeps an article's lines whole and its groups scanned: a
// news line has a few numbers, an article a few dozen figures.
var defaultLimits = figureLimits{scan: maxScannedGroups, line: 256}

// collectFigures reads the numbers of text (read into toks) and groups
// them as it goes; the grouper's figures method makes the figures. The
// text is read line by line (a line break always ends a sentence); on
// each line every number is parsed (numbers.go, units.go, ranges.go),
// non-figures are dropped, and the clause says what the number counts
// (categories.go, clause.go). Numbers in a list share the verb that ends
// it (lists.go). The same fact stated twice becomes
// one figure with two mentions. Nothing of a line but its kept numbers
// outlives it, so once this returns the tokens are no longer needed.
func collectFigures(text string, all []token, people []model.Person, hl lineSpan, lim figureLimits) *grouper {
	poundWeighs := strings.IndexByte(text, '$') >= 0 && !strings.Contains(text, "£")
	titleLo, titleHi := hl.lo, hl.hi
	fs := figScratchPool.Get().(*figScratch)
	defer fs.release()
	ages, names := &fs.ages, &fs.names
	ages.reset(people)
	gr := grouperPool.Get().(*grouper)
	gr.scanLimit, gr.prev = lim.scan, -1
	cands, exprs := fs.cands[:0], fs.exprs[:0]
	table := tableHead{seen: -1}
	// bracket is the first '[' at or after the line being read (or
	// len(text)): found once for all the lines before it, so looking for
	// link marks reads the text once, not once per line.
	bracket := -1
	for lo := 0; lo < len(all); {
		// the line's end, and its first token that may start a number: a
		// line with none (most lines of prose have one) has no figure
		n, first := scanLine(all[lo:])
		hi := lo + n
		if toks := all[lo:hi]; first >= 0 {
			// the reference marks of links ("12 people [1] died") are
			// read past: the figure finder reads the prose without them
			if start := int(toks[0].start); bracket < start {
				bracket = nextByte(text, start, '[')
			}
			if bracket < int(toks[len(toks)-1].end) {
				fs.line = withoutLinkMarks(fs.line[:0], text, toks)
				toks = fs.line
				first = 0 // the marks removed shift the tokens
			}
			ln := figLine{text: text, toks: toks, ages: ages, names: names, poundWeighs: poundWeighs}
			start := int(toks[0].start)
			isTitle := titleLo <= start && start < titleHi
			if isTitle {
				ln.titleCase = isTitleCase(&ln)
			}
			cands = cands[:0]
			settled := 0 // cands[:settled] were grouped already
			kind := lkUnknown
			var th *tableHead
			for i := first; ; i++ {
				if i = nextMaybeNum(toks, i); i == len(toks) {
					break
				}
				if !ln.startsNumber(i) {
					continue
				}
				if kind == lkUnknown {
					if kind = ln.kindOf(i); kind == lkResults {
						break
					}
					if kind == lkTable {
						th = ln.head(&table)
					}
				}
				var last int
				exprs, last = ln.parseExprs(i, exprs[:0])
				for _, e := range exprs {
					ln.carryCurrency(&e, cands)
					c := ln.classify(e)
					if c.cat != model.Casualties && c.cat != model.Arrests {
						ln.repairLabel(&c)
					}
					if th != nil && !ln.cell(th, &c) {
						continue
					}
					c.title = isTitle
					if n := len(cands); n > 0 {
						c.conversion = ln.conversion(cands[n-1].e, e)
						// A line of thousands of numbers (a table, a text
						// without line breaks) is settled in parts, where
						// a list ends: no list rule reaches over that.
						if n >= lim.line && !ln.coordinated(cands[n-1].e, e) {
							fs.used = max(fs.used, n)
							cands, settled = gr.settle(&ln, cands, settled)
						}
					}
					cands = append(cands, c)
				}
				if last > i {
					i = last
				}
			}
			fs.used = max(fs.used, len(cands))
			cands, _ = gr.settle(&ln, cands, settled)
		}
		lo = hi + 1
	}
	fs.cands, fs.exprs = cands, exprs
	return gr
}

// scanLine returns the length of the line toks starts with (up to its
// break) and the index of its first token that may start a number, or -1.
// It reads every token of the text, so it is two plain loops: one test a
// token before the first number, one after it.
func scanLine(toks []token) (n, first int) {
	for k := range toks {
		if toks[k].kind == tBreak {
			return k, -1
		}
		if toks[k].maybeNum() {
			for n = k + 1; n < len(toks) && toks[n].kind != tBreak; n++ {
			}
			return n, k
		}
	}
	return len(toks), -1
}

// nextMaybeNum returns the index of the first token at or after i that
// may start a number, or len(toks): a loop of its own, where the loop
// over the numbers of a line kept its index on the stack.
func nextMaybeNum(toks []token, i int) int {
	for i < len(toks) && !toks[i].maybeNum() {
		i++
	}
	return i
}

// settle applies the list rules to the numbers of a line read so far and
// groups those of them not grouped yet (cands[settled:]), keeping the
// last: the rules for the next number read it. It returns the numbers
// left, the last, and how many of them are grouped.
func (gr *grouper) settle(ln *figLine, cands []figCand, settled int) ([]figCand, int) {
	ln.shareListVerbs(cands)
	ln.shareBreakdown(cands)
	ln.shareTollOfVictims(cands)
	ln.shareListLabels(cands)
	ln.shareAnaphorLabels(cands)
	ln.shareChangeLabels(cands)
	for k := settled; k < len(cands); k++ {
		countAnimals(&cands[k])
		sayWhatBefell(&cands[k])
	}
	for k := settled; k < len(cands); k++ {
		if keep(&cands[k]) {
			gr.add(&cands[k])
		} else if !gr.refer(&cands[k]) && firstDefinite(&cands[k]) && !gr.counted(cands[k].e.value) {
			gr.add(&cands[k])
		}
	}
	if len(cands) == 0 {
		return cands, 0
	}
	cands[0] = cands[len(cands)-1]
	return cands[:1], 1
}

// keep reports whether a candidate counts something. A bare "one" does
// only where the clause says what happened to it ("One child was among
// the dead"); "the two men" is a small count of what the story already
// named.
func keep(c *figCand) bool {
	// (nor is "a notebook from one victim", whose noun names no toll)
	// ("one count of murder" is a charge, and says what it is)
	if c.e.isOne && (c.cat == model.Count && !chargeNoun(c.noun) || c.cat == model.Casualties && c.sub == "" && !c.strong) || c.e.value == 0 && c.e.kind == nkCount {
		return false
	}
	return !(c.definite && c.cat == model.Count && c.e.kind == nkCount && c.e.value <= 10 && !c.e.approx)
}

// firstDefinite reports a definite small count that points back to no
// figure: "the six primaries held yesterday" is news, said with the
// article of what the reader is taken to know; "the two men" after "two
// men were arrested" is not (refer).
func firstDefinite(c *figCand) bool {
	return c.definite && !c.setPhrase && c.cat == model.Count && c.e.kind == nkCount && !c.e.isOne && !c.e.approx && c.noun != "" && c.e.value <= 10
}

// figScratch holds the figure finder's working slices for one line
// between calls, as peopleScratch does findPeople's: they were allocated
// afresh on every call. The grouper copies what it keeps of them.
type figScratch struct {
	cands []figCand
	exprs []numExpr
	line  []token // a line's tokens without its link marks
	used  int     // the most candidates a line held: what release clears
	// ages and names are the text's person mentions and names with a
	// number, kept here so that they are no allocation of each call
	ages  ageIndex
	names numberNames
}

var figScratchPool = sync.Pool{New: func() any { return new(figScratch) }}

// maxPooledFigCands bounds what the pool keeps: one huge input should not
// pin its buffers for the process.
const maxPooledFigCands = 1 << 12

// release returns the slices to the pool, the candidates cleared so they
// do not keep the text alive; oversized ones are left to the collector.
func (fs *figScratch) release() {
	if cap(fs.cands) > maxPooledFigCands {
		return
	}
	clear(fs.cands[:fs.used])
	clear(fs.exprs[:cap(fs.exprs)])
	fs.cands, fs.used = fs.cands[:0], 0
	fs.names.seen = nil // (its keys are the text's words)
	if cap(fs.ages.ends) > maxPooledFigCands {
		fs.ages.ends = nil // offsets only: nothing to clear
	}
	if cap(fs.line) > maxPooledTokens {
		fs.line = nil // tokens hold offsets only: nothing to clear
	}
	figScratchPool.Put(fs)
}

// nextByte returns the index of the first c in text at or after from, or
// len(text).
func nextByte(text string, from int, c byte) int {
	if k := strings.IndexByte(text[from:], c); k >= 0 {
		return from + k
	}
	return len(text)
}

// withoutLinkMarks appends to buf the tokens of a line but its links'
// reference marks (" [3]" after an anchor, as input/ writes them).
func withoutLinkMarks(buf []token, text string, toks []token) []token {
	for i := 0; i < len(toks); i++ {
		if i+2 < len(toks) && i > 0 && toks[i].kind == tPunct && text[toks[i].start] == '[' && toks[i+1].kind == tNum &&
			toks[i+2].kind == tPunct && text[toks[i+2].start] == ']' && toks[i].start > toks[i-1].end &&
			toks[i+1].start == toks[i].end && toks[i+2].start == toks[i+1].end {
			i += 2
			continue
		}
		buf = append(buf, toks[i])
	}
	return buf
}

// lineSpan is the byte range of a line of the text; hi is 0 for none.
type lineSpan struct{ lo, hi int }

// titleSpan returns the byte range of the headline line: the first line
// that is not blank, when it reads as a headline (looksLikeHeadline).
// The pipeline finds it once per text: every pass asks where it is.
func titleSpan(text string) lineSpan {
	lo := 0
	for lo < len(text) {
		hi := strings.IndexByte(text[lo:], '\n')
		if hi < 0 {
			hi = len(text)
		} else {
			hi += lo
		}
		if line := strings.TrimSpace(text[lo:hi]); line != "" {
			if looksLikeHeadline(line) {
				return lineSpan{lo, hi}
			}
			return lineSpan{}
		}
		lo = hi + 1
	}
	return lineSpan{}
}

// isTitleCase reports whether most words of the line are capitalised.
func isTitleCase(ln *figLine) bool {
	words, upper := 0, 0
	for _, t := range ln.toks {
		if t.kind == tWord && t.end-t.start > 3 {
			words++
			if t.upper() {
				upper++
			}
		}
	}
	return words >= 3 && upper*10 >= words*7
}

// conversion reports whether b restates a in another unit, in brackets
// or after "or" right after it: "150 km (93 miles)", "1 billion reais
// ($197 million)", "US$8000 or €7000".
func (ln *figLine) conversion(a, b numExpr) bool {
	if a.kind != b.kind || a.kind != nkMeasure && a.kind != nkMoney || a.unit == b.unit {
		return false
	}
	// "US$8000 or €7000": another currency's amount after "or"; "SEK9
	// million (about GBP738 thousand or USD910 thousand)": a bracket of
	// them
	return b.qFirst-1 == a.last+1 && (ln.punct(a.last+1, "(") && (ln.punct(b.last+1, ")") || ln.is(b.last+1, "or")) || ln.is(a.last+1, "or"))
}

// grouper turns the kept numbers, in text order, into figures: the same
// value, category and unit with a compatible counted noun is one fact
// mentioned again ("128 more raids" ... "128 raids"); a conversion in
// brackets is the amount before it again ("150 km (93 miles)"); a
// headline's vague amount ("dozens dead") is the body's exact toll. It
// keeps a small record of each number, not its candidate: a long text has
// millions of them.
type grouper struct {
	mentions chunked[figMention]
	groups   chunked[figGroup]
	keys     []groupKey // the keys of the mentions whose key is not their group's
	// byKey finds the first group of a key. An article's few dozen
	// groups are scanned instead (a map cost more to build than to use);
	// once there are more than scanLimit, the map keeps grouping linear.
	// Either finds the same group.
	byKey     map[groupKey]int32
	scanLimit int
	prev      int32 // the group of the last mention, or -1
}

// figMention is one kept number: what its figure needs of it.
type figMention struct {
	start, end uint32
	next       int32 // the next mention of its group, or -1
	key        int32 // its key in grouper.keys when it is not its group's, else -1
	label      string
	qual       string
	title      bool // in the headline
	hasMax     bool
	earlier    bool
	fallback   bool // its label only names the kind of amount
}

// figGroup is one fact: a list of mentions through figMention.next.
type figGroup struct {
	key         groupKey // its first mention's
	noun        string
	first, last int32
	n           int32
	next        int32 // the next group of the same key, in order of creation, or -1
	tail        int32 // for the first group of a key, the last of the key
	merged      bool  // a headline's vague amount merged into another group
}

// groupKey is what two mentions of one fact share.
type groupKey struct {
	approx bool
	cat    model.Category
	sub    string
	unit   string
	value  float64
	max    float64
}

// add groups candidate c, which follows every one added before it.
func (gr *grouper) add(c *figCand) {
	key := groupKey{c.e.approx, c.cat, c.sub, c.e.unit, c.e.value, c.e.max}
	into := int32(-1)
	if c.conversion && gr.prev >= 0 {
		into = gr.prev // "150 km (93 miles)": the same distance again
	}
	head := gr.firstOfKey(key)
	for g, n := head, 0; g >= 0 && into < 0; g, n = gr.groups.at(g).next, n+1 {
		if n == maxSameValueGroups {
			break // keeps grouping linear on pathological input
		}
		first := gr.mentions.at(gr.groups.at(g).first)
		if c.title || first.title || nounsCompatible(gr.groups.at(g).noun, c.noun, c.cat) && !sharesApart(first, c) {
			into = g
		}
	}
	if into < 0 {
		into = int32(gr.groups.len())
		gr.groups.push(figGroup{key: key, first: -1, last: -1, next: -1, tail: into})
		switch {
		case head < 0 && gr.byKey != nil:
			gr.byKey[key] = into
		case head >= 0:
			gr.groups.at(gr.groups.at(head).tail).next = into
			gr.groups.at(head).tail = into
		}
	}
	m := figMention{start: uint32(c.e.start), end: uint32(c.e.end), next: -1, key: -1, label: c.label, qual: c.e.qual,
		title: c.title, hasMax: c.e.hasMax, earlier: c.e.earlier, fallback: c.fallback}
	g := gr.groups.at(into)
	if key != g.key {
		m.key = int32(len(gr.keys))
		gr.keys = append(gr.keys, key)
	}
	gr.append(into, gr.mentions.push(m))
	if g.noun == "" {
		g.noun = c.noun
	}
	gr.prev = into
}

// maxReferBack bounds how many figures back a definite count looks for
// the one it points to.
const maxReferBack = 32

// refer adds a definite count that keep leaves out ("the first victim of
// the eight", "the two men") to the figure it points back to, the latest
// count of its value: it is the fact already
// given, mentioned again. A count that names its own noun must name the
// figure's ("the two explosions" are not "two charged"). It reports
// whether there was one.
func (gr *grouper) refer(c *figCand) bool {
	if !c.definite || c.e.kind != nkCount || c.e.approx || c.title {
		return false
	}
	for g, n := int32(gr.groups.len()-1), 0; g >= 0 && n < maxReferBack; g, n = g-1, n+1 {
		grp := gr.groups.at(g)
		k := grp.key
		if k.value != c.e.value || k.max != c.e.max || k.approx || k.unit != "" || grp.n == 0 || c.noun != "" && c.noun != grp.noun {
			continue
		}
		switch k.cat {
		case model.Count, model.Casualties, model.Arrests, model.Personnel, model.Raids:
		default:
			continue
		}
		m := figMention{start: uint32(c.e.start), end: uint32(c.e.end), next: -1, key: -1, qual: c.e.qual}
		gr.append(g, gr.mentions.push(m))
		gr.prev = g
		return true
	}
	return false
}

// counted reports whether one of the last figures is a count of value v:
// then a definite count of v restates it in other words ("two
// databases ... these two instances"), whatever noun refer wanted.
func (gr *grouper) counted(v float64) bool {
	for g, n := int32(gr.groups.len()-1), 0; g >= 0 && n < maxReferBack; g, n = g-1, n+1 {
		if k := gr.groups.at(g).key; k.value == v && k.cat == model.Count {
			return true
		}
	}
	return false
}

// firstOfKey returns the first group of key, or -1.
func (gr *grouper) firstOfKey(key groupKey) int32 {
	if gr.byKey == nil && gr.groups.len() >= gr.scanLimit {
		gr.byKey = make(map[groupKey]int32, 2*gr.groups.len())
		for g := int32(gr.groups.len() - 1); g >= 0; g-- {
			gr.byKey[gr.groups.at(g).key] = g // the earliest is written last
		}
	}
	if gr.byKey != nil {
		if g, ok := gr.byKey[key]; ok {
			return g
		}
		return -1
	}
	for g := int32(0); int(g) < gr.groups.len(); g++ {
		// (the value first: it tells nearly every other group apart
		// without a call to compare the whole key, strings and all)
		if k := &gr.groups.at(g).key; k.value == key.value && *k == key {
			return g
		}
	}
	return -1
}

// append puts mention m at the end of group g.
func (gr *grouper) append(g, m int32) {
	grp := gr.groups.at(g)
	if grp.last < 0 {
		grp.first = m
	} else {
		gr.mentions.at(grp.last).next = m
	}
	grp.last = m
	grp.n++
}

// keyOf is mention m's key: its own or its group's.
func (gr *grouper) keyOf(m int32, g *figGroup) groupKey {
	if k := gr.mentions.at(m).key; k >= 0 {
		return gr.keys[k]
	}
	return g.key
}

var grouperPool = sync.Pool{New: func() any { return new(grouper) }}

// release returns the grouper to the pool, its mentions cleared so they do
// not keep the text alive; one that grew past a block is left to the
// collector.
func (gr *grouper) release() {
	if gr.mentions.len() > chunkSize || gr.groups.len() > chunkSize {
		return
	}
	gr.mentions.reset()
	gr.groups.reset()
	clear(gr.keys)
	gr.keys, gr.byKey = gr.keys[:0], nil
	grouperPool.Put(gr)
}

// figures makes the figures, in the order their facts were first read,
// and releases the grouper.
func (gr *grouper) figures(text string) []model.Figure {
	defer gr.release()
	// A headline's vague amount with no other mention is the body's exact
	// figure of the same kind in its range: "dozens dead" ... "39 are
	// confirmed dead". In the body the two must count the same noun:
	// "tens of thousands of chicks" ... "over 44,000 chicks".
	for gi := 0; gi < gr.groups.len(); gi++ {
		g := gr.groups.at(int32(gi))
		c := gr.mentions.at(g.first)
		headline := c.title && g.n == 1
		// "more than 20 dead" in a headline is a bound the body's toll of
		// 22 states exactly: below twice the bound
		span := float64(vagueSpan)
		if headline && !g.key.approx && g.key.cat == model.Casualties && (c.qual == "more than" || c.qual == "at least") {
			span = 2
		} else if !g.key.approx || headline && g.key.cat == model.Count || !headline && g.noun == "" {
			continue
		}
		// (the facts read near it only: a long text's many vague amounts
		// would make this quadratic)
		for hi := max(gi-vagueReach, 0); hi < min(gi+vagueReach, gr.groups.len()); hi++ {
			h := gr.groups.at(int32(hi))
			if hi == gi || h.merged {
				continue
			}
			d, dk := gr.mentions.at(h.first), gr.keyOf(h.first, h)
			if dk.approx || d.title || dk.cat != g.key.cat || dk.sub != g.key.sub || !headline && h.noun != g.noun {
				continue
			}
			if dk.value > g.key.value && dk.value < g.key.value*span {
				if gr.mentions.at(g.first).key < 0 {
					gr.mentions.at(g.first).key = int32(len(gr.keys))
					gr.keys = append(gr.keys, g.key)
				}
				gr.append(int32(hi), g.first)
				g.merged = true
				break
			}
		}
	}
	figs := make([]model.Figure, 0, gr.groups.len())
	// every figure's mentions share one array, one allocation in all: a
	// figure's own was most of the allocations of an article's figures
	mentions := make([]model.Mention, 0, gr.mentions.len())
	var ms []int32
	for gi := 0; gi < gr.groups.len(); gi++ {
		g := gr.groups.at(int32(gi))
		if g.merged {
			continue
		}
		ms = ms[:0]
		for m := g.first; m >= 0; m = gr.mentions.at(m).next {
			ms = append(ms, m)
		}
		slices.Sort(ms) // a merged headline mention comes first in the text
		// the figure reads as its first exact mention (not a headline's
		// bound merged into it)
		primary := ms[0]
		for _, m := range ms {
			if k := gr.keyOf(m, g); !k.approx && k.value == g.key.value {
				primary = m
				break
			}
		}
		// a headline's words are clipped: the label comes from the body
		// (unless the body names only "people" where the headline says
		// what they did: "Thousands march in protest")
		labelled, headline := primary, int32(-1)
		for _, m := range ms {
			if c := gr.mentions.at(m); c.title && c.label != "" && headline < 0 {
				headline = m
			}
		}
		// a mention's own words beat a word for the kind of amount ("time")
		found := false
		for fallback := 0; fallback < 2 && !found; fallback++ {
			for _, m := range ms {
				if c := gr.mentions.at(m); !c.title && c.label != "" && (!c.fallback || fallback == 1) {
					labelled, found = m, true
					if headline >= 0 && anyone[c.label] {
						labelled = headline
					}
					break
				}
			}
		}
		p, pk := gr.mentions.at(primary), gr.keyOf(primary, g)
		f := model.Figure{
			Value:    pk.value,
			Text:     text[p.start:p.end],
			Approx:   pk.approx,
			Unit:     pk.unit,
			Category: pk.cat,
			Subtype:  pk.sub,
			Label:    gr.mentions.at(labelled).label,
			// a bound on another value ("more than 20" of 22) is no
			// qualifier of this one
			Qualifier: p.qual,
		}
		if p.hasMax {
			m := pk.max
			f.Max = &m
		}
		from := len(mentions)
		for _, m := range ms {
			c := gr.mentions.at(m)
			if f.Qualifier == "" && gr.keyOf(m, g).value == pk.value {
				f.Qualifier = c.qual
			}
			if f.Label == "" || len(f.Label) < 4 && len(c.label) > len(f.Label) {
				f.Label = c.label
			}
			mentions = append(mentions, model.Mention{Start: int(c.start), End: int(c.end), Text: text[c.start:c.end]})
		}
		// (capped: an append to one figure's mentions leaves the next's)
		f.Mentions = mentions[from:len(mentions):len(mentions)]
		if p.earlier {
			f.Label = strings.TrimSpace(f.Label + " (earlier figure)")
		}
		figs = append(figs, f)
	}
	return figs
}

// maxScannedGroups is the most groups the grouper scans rather than
// indexes.
const maxScannedGroups = 64

// maxSameValueGroups bounds how many earlier facts with the same value and
// category a mention is compared with.
const maxSameValueGroups = 16

// vagueReach is how many facts before and after a vague amount are
// looked at for the exact one it is.
const vagueReach = 64

// vagueSpan is how far above its conventional value a vague amount
// reaches: "dozens" covers 12 up to about a hundred.
const vagueSpan = 9

// nounsCompatible reports whether two counted nouns can be the same fact:
// equal, one of them unnamed, or both security forces ("115,000 security
// personnel" and "115,000 police, gendarmes and military").
func nounsCompatible(a, b string, cat model.Category) bool {
	if a == "" || b == "" || a == b || (anyone[a] || anyone[b]) && cat == model.Count {
		return true // "33 passengers" ... "33 people on board"; the dead and the attackers killed are told apart
	}
	if cat == model.Personnel {
		return true
	}
	fa, fb := loadLexicon().keyword(a), loadLexicon().keyword(b)
	if fa == nil {
		fa = loadLexicon().keyword(a + "s")
	}
	if fb == nil {
		fb = loadLexicon().keyword(b + "s")
	}
	event := fcCasualtyNoun | fcRaid
	return fa != nil && fa.cls&event != 0 || fb != nil && fb.cls&event != 0
}

// sharesApart reports two shares of the same value that their labels
// tell apart: "a 17% survival rate" and "17% lighter than males" are two
// facts. Both labels must be read from the text (not a fallback word like
// "share") and have no word of four letters or more in common.
func sharesApart(m *figMention, c *figCand) bool {
	return c.cat == model.Percent && !c.fallback && !m.fallback && m.label != "" && c.label != "" && !shareWord(c.label, m.label, 4)
}

// anyone are the counted nouns that name people of any kind, which may
// be what another mention names more closely.
var anyone = map[string]bool{"people": true, "person": true, "individual": true, "persons": true}

// chunked is a slice of T that grows by blocks of chunkSize and never
// moves what it holds: a long text's millions of mentions are not copied
// each time there are more, and the memory they take is what they need.
// The first block grows as a slice does, so an article's few take little.
type chunked[T any] struct {
	blocks [][]T
	n      int
}

const chunkSize = 1 << 12

func (c *chunked[T]) len() int { return c.n }

// at returns the i-th element. (The index is never negative; read as
// unsigned, its block and place are a shift and a mask, where a signed
// division needs a correction for negative numbers: the grouper asks
// this of every group it compares.)
func (c *chunked[T]) at(i int32) *T {
	u := uint32(i)
	return &c.blocks[u/chunkSize][u%chunkSize]
}

// reset empties c, keeping its first block: what it held is cleared.
func (c *chunked[T]) reset() {
	if len(c.blocks) > 0 {
		clear(c.blocks[0])
		c.blocks = c.blocks[:1]
		c.blocks[0] = c.blocks[0][:0]
	}
	c.n = 0
}

// push appends v and returns its index.
func (c *chunked[T]) push(v T) int32 {
	if c.n%chunkSize == 0 && c.n/chunkSize == len(c.blocks) {
		size := chunkSize
		if c.n == 0 {
			size = 0
		}
		c.blocks = append(c.blocks, make([]T, 0, size))
	}
	b := &c.blocks[len(c.blocks)-1]
	*b = append(*b, v)
	c.n++
	return int32(c.n - 1)
}
