package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
)

// Reading a number's clause: the counted noun phrase after the number
// ("more raids", "two of whom"), the verb before it ("killed five",
// "left 400 people wounded") and after it ("129 people died"), past
// asides and auxiliaries, each search bounded by maxClauseWords. classify
// in categories.go asks these questions.

// nounPhrase returns the token range of the counted noun phrase after e
// ("more raids", "security personnel", "Buddhist pilgrims") or after a
// partitive "of (the)" ("Four of the deceased", "dozens of weapons").
// pronoun reports a partitive pronoun ("two of whom", "five of them"),
// whose clause goes on after it.
func (ln *figLine) nounPhrase(e numExpr) (first, end int, pronoun bool) {
	k := e.last + 1
	n := len(ln.toks)
	whole := false // "of the four suspects" was read past
	if ln.is(k, "out") && ln.is(k+1, "of") {
		k++ // "Nine out of 10 residents"
	}
	if ln.is(k, "of") {
		k++
		switch {
		case ln.is(k, "whom") || ln.is(k, "them") || ln.is(k, "which") || ln.is(k, "us") || ln.is(k, "those"):
			return k + 1, k + 1, true
		case ln.is(k, "the") || ln.is(k, "these") || ln.is(k, "their") || ln.is(k, "its") || ln.is(k, "his") || ln.is(k, "her"):
			k++
			if ln.is(k, "last") || ln.is(k, "first") || ln.is(k, "past") || ln.is(k, "next") {
				k++ // "eight of its last ten matches"
			}
		}
		// "Three of the four suspects": the part counts the whole's noun;
		// the whole's number only describes it
		if k < n && ln.numberTok(k) && ln.startsNumber(k) {
			if c2, ok := ln.parseCore(k); ok && !c2.skip {
				k = c2.last + 1
				whole = true
				// "Six of the seven detained were released": a participle
				// after the whole's number is its noun, and the verb after
				// it is the part's
				if ln.participleAt(k) && (ln.cls(k+1, fcAux) || ln.edVerb(k+1) || ln.cls(k+1, fcCasualty|fcArrest)) {
					return k, k + 1, false
				}
			}
		}
	}
	// a closing quote may sit between the number and its noun
	first = k
	j := k
	for ; j < n && j < k+5; j++ {
		t := ln.toks[j]
		if t.kind != tWord {
			break
		}
		kw := t.kw()
		if kw != nil && kw.cls&(fcStopNP|fcRelative|fcStop) != 0 && kw.cls&fcGeneric == 0 {
			break
		}
		if ln.startsNumber(j) && kw != nil && (kw.isNum || kw.vague > 0) {
			break
		}
		if j > first && kw == nil && pronounWord(ln.str(j)) {
			break // "the 38 countries they named"
		}
		w := new(foldBuf).of(ln.str(j))
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			break // "Millions don't turn up": a negated auxiliary
		}
		if j > first && objectVerbs[w] {
			break // "nine regions saw deaths rise": a verb in the past without -ed
		}
		verbish := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || kw != nil && kw.cls&(fcCasualty|fcArrest) != 0 && kw.cls&fcCasualtyNoun == 0
		if verbish {
			if j > first {
				break // "23 people arrested": the verb after the noun
			}
			// a participle before a noun is a modifier: "25 wounded people";
			// before an article it takes an object ("six following the
			// landslide")
			if j+1 >= n || ln.toks[j+1].kind != tWord || ln.cls(j+1, fcStopNP|fcRelative|fcStop|fcAux) || ln.determiner(j+1) {
				if kw != nil && kw.cls&fcCasualtyNoun != 0 {
					j++ // "35 dead"
				}
				break
			}
		}
	}
	// "Seven of the 11 people arrested were released": the participle
	// before the clause's verb says which people make up the whole
	if whole && j > first && ln.participleAt(j) && ln.cls(j+1, fcAux) {
		j++
	}
	return first, j, false
}

// verbBefore returns the transitive verb governing the number from the
// left ("killed five", "injuring at least 25", "killed another 12"), or -1.
func (ln *figLine) verbBefore(q int) int {
	for p, skipped := q-1, 0; p >= 0 && skipped <= 3; p-- {
		t := ln.toks[p]
		if t.kind != tWord {
			return -1
		}
		if t.kw() != nil && t.kw().cls&(fcTransitive|fcSpared) != 0 {
			return p
		}
		if ln.is(p, "dead") && ln.is(p-1, "shot") {
			return p // "shot dead four people"
		}
		// "arrest" is a noun ("under arrest") unless a count is its
		// object: "Police arrest 12"
		if ln.is(p, "arrest") && p == q-1 && !ln.determiner(p-1) && !ln.cls(p-1, fcStopNP) {
			return p
		}
		if t.kw() == nil || t.kw().cls&fcSkip == 0 {
			return -1
		}
		skipped++
	}
	return -1
}

