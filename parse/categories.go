package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse/lexicons"
)

// Categories: what a number counts is read from its clause: the counted
// noun after it ("128 raids", "two of whom", "25 wounded people") and the
// verb that governs it, before ("killed five", "injuring at least 25") or
// after ("129 people died", "Seven people were detained", "left more than
// 400 people wounded"). Event nouns (deaths, bodies, raids) decide at
// once; verbs beat nouns that only say who was counted (people,
// soldiers). The numbers of a list share the verb one of them has.

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
	// byNoun marks a category its own counted noun gives ("640 deaths",
	// "128 raids"): the other members of its list have nouns of their own
	// ("10 million cases and 140,000 deaths").
	byNoun bool
	// modifier marks a number in a phrase that modifies the noun before
	// it ("suspects in 14 countries"): the clause's verb is that noun's.
	modifier bool
	// causative marks the object of "left", "leaving": its complement
	// ("homeless", "dead") says what befell it, and so does each member of
	// a list of such objects ("left 12 dead and thousands homeless").
	causative bool
}

// maxClauseWords bounds how far a verb may be from its number.
const maxClauseWords = 12

// classify reads the category, subtype, counted noun and label of e.
func (ln *figLine) classify(e numExpr) figCand {
	c := figCand{e: e, why: -1}
	if c.e.qual == "" && ln.cls(e.qFirst-1, fcAbove) {
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
		c.label = ln.unitLabel(&c)
		return c
	}
	if ln.magnitudeContext(e) {
		c.cat, c.strong = model.Measure, true
		c.e.kind, c.e.unit = nkMeasure, "magnitude"
		c.label = "magnitude"
		return c
	}
	c.cat = model.Count
	if e.compound != "" {
		c.noun = e.compound
		// "a ten-storey building" is a building; "ten-storey" alone says its unit
		if c.label = ln.modifiedNoun(e, e.last+1); c.label == "" {
			c.label = e.compound
		}
		return c
	}

	npFirst, npEnd, pronoun := ln.nounPhrase(e)
	// "R0 values of about 2", "in the range 2–4", "a pH of 7": a number
	// with no noun of its own that a measured value's noun names
	if npEnd == npFirst && !pronoun {
		if q := ln.quantityBefore(e.qFirst); q >= 0 {
			// "an R0 estimated in the range 2–4": the range is of what comes before
			if ln.is(q, "range") && ln.is(q-1, "the") && ln.is(q-2, "in") {
				m := q - 3
				if ln.edVerb(m) {
					m--
				}
				if m >= 0 && ln.toks[m].kind == tWord && !ln.functionWord(m) && !ln.numberTok(m) {
					q = m
				}
			}
			c.cat, c.strong = model.Measure, true
			c.e.kind = nkMeasure
			c.label = ln.text[int(ln.toks[q].start):int(ln.toks[q].end)]
			if q > 0 && ln.toks[q-1].kind == tWord && !ln.functionWord(q-1) && !ln.numberTok(q-1) {
				c.label = ln.text[int(ln.toks[q-1].start):int(ln.toks[q].end)]
			}
			return c
		}
	}
	var personnel bool
	for j := npFirst; j < npEnd; j++ {
		kw := ln.toks[j].kw()
		if kw == nil {
			continue
		}
		switch {
		case kw.cls&fcCasualty != 0 && !c.strong:
			c.cat, c.sub = model.Casualties, kw.sub
			// "victims" and "casualties" name the counted, not what befell them
			c.strong = !ln.is(j, "victims") && !ln.is(j, "casualties")
			c.byNoun = c.strong && kw.cls&fcCasualtyNoun != 0 && !ln.is(j, "dead") // "12 civilians dead" says what befell them
		case kw.cls&fcRaid != 0:
			c.cat, c.sub, c.strong, c.byNoun = model.Raids, "", true, true
		case kw.cls&fcArrest != 0 && kw.cls&fcTransitive == 0:
			c.cat, c.sub, c.strong, c.byNoun = model.Arrests, kw.sub, true, true
		case kw.cls&fcPersonnel != 0:
			personnel = true
		case kw.cls&fcSpared != 0 && !c.strong:
			c.cat, c.sub, c.strong = model.Count, "", true // "40 rescued passengers"
		}
	}
	if npEnd > npFirst {
		head := lowerASCII(ln.str(npEnd - 1))
		if !ln.cls(npEnd-1, fcGeneric) {
			c.noun = strings.TrimSuffix(head, "s")
		}
	}
	generic := npEnd == npFirst || c.noun == ""
	switch p := e.qFirst - 1; {
	case !ln.cls(p, fcDet|fcAside) && !ln.is(p, "them"): // (classes that hold every word below: one look for most numbers)
	case ln.is(e.last+1, "remaining"): // "the three remaining orbiters" is what is left: a count
	case ln.is(p, "the") || ln.is(p, "these") || ln.is(p, "those") || ln.is(p, "both") || ln.is(p, "its") || ln.is(p, "their") ||
		ln.is(p, "his") || ln.is(p, "her") || ln.is(p, "our"):
		c.definite = true
	case ln.is(p, "including") || ln.is(p, "among") || ln.is(p, "them") && ln.is(p-1, "among"):
		c.including = true
	}
	if pronoun { // "40 were injured, 12 of them seriously"
		c.including = true
	}

	// "Three of the four suspects were arrested": the clause's verb is the
	// part's, "Three"; the whole ("the four suspects") is a description,
	// which only a participle of its own ("of the 12 people killed") says
	// more about.
	if ln.partitiveWhole(e) {
		end := npEnd
		if !c.strong && ln.cls(npEnd, fcCasualty|fcArrest) && !ln.cls(npEnd, fcAux) {
			c.setFrom(ln, npEnd)
			end++
		}
		if end > npFirst {
			c.label = ln.text[int(ln.toks[npFirst].start):int(ln.toks[end-1].end)]
		}
		if end == npFirst && ln.cls(npEnd, fcRelative) {
			c.label = ln.countLabel(&c, npFirst, npEnd, pronoun) // "Of the 2.8 million who voted"
		}
		c.strong = true // the part's verb is not the whole's to share
		return c
	}
	// "left thousands homeless", "left 12 people dead": after a causative
	// verb the word after the object says what befell it, and nothing
	// else in the sentence does.
	c.causative = ln.causativeBefore(e.qFirst) >= 0
	if !c.strong && c.causative {
		j := npEnd
		for j < len(ln.toks) && j < npEnd+2 && ln.adverb(j) && !ln.cls(j, fcStopNP) {
			j++ // "left two people critically injured"
		}
		if ln.is(j, "in") && ln.is(j+1, "hospital") {
			j++
		}
		if ln.participleAt(j) && ln.cls(j, fcCasualty|fcArrest) || ln.is(j, "hospital") {
			c.setFrom(ln, j)
		}
		// "left 12 soldiers and three civilians dead": a list of objects
		// has its complement after the last, which the list shares
		list := (ln.punct(npEnd, ",") || ln.is(npEnd, "and") || ln.is(npEnd, "or")) && npEnd+1 < len(ln.toks) && ln.startsNumber(npEnd+1)
		if !list {
			c.strong = true // homeless, stranded, without power: a count
		}
	}
	// A transitive verb right before the number: "killed five", "injuring at least 25".
	if !c.strong {
		if v := ln.verbBefore(e.qFirst); v >= 0 {
			c.setFrom(ln, v)
		}
	}
	// A verb or adjective after the counted noun: "129 people died". The
	// object of a verb of its own ("infected 4,000 people") is not the
	// subject of a verb after "and": "and killed 112" has the sentence's.
	object := ln.objectVerb(e.qFirst) >= 0
	c.modifier = ln.modifies(e.qFirst)
	if !c.strong && !c.modifier {
		if v := ln.verbAfter(e, npEnd, pronoun, object); v >= 0 {
			c.setFrom(ln, v)
		}
	}
	// "90 civilians were wounded, as were seventeen from the Armed Forces"
	if !c.strong && (ln.is(e.qFirst-1, "were") || ln.is(e.qFirst-1, "was")) && ln.is(e.qFirst-2, "as") {
		if v := ln.searchBack(e.qFirst-2, 20, fcCasualty|fcArrest, false); v >= 0 {
			c.setFrom(ln, v)
		}
	}
	// "the death toll of 27", "the toll rose from fourteen to 31", "deaths are fourteen civilians"
	// "the death of all 33 passengers"
	if p := e.qFirst - 1; !c.strong && (ln.cls(p, fcLevel) || ln.is(p, "from") || ln.is(p, "all") && ln.is(p-1, "of")) {
		if ln.is(p, "all") {
			p--
		}
		if v := ln.searchBack(p, maxClauseWords, fcCasualty|fcArrest|fcRaid, false); v >= 0 && ln.levelSubject(v, p) {
			c.setFrom(ln, v)
		}
	}
	// "kills photojournalist, at least five others", "killed a guard, 12
	// soldiers and two civilians": the verb reaches over its first object
	// to the next member of its list of objects.
	member := ln.punct(e.qFirst-1, ",") || ln.is(e.qFirst-1, "and")
	// (a verb of its own right before it, "kill 14, force 20,000 from
	// homes", governs the number: only a word of no meaning may sit there)
	if p := e.qFirst - 1; !c.strong && (generic || member) && !object && !ln.cls(npEnd, fcAux) && !ln.is(p, "of") && !ln.ownVerb(e) &&
		(p < 0 || ln.toks[p].kind != tWord || ln.functionWord(p) || ln.toks[p].upper()) {
		// the verb must have a list of objects: not a number of its own
		// ("killed 12 and injured 40, thousands"), not a complement after
		// one ("left 12 dead, 40 injured and thousands homeless")
		if v := ln.searchBack(e.qFirst, 6, fcTransitive, true); v >= 0 && (generic || !ln.objectFollows(v) && !ln.numberTok(v-1)) {
			c.setFrom(ln, v)
		}
	}
	// "11 million staff and security personnel": a coordinated noun counts too
	if j := npEnd; !personnel && c.cat == model.Count && (ln.is(j, "and") || ln.is(j, "or")) {
		for j++; j < len(ln.toks) && j < npEnd+4 && ln.toks[j].kind == tWord && !ln.toks[j].maybeNum(); j++ {
			if ln.cls(j, fcPersonnel) {
				personnel = true
				break
			}
			if ln.cls(j, fcStopNP|fcRelative|fcStop|fcAux) {
				break
			}
		}
	}
	if c.cat == model.Count && personnel && ln.security(e, npFirst, npEnd) {
		c.cat = model.Personnel
	}
	c.label = ln.countLabel(&c, npFirst, npEnd, pronoun)
	if c.label == "" && c.why >= 0 {
		c.label = strings.ToLower(ln.str(c.why))
		if ln.is(c.why-1, "death") {
			c.label = "death " + c.label
		}
	}
	// "seats increased from 9 to 10": what changed
	if c.label == "" {
		if v := ln.revisionVerb(e.qFirst); v >= 0 {
			c.label = ln.changeSubject(v)
		}
	}
	return c
}

