package parse

import (
	"sort"
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
//
// The text is read line by line (a line break always ends a sentence); on
// each line every number is parsed (numbers.go), non-figures are dropped,
// and the clause says what the number counts (categories.go). Numbers in a
// list share the verb that ends it. Finally the same fact stated twice
// becomes one figure with two mentions.
func findFigures(text string, toks []token, people []model.Person) []model.Figure {
	return findFiguresScanning(text, toks, people, maxScannedGroups)
}

// findFiguresScanning is findFigures with groupFigures' scan limit given,
// so a test can hold the scanned and the indexed grouping to one result.
func findFiguresScanning(text string, all []token, people []model.Person, scanLimit int) []model.Figure {
	ages := newAgeIndex(people)
	titleLo, titleHi := titleSpan(text)
	sc := figScratchPool.Get().(*figScratch)
	defer sc.release()
	var (
		cands = sc.cands[:0] // news runs about one number per 100-300 bytes
		exprs = sc.exprs[:0]
	)
	if cap(cands) < len(text)/200+32 {
		cands = make([]figCand, 0, len(text)/200+32)
	}
	defer func() { sc.cands, sc.exprs = cands, exprs }()
	for lo := 0; lo < len(all); {
		hi := lo
		for hi < len(all) && all[hi].kind != tBreak {
			hi++
		}
		if toks := all[lo:hi]; len(toks) > 0 {
			ln := figLine{text: text, toks: toks, ages: ages}
			start := int(toks[0].start)
			isTitle := titleLo <= start && start < titleHi
			if isTitle {
				ln.titleCase = isTitleCase(&ln)
			}
			first := len(cands)
			for i := 0; i < len(toks); i++ {
				if !toks[i].maybeNum() || !ln.startsNumber(i) {
					continue
				}
				exprs = exprs[:0]
				var last int
				exprs, last = ln.parseExprs(i, exprs)
				for _, e := range exprs {
					c := ln.classify(e)
					c.title = isTitle
					if len(cands) > first {
						c.conversion = ln.conversion(cands[len(cands)-1].e, e)
					}
					cands = append(cands, c)
				}
				if last > i {
					i = last
				}
			}
			ln.shareListVerbs(cands[first:])
			ln.shareListLabels(cands[first:])
		}
		lo = hi + 1
	}
	// A bare "one" counts something only where the clause says what
	// happened to it ("One child was among the dead").
	kept := cands[:0]
	for _, c := range cands {
		if c.e.isOne && c.cat == model.Count || c.e.value == 0 && c.e.kind == nkCount {
			continue
		}
		// "the two men": a small count of what the story already named
		if c.definite && c.cat == model.Count && c.e.kind == nkCount && c.e.value <= 10 && !c.e.approx {
			continue
		}
		kept = append(kept, c)
	}
	return groupFigures(text, kept, scanLimit)
}

// figScratch holds findFigures' working slices between calls, as
// peopleScratch does findPeople's: they were allocated afresh on every
// call. groupFigures copies what it keeps of the candidates.
type figScratch struct {
	cands []figCand
	exprs []numExpr
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
	clear(fs.cands)
	clear(fs.exprs[:cap(fs.exprs)])
	fs.cands = fs.cands[:0]
	figScratchPool.Put(fs)
}

// titleSpan returns the byte range of the headline line, or 0, 0.
func titleSpan(text string) (int, int) {
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
				return lo, hi
			}
			return 0, 0
		}
		lo = hi + 1
	}
	return 0, 0
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
// right after it: "150 km (93 miles)", "1 billion reais ($197 million)".
func (ln *figLine) conversion(a, b numExpr) bool {
	if a.kind != b.kind || a.kind != nkMeasure && a.kind != nkMoney || a.unit == b.unit {
		return false
	}
	return b.qFirst-1 == a.last+1 && ln.punct(a.last+1, "(") && ln.punct(b.last+1, ")")
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

// groupFigures turns candidates into figures: the same value, category and
// unit with a compatible counted noun is one fact mentioned again
// ("128 more raids" ... "128 raids"); a headline's vague amount ("dozens
// dead") is the body's exact toll.
func groupFigures(text string, cands []figCand, scanLimit int) []model.Figure {
	type group struct {
		cands []int
		noun  string
		// the groups of one key in order of creation, a list from the
		// one in byKey (tail is kept there): one map entry per key and no
		// slice of groups per key to allocate
		next, tail *group
		key        groupKey
	}
	// groups live in one slab (at most one per candidate, so it never
	// grows and pointers into it stay valid), not one allocation each
	slab := make([]group, 0, len(cands))
	groups := make([]*group, 0, len(cands))
	// An article's few dozen figures find the first group of their key by
	// scanning the groups (a map cost more to build than to use); only a
	// long text needs the map to stay linear. Either gives the same first
	// group.
	var byKey map[groupKey]*group
	if len(cands) > scanLimit {
		byKey = make(map[groupKey]*group, len(cands))
	}
	var prev *group
	for k, c := range cands {
		key := groupKey{c.e.approx, c.cat, c.sub, c.e.unit, c.e.value, c.e.max}
		var into *group
		if c.conversion && prev != nil {
			into = prev // "150 km (93 miles)": the same distance again
		}
		var head *group
		if byKey != nil {
			head = byKey[key]
		} else {
			for _, g := range groups {
				if g.key == key {
					head = g
					break
				}
			}
		}
		gi := 0
		for g := head; g != nil; g, gi = g.next, gi+1 {
			if into != nil {
				break
			}
			if gi == maxSameValueGroups {
				break // keeps grouping linear on pathological input
			}
			if c.title || cands[g.cands[0]].title || nounsCompatible(g.noun, c.noun, c.cat) {
				into = g
				break
			}
		}
		if into == nil {
			slab = append(slab, group{key: key})
			into = &slab[len(slab)-1]
			groups = append(groups, into)
			if head == nil {
				into.tail = into
				if byKey != nil {
					byKey[key] = into
				}
			} else {
				head.tail.next, head.tail = into, into
			}
		}
		into.cands = append(into.cands, k)
		prev = into
		if into.noun == "" {
			into.noun = c.noun
		}
	}
	// A headline's vague amount with no other mention is the body's exact
	// figure of the same kind in its range: "dozens dead" ... "39 are confirmed dead".
	merged := make([]bool, len(groups))
	for gi, g := range groups {
		c := cands[g.cands[0]]
		if len(g.cands) != 1 || !c.title || !c.e.approx || c.cat == model.Count {
			continue
		}
		for hi, h := range groups {
			if hi == gi || merged[hi] {
				continue
			}
			d := cands[h.cands[0]]
			if d.e.approx || d.title || d.cat != c.cat || d.sub != c.sub {
				continue
			}
			if d.e.value > c.e.value && d.e.value < c.e.value*vagueSpan {
				h.cands = append(h.cands, g.cands...)
				merged[gi] = true
				break
			}
		}
	}
	figs := make([]model.Figure, 0, len(groups))
	for gi, g := range groups {
		if merged[gi] {
			continue
		}
		sort.Ints(g.cands)
		// the figure reads as its first exact mention
		primary := cands[g.cands[0]]
		for _, k := range g.cands {
			if !cands[k].e.approx {
				primary = cands[k]
				break
			}
		}
		// a headline's words are clipped: the label comes from the body
		labelled := primary
		for _, k := range g.cands {
			if c := cands[k]; !c.title && c.label != "" {
				labelled = c
				break
			}
		}
		f := model.Figure{
			Value:    primary.e.value,
			Text:     text[primary.e.start:primary.e.end],
			Approx:   primary.e.approx,
			Unit:     primary.e.unit,
			Category: primary.cat,
			Subtype:  primary.sub,
			Label:    labelled.label,
		}
		if primary.e.hasMax {
			m := primary.e.max
			f.Max = &m
		}
		f.Mentions = make([]model.Mention, 0, len(g.cands))
		for _, k := range g.cands {
			c := cands[k]
			if f.Qualifier == "" {
				f.Qualifier = c.e.qual
			}
			if f.Label == "" || len(f.Label) < 4 && len(c.label) > len(f.Label) {
				f.Label = c.label
			}
			f.Mentions = append(f.Mentions, model.Mention{Start: c.e.start, End: c.e.end, Text: text[c.e.start:c.e.end]})
		}
		if primary.e.earlier {
			f.Label = strings.TrimSpace(f.Label + " (earlier figure)")
		}
		figs = append(figs, f)
	}
	return figs
}

// maxScannedGroups is the most candidates whose groups groupFigures scans
// rather than indexes.
const maxScannedGroups = 64

// maxSameValueGroups bounds how many earlier facts with the same value and
// category a mention is compared with.
const maxSameValueGroups = 16

// vagueSpan is how far above its conventional value a vague amount
// reaches: "dozens" covers 12 up to about a hundred.
const vagueSpan = 9

// nounsCompatible reports whether two counted nouns can be the same fact:
// equal, one of them unnamed, or both security forces ("115,000 security
// personnel" and "115,000 police, gendarmes and military").
func nounsCompatible(a, b string, cat model.Category) bool {
	if a == "" || b == "" || a == b {
		return true
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
