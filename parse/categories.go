package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
)

// What a number counts is read from its clause: the counted noun after it
// ("128 raids", "two of whom", "25 wounded people") and the verb that
// governs it, before ("killed five", "injuring at least 25") or after
// ("129 people died", "Seven people were detained", "left more than 400
// people wounded"). Event nouns (deaths, bodies, raids) decide at once;
// verbs beat nouns that only say who was counted (people, soldiers).

// figCand is one number found in the text with what its clause says.
type figCand struct {
	e      numExpr
	cat    model.Category
	sub    string
	strong bool   // the category comes from a verb or an event noun
	noun   string // the counted noun, lower case, "" when none or generic
	label  string
	// labelVerb is the participle that ends the label ("deployed"), which
	// the other members of a list share; labelSays marks a label that
	// already says what befell the counted ("14 dead"), which takes none.
	labelVerb string
	labelSays bool
	title     bool // in the headline
	why       int  // token of the word that gave the category, or -1
	// definite marks "the two men", "these three": entities the story
	// already introduced, not a new count.
	definite bool
	// including marks "including 12 children": a part of the number before.
	including bool
	// conversion marks "(93 miles)" after "150 km": the same fact.
	conversion bool
	// causative marks the object of "left", "leaving": its complement
	// ("homeless", "dead") says what befell it, and so does each member of
	// a list of such objects ("left 12 dead and thousands homeless").
	causative bool
}

// maxClauseWords bounds how far a verb may be from its number.
const maxClauseWords = 12

