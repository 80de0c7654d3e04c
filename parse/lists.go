package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
)

// Lists: the numbers of one list share what one member's clause says.
// "150 security forces, 95 civilians, and hundreds of Taliban killed"
// were all killed; a breakdown after a total ("45 people, including 12
// children") counts parts of it. coordinated says which numbers form a
// list.

// shareListVerbs gives the numbers of a list the verb or event noun one of
// them has: in "150 security forces, 95 civilians, and hundreds of Taliban
// killed" all three were killed; in "deaths are fourteen civilians, five
// Armed Forces personnel, and one member" all three died.
func (ln *figLine) shareListVerbs(cands []figCand) {
	if len(cands) < 2 {
		return
	}
	// chain id per candidate, and below the nearest eventful member each
	// way: a line's few numbers fit in arrays on the stack
	var small [3][16]int
	chain, left, right := small[0][:0], small[1][:0], small[2][:0]
	if len(cands) > len(small[0]) {
		chain, left, right = make([]int, 0, len(cands)), make([]int, 0, len(cands)), make([]int, 0, len(cands))
	}
	chain, left, right = chain[:len(cands)], left[:len(cands)], right[:len(cands)]
	for k := range cands {
		chain[k] = k
		if k > 0 && ln.coordinated(cands[k-1].e, cands[k].e) {
			chain[k] = chain[k-1]
			// "left 12 dead and thousands homeless": the causative's second
			// object has its own complement; without a casualty word there
			// it is a count, whatever the first one's says
			if c := &cands[k]; cands[k-1].causative && c.e.kind == nkCount {
				c.causative = true
				if cands[k-1].strong {
					c.strong = true
				}
			}
		}
	}
	// nearest strong casualty or arrest member of the same chain, to the
	// left and to the right: two linear passes
	eventful := func(m int) bool {
		return cands[m].strong && cands[m].e.kind == nkCount && (cands[m].cat == model.Casualties || cands[m].cat == model.Arrests)
	}
	for k := range cands {
		left[k] = -1
		if k > 0 && chain[k-1] == chain[k] {
			left[k] = left[k-1]
			if eventful(k - 1) {
				left[k] = k - 1
			}
		}
	}
	for k := len(cands) - 1; k >= 0; k-- {
		right[k] = -1
		if k+1 < len(cands) && chain[k+1] == chain[k] {
			right[k] = right[k+1]
			if eventful(k + 1) {
				right[k] = k + 1
			}
		}
	}
	for k := range cands {
		c := &cands[k]
		if c.strong || c.e.kind != nkCount || c.cat == model.Measure {
			continue
		}
		// "12 people were killed, including four children": the part was killed too
		if c.including && k > 0 && eventful(k-1) && ln.sameSentence(cands[k-1].e, c.e) {
			c.cat, c.sub, c.strong = cands[k-1].cat, cands[k-1].sub, true
			continue
		}
		best := left[k]
		if r := right[k]; r >= 0 && (best < 0 || r-k < k-best) {
			best = r
		}
		// "abducted 30 villagers and 12 were killed": a verb of its own
		// governs the number, not the list's; "10 million cases and
		// 140,000 deaths": a noun of its own says what it counts
		if best >= 0 && cands[best].byNoun && c.noun != "" {
			continue
		}
		if best >= 0 && !ln.ownVerb(c.e) && ln.objectVerb(c.e.qFirst) < 0 {
			c.cat, c.sub = cands[best].cat, cands[best].sub
		}
	}
}