// revisionVerb returns the change verb of a revision whose value starts
// at q ("increased from 9 to 10": both 9 and 10), or -1.
func (ln *figLine) revisionVerb(q int) int {
	p := q - 1
	if ln.is(p, "to") {
		// the later value: back past the earlier one to its "from"
		for j := p - 1; j >= 0 && j >= p-4; j-- {
			if ln.is(j, "from") {
				p = j
				break
			}
		}
	}
	if !ln.is(p, "from") {
		return -1
	}
	for j := p - 1; j >= 0 && j >= p-3; j-- {
		if ln.cls(j, fcChange) {
			return j
		}
		if !ln.cls(j, fcAux) && !ln.adverb(j) {
			return -1
		}
	}
	return -1
}

// modifies reports whether the number at q opens a phrase that modifies
// the noun before it ("210 suspects in 14 countries were arrested",
// "officials from 12 states", "raids across 9 cities"), so the verb after
// it says what befell that noun, not the number.
func (ln *figLine) modifies(q int) bool {
	p := q - 1
	if !ln.cls(p, fcStopNP) {
		return false // the common case: no preposition before the number
	}
	switch new(foldBuf).of(ln.str(p)) {
	case "in", "across", "from", "throughout", "at", "on", "within", "inside", "near":
	default:
		return false
	}
	n := p - 1
	if n < 0 || ln.toks[n].kind != tWord || ln.functionWord(n) || ln.numberTok(n) || ln.edVerb(n) || ln.participleAt(n) ||
		ln.cls(n, fcChange|fcLevel|fcTransitive|fcSpared|fcCausative|fcReport|fcTimeAdv) || irregularParticiple(ln.str(n)) {
		return false
	}
	return true
}