// classify reads the category, subtype, counted noun and label of e.
func (l *figLine) classify(e numExpr) figCand {
	c := figCand{e: e, why: -1}
	if c.e.qual == "" && l.cls(e.qFirst-1, fcAbove) {
		c.e.qual = "more than" // "death tolls exceeded 100"
	}
	switch e.kind {
	case nkMoney:
		c.cat = model.Money
	case nkPercent:
		c.cat = model.Percent
	case nkDuration:
		c.cat = model.Duration
	case nkMeasure:
		c.cat = model.Measure
	}
	if c.cat != "" {
		c.strong = true
		c.label = l.unitLabel(&c)
		return c
	}
	if l.magnitudeContext(e) {
		c.cat, c.strong = model.Measure, true
		c.e.kind, c.e.unit = nkMeasure, "magnitude"
		c.label = "magnitude"
		return c
	}
	c.cat = model.Count
	if e.compound != "" {
		c.noun = e.compound
		// "a ten-storey building" is a building; "ten-storey" alone says its unit
		if c.label = l.modifiedNoun(e, e.last+1); c.label == "" {
			c.label = e.compound
		}
		return c
	}

	npFirst, npEnd, pronoun := l.nounPhrase(e)
	var personnel bool
	for j := npFirst; j < npEnd; j++ {
		kw := l.toks[j].kw()
		if kw == nil {
			continue
		}
		switch {
		case kw.cls&fcCasualty != 0 && !c.strong:
			c.cat, c.sub = model.Casualties, kw.sub
			// "victims" and "casualties" name the counted, not what befell them
			c.strong = !l.is(j, "victims") && !l.is(j, "casualties")
		case kw.cls&fcRaid != 0:
			c.cat, c.sub, c.strong = model.Raids, "", true
		case kw.cls&fcArrest != 0 && kw.cls&fcTransitive == 0:
			c.cat, c.sub, c.strong = model.Arrests, kw.sub, true
		case kw.cls&fcPersonnel != 0:
			personnel = true
		}
	}
	if npEnd > npFirst {
		head := lowerASCII(l.str(npEnd - 1))
		if !l.cls(npEnd-1, fcGeneric) {
			c.noun = strings.TrimSuffix(head, "s")
		}
	}
	generic := npEnd == npFirst || c.noun == ""
	switch p := e.qFirst - 1; {
	case l.is(p, "the") || l.is(p, "these") || l.is(p, "those") || l.is(p, "both") || l.is(p, "its") || l.is(p, "their") ||
		l.is(p, "his") || l.is(p, "her") || l.is(p, "our"):
		c.definite = true
	case l.is(p, "including") || l.is(p, "among") || l.is(p, "them") && l.is(p-1, "among"):
		c.including = true
	}
	if pronoun { // "40 were injured, 12 of them seriously"
		c.including = true
	}

	// "Three of the four suspects were arrested": the clause's verb is the
	// part's, "Three"; the whole ("the four suspects") is a description,
	// which only a participle of its own ("of the 12 people killed") says
	// more about.
	if l.partitiveWhole(e) {
		end := npEnd
		if !c.strong && l.cls(npEnd, fcCasualty|fcArrest) && !l.cls(npEnd, fcAux) {
			c.setFrom(l, npEnd)
			end++
		}
		if end > npFirst {
			c.label = l.text[int(l.toks[npFirst].start):int(l.toks[end-1].end)]
		}
		if end == npFirst && l.cls(npEnd, fcRelative) {
			c.label = l.countLabel(&c, npFirst, npEnd, pronoun) // "Of the 2.8 million who voted"
		}
		c.strong = true // the part's verb is not the whole's to share
		return c
	}
	// "left thousands homeless", "left 12 people dead": after a causative
	// verb the word after the object says what befell it, and nothing
	// else in the sentence does.
	c.causative = l.causativeBefore(e.qFirst) >= 0
	if !c.strong && c.causative {
		j := npEnd
		for j < len(l.toks) && j < npEnd+2 && l.adverb(j) && !l.cls(j, fcStopNP) {
			j++ // "left two people critically injured"
		}
		if l.is(j, "in") && l.is(j+1, "hospital") {
			j++
		}
		if l.participleAt(j) && l.cls(j, fcCasualty|fcArrest) || l.is(j, "hospital") {
			c.setFrom(l, j)
		}
		// "left 12 soldiers and three civilians dead": a list of objects
		// has its complement after the last, which the list shares
		list := (l.punct(npEnd, ",") || l.is(npEnd, "and") || l.is(npEnd, "or")) && npEnd+1 < len(l.toks) && l.startsNumber(npEnd+1)
		if !list {
			c.strong = true // homeless, stranded, without power: a count
		}
	}
	// A transitive verb right before the number: "killed five", "injuring at least 25".
	if !c.strong {
		if v := l.verbBefore(e.qFirst); v >= 0 {
			c.setFrom(l, v)
		}
	}
	// A verb or adjective after the counted noun: "129 people died". The
	// object of a verb of its own ("infected 4,000 people") is not the
	// subject of a verb after "and": "and killed 112" has the sentence's.
	object := l.objectVerb(e.qFirst) >= 0
	if !c.strong {
		if v := l.verbAfter(e, npEnd, pronoun, object); v >= 0 {
			c.setFrom(l, v)
		}
	}
	// "90 civilians were wounded, as were seventeen from the Armed Forces"
	if !c.strong && (l.is(e.qFirst-1, "were") || l.is(e.qFirst-1, "was")) && l.is(e.qFirst-2, "as") {
		if v := l.searchBack(e.qFirst-2, 20, fcCasualty|fcArrest, false); v >= 0 {
			c.setFrom(l, v)
		}
	}
	// "the death toll of 27", "the toll rose from fourteen to 31", "deaths are fourteen civilians"
	if !c.strong && (l.cls(e.qFirst-1, fcLevel) || l.is(e.qFirst-1, "from")) {
		if v := l.searchBack(e.qFirst-1, maxClauseWords, fcCasualty|fcArrest|fcRaid, false); v >= 0 && l.levelSubject(v, e.qFirst-1) {
			c.setFrom(l, v)
		}
	}
	// "kills photojournalist, at least five others", "killed a guard, 12
	// soldiers and two civilians": the verb reaches over its first object
	// to the next member of its list of objects.
	member := l.punct(e.qFirst-1, ",") || l.is(e.qFirst-1, "and")
	if !c.strong && (generic || member) && !object && !l.cls(npEnd, fcAux) && !l.is(e.qFirst-1, "of") && !l.ownVerb(e) {
		// the verb must have a list of objects: not a number of its own
		// ("killed 12 and injured 40, thousands"), not a complement after
		// one ("left 12 dead, 40 injured and thousands homeless")
		if v := l.searchBack(e.qFirst, 6, fcTransitive, true); v >= 0 && (generic || !l.objectFollows(v) && !l.numberTok(v-1)) {
			c.setFrom(l, v)
		}
	}
	// "11 million staff and security personnel": a coordinated noun counts too
	if j := npEnd; !personnel && c.cat == model.Count && (l.is(j, "and") || l.is(j, "or")) {
		for j++; j < len(l.toks) && j < npEnd+4 && l.toks[j].kind == tWord && !l.toks[j].maybeNum(); j++ {
			if l.cls(j, fcPersonnel) {
				personnel = true
				break
			}
			if l.cls(j, fcStopNP|fcRelative|fcStop|fcAux) {
				break
			}
		}
	}
	if c.cat == model.Count && personnel {
		c.cat = model.Personnel
	}
	c.label = l.countLabel(&c, npFirst, npEnd, pronoun)
	if c.label == "" && c.why >= 0 {
		c.label = strings.ToLower(l.str(c.why))
		if l.is(c.why-1, "death") {
			c.label = "death " + c.label
		}
	}
	return c
}