// shareBreakdown gives the parts of a toll the toll's category: a list of
// counts after it in the same sentence whose values add up to it ("20
// bodies had been recovered, eleven women and nine men") breaks it down.
func (ln *figLine) shareBreakdown(cands []figCand) {
	for k := 0; k+1 < len(cands); k++ {
		whole := &cands[k]
		if !whole.strong || whole.e.kind != nkCount || whole.e.approx || whole.e.hasMax ||
			whole.cat != model.Casualties && whole.cat != model.Arrests {
			continue
		}
		sum, end := 0.0, k+1
		for m := k + 1; m < len(cands); m++ {
			c := &cands[m]
			if c.strong || c.e.kind != nkCount || c.e.approx || !ln.sameSentence(whole.e, c.e) ||
				m > k+1 && !ln.coordinated(cands[m-1].e, c.e) {
				break
			}
			sum += c.e.value
			end = m + 1
			if sum >= whole.e.value {
				break
			}
		}
		if end-k < 3 || sum != whole.e.value {
			continue // one part alone is no breakdown ("12 dead, 12 hurt")
		}
		for m := k + 1; m < end; m++ {
			cands[m].cat, cands[m].sub, cands[m].strong = whole.cat, whole.sub, true
		}
	}
}

// shareTollOfVictims gives "Three of the victims", lumped casualties,
// what befell the victims of the toll before it in the paragraph: after
// "killing four", three of the victims were killed. The toll must be as
// large, and no toll of another kind may stand between.
func (ln *figLine) shareTollOfVictims(cands []figCand) {
	for k := 1; k < len(cands); k++ {
		c := &cands[k]
		if c.cat != model.Casualties || c.sub != "" || c.e.kind != nkCount || !ln.is(c.e.last+1, "of") || !ln.is(c.e.last+2, "the") ||
			!ln.is(c.e.last+3, "victims") && !ln.is(c.e.last+3, "casualties") {
			continue
		}
		for m := k - 1; m >= 0; m-- {
			if w := &cands[m]; w.cat == model.Casualties && w.sub != "" {
				if w.e.kind == nkCount && w.e.value >= c.e.value {
					c.sub = w.sub
				}
				break
			}
		}
	}
}

// ownVerb reports whether a verb of its own follows the number's noun
// phrase ("thousands displaced"), so it does not share a list's verb.
func (ln *figLine) ownVerb(e numExpr) bool {
	_, end, _ := ln.nounPhrase(e)
	if end >= len(ln.toks) || ln.toks[end].kind != tWord {
		return false
	}
	if ln.cls(end, fcStopNP) && !ln.cls(end, fcAux) {
		return false // "during", "according": prepositions that look like participles
	}
	w := new(foldBuf).of(ln.str(end))
	return ln.cls(end, fcAux) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// sameSentence reports whether no sentence end lies between a and b.
func (ln *figLine) sameSentence(a, b numExpr) bool {
	for j := a.last + 1; j < b.first; j++ {
		if ln.punct(j, ".!?;") {
			return false
		}
	}
	return true
}

// coordinated reports whether b follows a in the same list: only a short
// noun phrase and a comma or "and" between them, no verb.
func (ln *figLine) coordinated(a, b numExpr) bool {
	from, to := a.last+1, b.qFirst
	if to-from > 6 || to <= from {
		return false
	}
	joined := false
	for j := from; j < to; j++ {
		s := ln.str(j)
		if ln.toks[j].kind == tPunct {
			if strings.ContainsAny(s, ".!?;:") {
				return false
			}
			if s == "," {
				joined = true
			}
			continue
		}
		if ln.is(j, "and") || ln.is(j, "or") {
			joined = true
			continue
		}
		// "killed 12 and left thousands homeless", "arrested 23 people and
		// seized 40 weapons": a verb opening the second member governs it
		// ("kill 14, force 20,000 from homes": a verb of any kind right
		// before the second number governs it)
		if joined && (ln.verbPP(j) != "" || ln.cls(j, fcCausative|fcTransitive) ||
			j == to-1 && ln.toks[j].kind == tWord && !ln.toks[j].upper() && !ln.functionWord(j) && !ln.numberTok(j)) {
			return false
		}
		if ln.cls(j, fcCasualty|fcArrest|fcAux|fcRelative|fcStop) && !ln.cls(j, fcCasualtyNoun) {
			return false
		}
		if ln.toks[j].kind == tNum {
			return false
		}
	}
	return joined
}