// security reports whether the personnel the noun phrase npFirst..npEnd
// counts are security personnel: a noun that names only them ("police",
// "troops"), or one that also names other staff ("officers", "agents",
// "personnel") with a word of security before it ("border guards") or a
// verb of deployment in the sentence ("1,000 officers were deployed").
func (ln *figLine) security(e numExpr, npFirst, npEnd int) bool {
	plain := false
	for j := npFirst; j < npEnd; j++ {
		if ln.cls(j, fcPersonnel) && !personnelAmbiguous[new(foldBuf).of(ln.str(j))] {
			plain = true
		}
	}
	if plain {
		return true
	}
	lo, hi := ln.sentenceBounds(e.first)
	for j := lo; j < hi; j++ {
		if securityWords[new(foldBuf).of(ln.str(j))] {
			return true
		}
	}
	return false
}

var (
	personnelAmbiguous = lexicons.Named("figures.txt", "personnel-ambiguous")
	securityWords      = lexicons.Named("figures.txt", "security-words")
)

// quantityBefore returns the noun of a measured value that the number at
// q is linked to ("values of about 2", "the range 2–4", "R0 is about
// 12"), or -1: past a qualifier, through "of", "is", "was", "at" or
// "in the range".
func (ln *figLine) quantityBefore(q int) int {
	p := q - 1
	for links := 0; links < 2 && (ln.is(p, "of") || ln.is(p, "is") || ln.is(p, "was") || ln.is(p, "are") || ln.is(p, "at")); links++ {
		p--
	}
	if p < 0 || ln.toks[p].kind != tWord {
		return -1
	}
	if w := ln.str(p); quantityNouns[new(foldBuf).of(w)] || measureSymbol(w) {
		return p
	}
	return -1
}