// partitiveWhole reports whether e is the whole of a partitive, "the
// four" in "Three of the four suspects" or "12" in "five of 12 passengers".
func (l *figLine) partitiveWhole(e numExpr) bool {
	p := e.qFirst - 1
	if l.is(p, "the") || l.is(p, "these") || l.is(p, "their") || l.is(p, "its") || l.is(p, "his") || l.is(p, "her") {
		p--
	}
	// "Of the 40 passengers, 22 were killed": the whole comes first
	return l.is(p, "of") && (l.numberTok(p-1) || l.is(p-1, "out") && l.numberTok(p-2) || l.sentenceStart(p) || l.punct(p-1, ","))
}

// levelSubject reports whether the word at v, found left of the link word
// at p ("of", "to", "was"...), is what the number measures: a noun ("death
// toll", "deaths") or a participle ("the number of people killed has risen
// to 45"), but not a finite verb with its own object, and not "held",
// which elections and talks are too.
func (l *figLine) levelSubject(v, p int) bool {
	if l.is(v, "held") {
		return false
	}
	if !l.cls(v, fcTransitive) {
		return true
	}
	return participle(l.str(v)) && !l.is(p, "of") && !l.is(p, "from")
}

// setFrom sets the category the casualty, arrest or raid word at token v
// implies, and remembers the word for the label.
func (c *figCand) setFrom(l *figLine, v int) {
	kw := l.toks[v].kw()
	c.why = v
	switch {
	case l.is(v, "hospital"): // "remain in hospital"
		c.cat, c.sub = model.Casualties, model.Wounded
	case kw.cls&fcCasualty != 0:
		c.cat, c.sub = model.Casualties, kw.sub
	case kw.cls&fcArrest != 0:
		c.cat, c.sub = model.Arrests, kw.sub
	case kw.cls&fcRaid != 0:
		c.cat, c.sub = model.Raids, ""
	default:
		return
	}
	c.strong = true
}