// objectVerb returns the verb whose object the number at q is ("seized 26
// bank records", "killing at least 38 people"), or -1. Words like "a",
// "another", "some" may sit between them; a reporting verb ("said",
// "estimated") takes a clause, not a count.
func (ln *figLine) objectVerb(q int) int {
	for p, skipped := q-1, 0; p >= 0 && skipped <= 2; p-- {
		if ln.toks[p].kind != tWord {
			return -1
		}
		if ln.verbPP(p) != "" {
			// "an injured 25" is an adjective; "be constructed up to four
			// floors" a passive with no object; "exceeded 100" links a
			// subject to its amount
			if ln.determiner(p-1) || ln.beForm(p-1) || ln.cls(p, fcLevel|fcAbove) {
				return -1
			}
			return p
		}
		// "earned the remaining 1", "killed the other two": what is left of
		// a count the clause's verb still governs
		if p == q-1 && ln.is(p-1, "the") && (ln.is(p, "remaining") || ln.is(p, "other")) {
			p--
			skipped++
			continue
		}
		if !ln.cls(p, fcSkip) || ln.determiner(p) && p < q-1 {
			return -1
		}
		skipped++
	}
	return -1
}

// verbAfter returns the casualty or arrest word that says what happened
// to the counted ("129 people died", "Seven people were detained", "One
// child was, according to the fire service, among the dead"), or -1. It
// stops where the clause ends: a full stop, a relative pronoun, a
// reporting verb, another number.
// verbAfterApposition returns the casualty or arrest verb right after
// the punctuation at j that closes an apposition holding the number e
// (opened by a comma right before it, or a dash earlier in its
// sentence), or -1.
func (ln *figLine) verbAfterApposition(e numExpr, j int) int {
	opened := false
	if s := ln.str(j); s == "," {
		opened = ln.punct(e.qFirst-1, ",")
	} else {
		for p := e.qFirst - 1; p >= 0 && !ln.punct(p, ".!?;:"); p-- {
			if ln.punct(p, "—–") {
				opened = true
				break
			}
		}
	}
	if !opened {
		return -1
	}
	k := j + 1
	for w := 0; w < 2 && k < len(ln.toks) && ln.cls(k, fcAux); w++ {
		k++
	}
	if k < len(ln.toks) && ln.toks[k].kind == tWord && ln.cls(k, fcCasualty|fcArrest) && !ln.cls(k, fcCasualtyNoun) {
		return k
	}
	return -1
}

func (ln *figLine) verbAfter(e numExpr, from int, pronoun, object bool) int {
	n := len(ln.toks)
	words := 0
	lastTry := false // the object's one candidate was read
	for j := from; j < n && words < maxClauseWords; j++ {
		t := ln.toks[j]
		if t.kind == tPunct {
			s := ln.str(j)
			// "two thirds of those infected, over 1,800 people, have
			// died", "all on board — Bryant, his daughter and seven
			// others — died": an apposition's number shares the verb
			// after it
			if j == from && (s == "," || s == "—" || s == "–") {
				if v := ln.verbAfterApposition(e, j); v >= 0 {
					return v
				}
			}
			if strings.ContainsAny(s, ".!?;:–—()") {
				return -1
			}
			// ", according to officials," and ", including ...," are asides;
			// any other comma ends the clause about the number.
			if s == "," {
				k := ln.asideEnd(j)
				if k < 0 {
					return -1
				}
				j = k
			}
			continue
		}
		words++
		// An object's own predicate comes right after it, past auxiliaries
		// and adverbs: "found 12 people dead", "received 40 people injured
		// in the blast", "disclosed 12 people were arrested". Anything
		// further belongs to another verb ("and killed 112") or another
		// clause ("and the fire killed two", "as the fire killed two").
		if object && !ln.cls(j, fcAux) && !ln.adverb(j) {
			if !ln.cls(j, fcCasualty|fcArrest) && !((ln.is(j, "in") || ln.is(j, "to")) && ln.is(j+1, "hospital")) {
				return -1
			}
			object = false
			lastTry = true
		} else if lastTry && !(ln.is(j, "hospital") && (ln.is(j-1, "in") || ln.is(j-1, "to"))) {
			return -1
		}
		if ln.startsNumber(j) && !(t.kw() != nil && t.kw().isNum && t.kw().num == 1 && ln.is(j+1, "of")) {
			if c, ok := ln.parseCore(j); ok && !c.skip {
				if !ln.modifies(j) {
					return -1
				}
				j = c.last // "210 suspects in 14 countries were arrested": the phrase is the noun's
				continue
			}
		}
		kw := t.kw()
		if kw == nil {
			continue
		}
		if kw.cls&(fcCasualty|fcArrest|fcSpared) != 0 {
			// "infects 4,000 and kills 112": a verb with an object of its
			// own is that object's, not ours
			if kw.cls&(fcTransitive|fcSpared) != 0 && ln.objectFollows(j) {
				return -1
			}
			// "were shot dead", "shot and killed", "stabbed to death"
			if kw.sub == model.Wounded && kw.cls&fcTransitive != 0 {
				switch {
				case ln.is(j+1, "dead"):
					return j + 1
				case ln.is(j+1, "and") && ln.kwAt(j+2) != nil && ln.kwAt(j+2).sub == model.Killed:
					return j + 2
				case ln.is(j+1, "to") && ln.is(j+2, "death"):
					return j + 2
				}
			}
			// "yet to receive a single shot", "on a shooting line": after
			// "a" the verb's form is a noun, and says nothing of the count
			if kw.cls&fcTransitive != 0 && (ln.is(j-1, "a") || ln.is(j-1, "an") || (ln.is(j-1, "single") || ln.is(j-1, "booster")) && ln.determiner(j-2)) {
				continue
			}
			// "were held" is detention; "held talks" is not
			if ln.is(j, "held") && (!ln.cls(j-1, fcAux) || ln.is(j+1, "hostage") || ln.is(j+1, "captive")) {
				continue
			}
			// "search and rescue teams": a noun; "were rescued" says what befell them
			if kw.cls&fcSpared != 0 && !participle(ln.str(j)) {
				continue
			}
			// people "under the rubble" are missing; survivors pulled "from the rubble" are not
			if ln.is(j, "rubble") && !(ln.is(j-1, "under") || ln.is(j-1, "beneath") || ln.is(j-2, "under") || ln.is(j-2, "beneath")) {
				continue
			}
			return j
		}
		if ln.is(j, "hospital") && (ln.is(j-1, "in") || ln.is(j-1, "to")) {
			return j
		}
		if kw.cls&(fcRelative|fcStop) != 0 && !(pronoun && j == from) {
			return -1
		}
	}
	return -1
}

