package parse

import (
	"math"
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
// soldiers). This file decides the category from what the clause says;
// clause.go finds the noun phrase and the verbs, lists.go shares a verb
// among the numbers of a list.

// animalNouns are the animals a toll may count (figures.txt), and
// thingNouns the things a clause about a toll may count.
var (
	animalNouns = lexicons.Named("figures.txt", "animal-nouns")
	thingNouns  = lexicons.Named("figures.txt", "thing-nouns")
)

// countAnimals makes a toll of animals or things a count ("140 pilot
// whales died", "six of nine regions saw deaths rise", "27 points on a
// shooting line"): casualties are people. It runs after the list rules,
// so that people listed with the animals ("killed 40 cattle and three
// farmers") still share the verb.
//
// Arrests, personnel and raids are whole numbers: "Python 3.6 and 3.7
// were released" counts no one (a toll may be an average: "6.3 deaths a
// day").
func countAnimals(c *figCand) {
	// (the noun is read with its last "s" cut: "processes" is "processe")
	if c.cat == model.Casualties && (animalNouns[c.noun] || thingNouns[c.noun] || strings.HasSuffix(c.noun, "sse") && thingNouns[c.noun[:len(c.noun)-1]]) {
		c.cat, c.sub = model.Count, ""
	}
	if (c.cat == model.Arrests || c.cat == model.Personnel || c.cat == model.Raids) &&
		!c.e.scaled && !c.e.approx && c.e.value != math.Trunc(c.e.value) {
		c.cat, c.sub = model.Count, ""
	}
}

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
	// anaphor marks a number whose subject points back to an earlier
	// figure ("it was 40%", "that number is closer to 9,000"), whose
	// label it takes.
	anaphor bool
	// partOf is the participle of a share of a count named before ("half
	// of them were filled"): its label is that count's noun and it.
	partOf string
	// fallback marks a label that only says what kind of amount it is
	// ("time", "share"): any other mention's own label is better.
	fallback bool
	title    bool // in the headline
	why      int  // token of the word that gave the category, or -1
	// setPhrase marks a definite count of a known set: "the five pillars
	// of the faith", "all the three nations" (firstDefinite)
	setPhrase bool
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
// peopleIn reports whether a word of the noun phrase npFirst..npEnd-1
// names people: "the two men", "the three suspects".
func (ln *figLine) peopleIn(npFirst, npEnd int) bool {
	for j := npFirst; j < npEnd; j++ {
		if ln.cls(j, fcPerson|fcPersons|fcPersonnel|fcCasualtyNoun) || ageGroups[new(foldBuf).of(ln.str(j))] || pluralRole(ln.str(j)) {
			return true
		}
	}
	return false
}

// timesWord reports "twice" or "thrice" at token i: a count of times in
// one word (keywords.go gives its value).
func (ln *figLine) timesWord(i int) bool {
	return ln.is(i, "twice") || ln.is(i, "thrice")
}

// chargeNoun reports the nouns for charges, which a court counts apart
// from the people charged: "three counts of fraud".
func chargeNoun(noun string) bool {
	switch noun {
	case "count", "charge", "offence", "offense", "indictment":
		return true
	}
	return false
}

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

	// "stabbed five times", "won the title four times": how often
	// something happened is a count, whatever happened ("three times as
	// many" is a multiplier, read below)
	if k := e.last + 1; ln.timesWord(e.last) || ln.is(k, "times") && !(ln.is(k+1, "as") || ln.is(k+1, "more") || ln.is(k+1, "the") || ln.is(k+1, "higher") ||
		ln.is(k+1, "lower") || ln.is(k+1, "larger") || ln.is(k+1, "greater") || ln.is(k+1, "bigger") || ln.is(k+1, "faster")) {
		// the label says what happened so often, and keeps apart the
		// counts of different acts ("stabbed twice", "re-elected twice")
		c.label = ln.timesLabel(e)
		c.noun = c.label
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
			// "suicide rates of around 4.5 per 100,000 people": a death
			// rate is a toll (GUIDE.md), counted per so many people
			if k := e.last + 1; ln.is(k, "per") && ln.numberTok(k+1) && (deathRateWords[new(foldBuf).of(ln.str(q))] || deathRateWords[new(foldBuf).of(ln.str(q-1))]) {
				c.cat, c.sub, c.labelSays = model.Casualties, model.Killed, true
				c.e.kind = nkCount
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
		case kw.cls&fcCasualty != 0 && !c.strong && ln.is(j, "bodies") && j > npFirst && bodyModifiers[new(foldBuf).of(ln.str(j-1))]:
			c.cat, c.sub, c.strong = model.Count, "", true // "two leadership bodies", "three governing bodies"
		case kw.cls&fcCasualty != 0 && !c.strong:
			c.cat, c.sub = model.Casualties, kw.sub
			// "victims" and "casualties" name the counted, not what befell them
			c.strong = !ln.is(j, "victims") && !ln.is(j, "casualties")
			c.byNoun = c.strong && kw.cls&fcCasualtyNoun != 0 && !ln.is(j, "dead") // "12 civilians dead" says what befell them
		case kw.cls&fcRaid != 0 && ln.is(j, "operations") && (ln.surgeryNear(j) || ln.illnessNear(j)):
			c.cat, c.sub, c.strong = model.Count, "", true // "routine operations including hip replacements"
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
	// "could save millions of lives": lives saved are no toll
	if c.cat == model.Casualties && ln.is(npEnd-1, "lives") {
		if v := ln.verbBefore(e.qFirst); v >= 0 && ln.cls(v, fcSpared) {
			c.setFrom(ln, v)
		}
	}
	if npEnd > npFirst {
		head := lowerASCII(ln.str(npEnd - 1))
		if !ln.cls(npEnd-1, fcGeneric) {
			c.noun = strings.TrimSuffix(head, "s")
		}
	}
	// "three counts of fraud", "two charges of theft", "30 federal hate
	// crime charges": the charges themselves are counted, not the people
	// charged (a noun the noun phrase stops before, as it does before an
	// arrest word, is the head too)
	if npEnd < len(ln.toks) && ln.toks[npEnd].kind == tWord && !ln.cls(npEnd, fcAux) && (ln.is(npEnd, "charges") || ln.is(npEnd, "counts")) {
		c.noun = strings.TrimSuffix(lowerASCII(ln.str(npEnd)), "s")
		npEnd++
	}
	if chargeNoun(c.noun) {
		c.cat, c.sub, c.strong = model.Count, "", true
	}
	generic := npEnd == npFirst || c.noun == ""
	switch p := e.qFirst - 1; {
	case !ln.cls(p, fcDet|fcAside) && !ln.is(p, "them"): // (classes that hold every word below: one look for most numbers)
	case ln.is(e.last+1, "remaining"): // "the three remaining orbiters" is what is left: a count
	case ln.is(p, "the") || ln.is(p, "these") || ln.is(p, "those") || ln.is(p, "both") || ln.is(p, "its") || ln.is(p, "their") ||
		ln.is(p, "his") || ln.is(p, "her") || ln.is(p, "our"):
		c.definite = true
		// "all the three nations", "the five pillars of the faith": a set
		// the reader knows, not news; and "the two men", "the two
		// suspects": people the story has met (firstDefinite)
		c.setPhrase = ln.is(p-1, "all") || ln.is(npEnd, "of") || ln.peopleIn(npFirst, npEnd)
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
		c.setPhrase = true
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
	// "Of the fatalities, 4 were males", "Among the dead, two were
	// children": a part of the toll the clause opens with
	// (asked only after a comma, "and" or "included": the walk back is
	// not for every number)
	if q := e.qFirst; !c.strong && (ln.punct(q-1, ",") || ln.is(q-1, "and") || ln.is(q-1, "included") || ln.is(q-1, "include")) {
		if v := ln.searchBack(e.qFirst, 12, fcCasualty|fcArrest, false); v >= 2 && ln.is(v-1, "the") &&
			(ln.punct(v+1, ",") && (ln.is(v-2, "of") || ln.is(v-2, "among")) || ln.is(v+1, "included") || ln.is(v+1, "include")) {
			c.setFrom(ln, v) // ("the fatalities included four males and one female")
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
		// ("the toll rose from 45": after "from" a change says the toll
		// is revised; "save lives ... data from 499 patients" is none)
		if v := ln.searchBack(p, maxClauseWords, fcCasualty|fcArrest|fcRaid, false); v >= 0 && ln.levelSubject(v, p) &&
			(!ln.is(p, "from") || ln.changeBetween(v, p)) {
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
	// "casualties increased to 167 from a previous 93": a label that is a
	// preposition's phrase after a change says nothing of what changed
	if first, _, _ := strings.Cut(c.label, " "); (first == "from" || first == "to") && c.cat == model.Casualties {
		if l := ln.changedThing(e.qFirst); l != "" {
			c.label = l
		}
	}
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

// changeBetween reports whether a verb of change ("rose", "fell")
// stands between tokens v and p, or just before v ("increasing the
// confirmed death toll from").
func (ln *figLine) changeBetween(v, p int) bool {
	for j := max(v-6, 0); j < p; j++ {
		if ln.cls(j, fcChange) {
			return true
		}
	}
	return false
}

// setFrom sets the category the casualty, arrest or raid word at token v
// implies, and remembers the word for the label.
func (c *figCand) setFrom(ln *figLine, v int) {
	kw := ln.toks[v].kw()
	c.why = v
	switch {
	case ln.is(v, "hospital") && ln.illnessNear(v): // "5,000 Covid patients in hospital": ill, not hurt
		c.cat, c.sub = model.Count, ""
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

// illnessWords are the words of a clause about illness (figures.txt).
var illnessWords = lexicons.Named("figures.txt", "illness-words")

// illnessNear reports whether a word of illness stands in the clause
// around token v: "Covid patients in hospital", "went to hospital with
// flu". People in hospital after an attack or a crash are hurt; people
// in hospital with a disease are counted.
func (ln *figLine) illnessNear(v int) bool {
	ill := func(j int) (found, end bool) {
		t := ln.toks[j]
		if t.kind == tPunct {
			return false, strings.ContainsAny(ln.str(j), ".;!?")
		}
		return t.kind == tWord && illnessWords[new(foldBuf).of(ln.str(j))], false
	}
	for j := v - 1; j >= 0 && j >= v-12; j-- {
		if found, end := ill(j); found || end {
			if found {
				return true
			}
			break
		}
	}
	for j := v + 1; j < len(ln.toks) && j <= v+4; j++ {
		if found, end := ill(j); found || end {
			return found
		}
	}
	return false
}

// bodyModifiers make bodies organisations or things (figures.txt).
var bodyModifiers = lexicons.Named("figures.txt", "body-modifiers")

// surgeryWords say that operations are a surgeon's (figures.txt).
var surgeryWords = lexicons.Named("figures.txt", "surgery-words")

// surgeryNear reports a word of surgery within a few words of token j:
// "routine operations including hip replacements", "elective operations".
func (ln *figLine) surgeryNear(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && ln.toks[k].kind == tWord; k-- {
		if surgeryWords[new(foldBuf).of(ln.str(k))] {
			return true
		}
	}
	for k := j + 1; k < len(ln.toks) && k <= j+4 && ln.toks[k].kind == tWord; k++ {
		if surgeryWords[new(foldBuf).of(ln.str(k))] {
			return true
		}
	}
	return false
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

// deathRateWords name a death rate: "suicide rate", "mortality rate".
var deathRateWords = lexicons.Named("sets.txt", "death-rate-words")