// nounPhrase returns the token range of the counted noun phrase after e
// ("more raids", "security personnel", "Buddhist pilgrims") or after a
// partitive "of (the)" ("Four of the deceased", "dozens of weapons").
// pronoun reports a partitive pronoun ("two of whom", "five of them"),
// whose clause goes on after it.
func (l *figLine) nounPhrase(e numExpr) (first, end int, pronoun bool) {
	k := e.last + 1
	n := len(l.toks)
	whole := false // "of the four suspects" was read past
	if l.is(k, "out") && l.is(k+1, "of") {
		k++ // "Nine out of 10 residents"
	}
	if l.is(k, "of") {
		k++
		switch {
		case l.is(k, "whom") || l.is(k, "them") || l.is(k, "which") || l.is(k, "us") || l.is(k, "those"):
			return k + 1, k + 1, true
		case l.is(k, "the") || l.is(k, "these") || l.is(k, "their") || l.is(k, "its") || l.is(k, "his") || l.is(k, "her"):
			k++
		}
		// "Three of the four suspects": the part counts the whole's noun;
		// the whole's number only describes it
		if k < n && l.numberTok(k) && l.startsNumber(k) {
			if c2, ok := l.parseCore(k); ok && !c2.skip {
				k = c2.last + 1
				whole = true
				// "Six of the seven detained were released": a participle
				// after the whole's number is its noun, and the verb after
				// it is the part's
				if l.participleAt(k) && (l.cls(k+1, fcAux) || l.edVerb(k+1) || l.cls(k+1, fcCasualty|fcArrest)) {
					return k, k + 1, false
				}
			}
		}
	}
	// a closing quote may sit between the number and its noun
	first = k
	j := k
	for ; j < n && j < k+5; j++ {
		t := l.toks[j]
		if t.kind != tWord {
			break
		}
		kw := t.kw()
		if kw != nil && kw.cls&(fcStopNP|fcRelative|fcStop) != 0 && kw.cls&fcGeneric == 0 {
			break
		}
		if l.startsNumber(j) && kw != nil && (kw.isNum || kw.vague > 0) {
			break
		}
		w := lowerASCII(l.str(j))
		verbish := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || kw != nil && kw.cls&(fcCasualty|fcArrest) != 0 && kw.cls&fcCasualtyNoun == 0
		if verbish {
			if j > first {
				break // "23 people arrested": the verb after the noun
			}
			// a participle before a noun is a modifier: "25 wounded people"
			if j+1 >= n || l.toks[j+1].kind != tWord || l.cls(j+1, fcStopNP|fcRelative|fcStop|fcAux) {
				if kw != nil && kw.cls&fcCasualtyNoun != 0 {
					j++ // "35 dead"
				}
				break
			}
		}
	}
	// "Seven of the 11 people arrested were released": the participle
	// before the clause's verb says which people make up the whole
	if whole && j > first && l.participleAt(j) && l.cls(j+1, fcAux) {
		j++
	}
	return first, j, false
}