// asideEnd returns the comma that closes an aside opened by the comma at
// j (", according to officials,", ", who were all crew,"), or -1 when the
// comma opens none: it then ends the clause about the number. A relative
// aside must be followed by its clause's verb.
func (ln *figLine) asideEnd(j int) int {
	n := len(ln.toks)
	relative := ln.is(j+1, "who") || ln.is(j+1, "which")
	if !ln.cls(j+1, fcAside) && !relative {
		return -1
	}
	k := j + 1
	for k < n && k < j+12 && ln.str(k) != "," && !strings.ContainsAny(ln.str(k), ".!?;") {
		k++
	}
	if k >= n || ln.str(k) != "," {
		return -1
	}
	if relative && !ln.cls(k+1, fcAux) && !ln.edVerb(k+1) {
		return -1
	}
	return k
}

// objectFollows reports whether a number follows the verb at v as its
// object, with at most a determiner or a qualifier between them ("kills
// 112", "killed at least 20", "killed another 12").
func (ln *figLine) objectFollows(v int) bool {
	for k := v + 1; k < len(ln.toks) && k <= v+4; k++ {
		if ln.toks[k].maybeNum() && ln.startsNumber(k) {
			return true
		}
		if ln.toks[k].kind != tWord || !(ln.cls(k, fcSkip|fcQualEnd|fcGeneric) || ln.is(k, "up") || ln.is(k, "well") ||
			ln.is(k, "just") || ln.is(k, "fewer") || ln.is(k, "less") || ln.is(k, "as") || ln.is(k, "no") || ln.is(k, "not")) {
			return false
		}
	}
	return false
}

// causativeBefore returns the causative verb whose object the number at q
// is ("left thousands homeless", "leaving 12 dead"), or -1; "the", "a",
// "another" may sit between them.
func (ln *figLine) causativeBefore(q int) int {
	for p := q - 1; p >= 0 && p >= q-3; p-- {
		if ln.cls(p, fcCausative) {
			return p
		}
		if !ln.cls(p, fcSkip) || ln.is(p, "of") || ln.cls(p, fcLevel) && !ln.determiner(p) {
			return -1
		}
	}
	return -1
}

// searchBack looks left of token q, within the sentence and at most max
// words, for a word of class c. Other numbers stop it when stopAtNumber.
func (ln *figLine) searchBack(q, max int, c figClass, stopAtNumber bool) int {
	words := 0
	for p := q - 1; p >= 0 && words < max; p-- {
		t := ln.toks[p]
		if t.kind == tPunct {
			if strings.ContainsAny(ln.str(p), ".!?;") {
				return -1
			}
			continue
		}
		words++
		if stopAtNumber && (t.kind == tNum || t.kw() != nil && (t.kw().isNum || t.kw().vague > 0)) {
			return -1
		}
		if t.kw() != nil && t.kw().cls&c != 0 {
			return p
		}
		if stopAtNumber && t.kw() != nil && t.kw().cls&(fcRelative|fcStop|fcAux) != 0 {
			return -1
		}
	}
	return -1
}