// measureSymbol reports whether w is the symbol of a measured value: a
// capital, then letters and a digit, short ("R0", "PM2.5").
func measureSymbol(w string) bool {
	if len(w) < 2 || len(w) > 6 || !isASCIIUpper(w[0]) || !lettersThenDigit(w) {
		return false
	}
	code, _ := currencyPrefix(w)
	return code == "" && isASCIIDigit(w[len(w)-1])
}

// partitiveWhole reports whether e is the whole of a partitive, "the
// four" in "Three of the four suspects" or "12" in "five of 12 passengers".
func (ln *figLine) partitiveWhole(e numExpr) bool {
	p := e.qFirst - 1
	if ln.cls(p, fcDet) && (ln.is(p, "the") || ln.is(p, "these") || ln.is(p, "their") || ln.is(p, "its") || ln.is(p, "his") || ln.is(p, "her")) {
		p--
	}
	// "Of the 40 passengers, 22 were killed": the whole comes first
	return ln.is(p, "of") && (ln.numberTok(p-1) || ln.is(p-1, "out") && ln.numberTok(p-2) || ln.sentenceStart(p) || ln.punct(p-1, ","))
}

// levelSubject reports whether the word at v, found left of the link word
// at p ("of", "to", "was"...), is what the number measures: a noun ("death
// toll", "deaths") or a participle ("the number of people killed has risen
// to 45"), but not a finite verb with its own object, and not "held",
// which elections and talks are too.
func (ln *figLine) levelSubject(v, p int) bool {
	if ln.is(v, "held") {
		return false
	}
	if !ln.cls(v, fcTransitive) {
		return true
	}
	return participle(ln.str(v)) && !ln.is(p, "of") && !ln.is(p, "from")
}