// verbBefore returns the transitive verb governing the number from the
// left ("killed five", "injuring at least 25", "killed another 12"), or -1.
func (l *figLine) verbBefore(q int) int {
	for p, skipped := q-1, 0; p >= 0 && skipped <= 3; p-- {
		t := l.toks[p]
		if t.kind != tWord {
			return -1
		}
		if t.kw() != nil && t.kw().cls&fcTransitive != 0 {
			return p
		}
		// "arrest" is a noun ("under arrest") unless a count is its
		// object: "Police arrest 12"
		if l.is(p, "arrest") && p == q-1 && !l.determiner(p-1) && !l.cls(p-1, fcStopNP) {
			return p
		}
		if t.kw() == nil || t.kw().cls&fcSkip == 0 {
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
func (l *figLine) verbAfter(e numExpr, from int, pronoun, object bool) int {
	n := len(l.toks)
	words := 0
	lastTry := false // the object's one candidate was read
	for j := from; j < n && words < maxClauseWords; j++ {
		t := l.toks[j]
		if t.kind == tPunct {
			s := l.str(j)
			if strings.ContainsAny(s, ".!?;:–—()") {
				return -1
			}
			// ", according to officials," and ", including ...," are asides;
			// any other comma ends the clause about the number.
			if s == "," {
				if !l.cls(j+1, fcAside) {
					return -1
				}
				k := j + 1
				for k < n && l.str(k) != "," && !strings.ContainsAny(l.str(k), ".!?;") {
					k++
				}
				if k >= n || l.str(k) != "," {
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
		if object && !l.cls(j, fcAux) && !l.adverb(j) {
			if !l.cls(j, fcCasualty|fcArrest) && !((l.is(j, "in") || l.is(j, "to")) && l.is(j+1, "hospital")) {
				return -1
			}
			object = false
			lastTry = true
		} else if lastTry && !(l.is(j, "hospital") && (l.is(j-1, "in") || l.is(j-1, "to"))) {
			return -1
		}
		if l.startsNumber(j) && !(t.kw() != nil && t.kw().isNum && t.kw().num == 1 && l.is(j+1, "of")) {
			if c, ok := l.parseCore(j); ok && !c.skip {
				return -1
			}
		}
		kw := t.kw()
		if kw == nil {
			continue
		}
		if kw.cls&(fcCasualty|fcArrest) != 0 {
			// "infects 4,000 and kills 112": a verb with an object of its
			// own is that object's, not ours
			if kw.cls&fcTransitive != 0 && l.objectFollows(j) {
				return -1
			}
			// "were held" is detention; "held talks" is not
			if l.is(j, "held") && (!l.cls(j-1, fcAux) || l.is(j+1, "hostage") || l.is(j+1, "captive")) {
				continue
			}
			// people "under the rubble" are missing; survivors pulled "from the rubble" are not
			if l.is(j, "rubble") && !(l.is(j-1, "under") || l.is(j-1, "beneath") || l.is(j-2, "under") || l.is(j-2, "beneath")) {
				continue
			}
			return j
		}
		if l.is(j, "hospital") && (l.is(j-1, "in") || l.is(j-1, "to")) {
			return j
		}
		if kw.cls&(fcRelative|fcStop) != 0 && !(pronoun && j == from) {
			return -1
		}
	}
	return -1
}

// objectFollows reports whether a number follows the verb at v as its
// object, with at most a determiner or a qualifier between them ("kills
// 112", "killed at least 20", "killed another 12").
func (l *figLine) objectFollows(v int) bool {
	for k := v + 1; k < len(l.toks) && k <= v+4; k++ {
		if l.toks[k].maybeNum() && l.startsNumber(k) {
			return true
		}
		if l.toks[k].kind != tWord || !(l.cls(k, fcSkip|fcQualEnd|fcGeneric) || l.is(k, "up") || l.is(k, "well") ||
			l.is(k, "just") || l.is(k, "fewer") || l.is(k, "less") || l.is(k, "as") || l.is(k, "no") || l.is(k, "not")) {
			return false
		}
	}
	return false
}

// causativeBefore returns the causative verb whose object the number at q
// is ("left thousands homeless", "leaving 12 dead"), or -1; "the", "a",
// "another" may sit between them.
func (l *figLine) causativeBefore(q int) int {
	for p := q - 1; p >= 0 && p >= q-3; p-- {
		if l.cls(p, fcCausative) {
			return p
		}
		if !l.cls(p, fcSkip) || l.is(p, "of") || l.cls(p, fcLevel) && !l.determiner(p) {
			return -1
		}
	}
	return -1
}

// searchBack looks left of token q, within the sentence and at most max
// words, for a word of class c. Other numbers stop it when stopAtNumber.
func (l *figLine) searchBack(q, max int, c figClass, stopAtNumber bool) int {
	words := 0
	for p := q - 1; p >= 0 && words < max; p-- {
		t := l.toks[p]
		if t.kind == tPunct {
			if strings.ContainsAny(l.str(p), ".!?;") {
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

// magnitudeContext reports whether a bare decimal is an earthquake's
// magnitude: "magnitude 6.3", "a magnitude of 6.3", or a decimal below 10
// in a sentence about a quake's magnitude ("USGS reported 5.8").
func (l *figLine) magnitudeContext(e numExpr) bool {
	q := e.qFirst
	if !l.cls(q-1, fcMeasure|fcAux|fcLevel) && !l.is(q-1, "measuring") && !l.cls(e.last+1, fcMeasure) && !l.punct(e.last+1, "-") &&
		!strings.Contains(l.str(e.first), ".") {
		return false // the common case: no magnitude word around, no decimal
	}
	if l.is(q-1, "magnitude") || l.is(q-1, "of") && l.is(q-2, "magnitude") || l.is(q-1, "measuring") || l.is(q-1, "was") && l.is(q-2, "magnitude") {
		return true
	}
	if l.is(e.last+1, "magnitude") || l.is(e.last+1, "-") && l.is(e.last+2, "magnitude") {
		return true
	}
	s := l.str(e.first)
	if e.value >= 10 || !strings.Contains(s, ".") || e.kind != nkCount {
		return false
	}
	for j := e.first - 1; j >= 0 && j > e.first-sentenceWindow && !l.punct(j, ".!?"); j-- {
		if l.is(j, "magnitude") || l.is(j, "richter") {
			return true
		}
	}
	for j := e.last + 1; j < len(l.toks) && j < e.last+sentenceWindow && !l.punct(j, ".!?"); j++ {
		if l.is(j, "magnitude") || l.is(j, "richter") || l.is(j, "earthquake") || l.is(j, "quake") {
			return true
		}
	}
	return false
}

// participle reports whether a verb form reads as a past participle
// ("killed", "injured", "hurt"), not a finite verb with its own object.
func participle(w string) bool {
	w = lowerASCII(w)
	return strings.HasSuffix(w, "ed") || w == "hurt" || w == "slain"
}