// setFrom sets the category the casualty, arrest or raid word at token v
// implies, and remembers the word for the label.
func (c *figCand) setFrom(ln *figLine, v int) {
	kw := ln.toks[v].kw()
	c.why = v
	switch {
	case ln.is(v, "hospital"): // "remain in hospital"
		c.cat, c.sub = model.Casualties, model.Wounded
	case kw.cls&fcSpared != 0: // rescued, evacuated, treated: counted, not casualties
		c.cat, c.sub = model.Count, ""
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
		verbish := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || kw != nil && kw.cls&(fcCasualty|fcArrest) != 0 && kw.cls&fcCasualtyNoun == 0
		if verbish {
			if j > first {
				break // "23 people arrested": the verb after the noun
			}
			// a participle before a noun is a modifier: "25 wounded people"
			if j+1 >= n || ln.toks[j+1].kind != tWord || ln.cls(j+1, fcStopNP|fcRelative|fcStop|fcAux) {
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
func (ln *figLine) verbAfter(e numExpr, from int, pronoun, object bool) int {
	n := len(ln.toks)
	words := 0
	lastTry := false // the object's one candidate was read
	for j := from; j < n && words < maxClauseWords; j++ {
		t := ln.toks[j]
		if t.kind == tPunct {
			s := ln.str(j)
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

// magnitudeContext reports whether a bare decimal is an earthquake's
// magnitude: "magnitude 6.3", "a magnitude of 6.3", or a decimal below 10
// in a sentence about a quake's magnitude ("USGS reported 5.8").
func (ln *figLine) magnitudeContext(e numExpr) bool {
	q := e.qFirst
	if !ln.cls(q-1, fcMeasure|fcAux|fcLevel) && !ln.is(q-1, "measuring") && !ln.cls(e.last+1, fcMeasure) && !ln.punct(e.last+1, "-") &&
		!strings.Contains(ln.str(e.first), ".") {
		return false // the common case: no magnitude word around, no decimal
	}
	if ln.is(q-1, "magnitude") || ln.is(q-1, "of") && ln.is(q-2, "magnitude") || ln.is(q-1, "measuring") || ln.is(q-1, "was") && ln.is(q-2, "magnitude") {
		return true
	}
	if ln.is(e.last+1, "magnitude") || ln.is(e.last+1, "-") && ln.is(e.last+2, "magnitude") {
		return true
	}
	s := ln.str(e.first)
	if e.value >= 10 || !strings.Contains(s, ".") || e.kind != nkCount {
		return false
	}
	for j := e.first - 1; j >= 0 && j > e.first-sentenceWindow && !ln.punct(j, ".!?"); j-- {
		if ln.is(j, "magnitude") || ln.is(j, "richter") {
			return true
		}
	}
	for j := e.last + 1; j < len(ln.toks) && j < e.last+sentenceWindow && !ln.punct(j, ".!?"); j++ {
		if ln.is(j, "magnitude") || ln.is(j, "richter") || ln.is(j, "earthquake") || ln.is(j, "quake") {
			return true
		}
	}
	return false
}

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
