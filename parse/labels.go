package parse

import (
	"strings"
)

// A label says in a few words what a number is: "129 killed · people
// died", "$2.3 million · bribes", "90 days · deadline to repay". It is
// read from the grammar of the number's clause, never cut blindly from the
// words next to it:
//
//   - a count is its counted noun phrase and the verb that says what
//     happened to it, after it ("homes were destroyed" → "homes
//     destroyed") or before it ("killing 38 people" → "people killed");
//     a number with no noun of its own borrows the noun of the number it
//     is coordinated with ("9 votes in favour and 4 against" → "votes
//     against") or of the antecedent of "of them";
//   - an amount with a unit (money, a percentage, a span of time, a
//     measure) is the noun it belongs to: the noun it modifies ("a $1.4
//     billion budget"), the noun linked to it ("bribes worth", "a depth
//     of"), what it is a share or span of ("of national mourning"), what
//     a court gave ("Denning's sentence"), what must happen within it
//     ("deadline to repay"), what changed by it ("cost inflated"), or the
//     verb that governs it ("to repay").
//
// A label stops where the clause or the phrase ends (punctuation, a
// conjunction, a relative pronoun, a reporting verb, another number, a
// time phrase, a second prepositional phrase after the verb), never ends on
// a function word, never just repeats the number's unit, and has at most
// maxLabelWords words. Auxiliaries before a participle are dropped, as a
// sidebar heading would ("people were detained" → "people detained").

// maxLabelWords bounds a label: the sidebar has room for a short phrase.
const maxLabelWords = 6

// lwords is a label as the tokens it is made of, in reading order. Labels
// are built from tokens, not copied as a span, so an auxiliary or a
// quotation mark inside can be left out.
type lwords struct {
	t [maxLabelWords + 2]int
	n int
}

func (w *lwords) add(j int) {
	if w.n < len(w.t) {
		w.t[w.n] = j
		w.n++
	}
}

func (w *lwords) drop(i int) {
	copy(w.t[i:w.n], w.t[i+1:w.n])
	w.n--
}

// render joins the label's tokens; a contiguous run of the text is
// returned as a slice of it, without allocating.
func (l *figLine) render(w *lwords) string {
	if w.n == 0 {
		return ""
	}
	contiguous := true
	for i := 1; i < w.n; i++ {
		if w.t[i] != w.t[i-1]+1 {
			contiguous = false
			break
		}
	}
	if contiguous {
		return l.text[l.toks[w.t[0]].start:l.toks[w.t[w.n-1]].end]
	}
	var b strings.Builder
	for i := 0; i < w.n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(l.str(w.t[i]))
	}
	return b.String()
}

// joinLabel joins parts that are not empty with spaces.
func joinLabel(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// numberTok reports whether token j is or belongs to a number: digits, a
// number word, a vague amount, a scale word or a currency sign.
func (l *figLine) numberTok(j int) bool {
	if j < 0 || j >= len(l.toks) {
		return false
	}
	t := l.toks[j]
	if t.kind == tNum {
		return true
	}
	if t.kind == tPunct {
		_, ok := currencySymbols[l.str(j)]
		return ok
	}
	return t.kw() != nil && (t.kw().isNum || t.kw().vague > 0 || t.kw().scale > 0)
}

func (l *figLine) quoteTok(j int) bool {
	switch l.str(j) {
	case "\"", "“", "”", "’", "‘", "'":
		return true
	}
	return false
}

// determiner reports whether token j is an article or possessive, which
// opens a noun phrase.
func (l *figLine) determiner(j int) bool {
	return l.cls(j, fcDet)
}

// functionWord reports whether a label may not end on token j: a
// preposition, an auxiliary, a determiner, a conjunction.
func (l *figLine) functionWord(j int) bool {
	return l.toks[j].kind != tWord || l.cls(j, fcStopNP|fcSkip|fcRelative|fcStop) || l.determiner(j)
}

// preposition reports whether token j opens a prepositional phrase.
func (l *figLine) preposition(j int) bool {
	return l.cls(j, fcStopNP) && !l.cls(j, fcAux|fcTimeAdv) && !l.is(j, "and") && !l.is(j, "or") && !l.is(j, "but") &&
		!l.cls(j, fcRelative) && !l.is(j, "than") && !l.is(j, "as")
}

// edVerb reports whether the lower-case word at j reads as a past tense or
// participle ("destroyed", "seized"): not a name, not "need" or "speed".
func (l *figLine) edVerb(j int) bool {
	if j < 0 || j >= len(l.toks) || l.toks[j].kind != tWord || l.toks[j].upper() {
		return false
	}
	w := l.str(j)
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !l.numberTok(j)
}

// participleAt reports whether token j says what happened to the counted
// or what state it is in: a participle ("destroyed", "hurt") or a
// casualty or arrest adjective ("dead", "missing").
func (l *figLine) participleAt(j int) bool {
	if l.edVerb(j) || irregularParticiple(l.str(j)) {
		return true
	}
	kw := l.kwAt(j)
	return kw != nil && (kw.pp == lowerASCII(l.str(j)) || kw.cls&(fcCasualty|fcArrest) != 0 && kw.cls&(fcCasualtyNoun|fcTransitive) == 0 &&
		!l.is(j, "toll") && !l.is(j, "tolls") && !l.is(j, "lives") && !l.is(j, "custody") && !l.is(j, "detention") && !l.is(j, "rubble"))
}

func (l *figLine) kwAt(j int) *figWord {
	if j < 0 || j >= len(l.toks) {
		return nil
	}
	return l.toks[j].kw()
}

// adverb reports whether token j may sit between an auxiliary and its
// participle ("were later released", "were still missing").
func (l *figLine) adverb(j int) bool {
	w := lowerASCII(l.str(j))
	switch w {
	case "still", "also", "later", "reportedly", "already", "not", "never", "all", "since", "now", "then", "both":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && l.toks[j].kind == tWord
}

// verbPP returns the past participle of the verb at token j, or "" when
// it is none that can take a count as its object.
func (l *figLine) verbPP(j int) string {
	if j < 0 || j >= len(l.toks) || l.cls(j, fcReport|fcCasualtyNoun) {
		return ""
	}
	if kw := l.toks[j].kw(); kw != nil && kw.pp != "" {
		return kw.pp
	}
	if l.edVerb(j) {
		return lowerASCII(l.str(j))
	}
	return ""
}

// phraseAfter reads the label after a number starting at token k: the
// noun phrase, the verb, and one phrase after the verb. verb is the
// participle or verb kept in the label, or -1; aux tells whether an
// auxiliary opened it ("were later released").
func (l *figLine) phraseAfter(k int) (w lwords, verb int) {
	verb = -1
	n := len(l.toks)
	if l.is(k, "the") || l.is(k, "a") || l.is(k, "an") {
		k++
	}
	words, preps := 0, 0
	seenVerb := false
	j := k
	for ; j < n && words < maxLabelWords; j++ {
		t := l.toks[j]
		if t.kind == tPunct {
			if l.quoteTok(j) {
				continue
			}
			break
		}
		if l.numberTok(j) || t.kind != tWord {
			break
		}
		kw := t.kw()
		if kw != nil && kw.cls&fcMonth != 0 && t.upper() {
			break // "in March": when, not what
		}
		// "two veteran politicians Lee Cheuk-yan": a name after a common
		// noun is an apposition, not part of what is counted
		if t.upper() && words > 0 && !l.titleCase && !l.toks[j-1].upper() && l.toks[j-1].kind == tWord && !l.functionWord(j-1) &&
			!l.cls(j-1, fcAux) && j-1 != verb {
			break
		}
		// every word that ends or bends the phrase is in the keyword table;
		// a word it does not know is read only for its -ed
		if kw != nil {
			if l.is(j, "and") || l.is(j, "or") || l.is(j, "but") || l.cls(j, fcTimeAdv) && !l.is(j, "later") && !l.is(j, "since") {
				break
			}
			// a reporting verb starts a new clause, unless it is passive ("were reported hospitalised")
			if kw != nil && (kw.cls&(fcRelative|fcStop) != 0 || kw.cls&fcReport != 0 && !l.cls(j-1, fcAux)) && words > 0 {
				break
			}
			if l.is(j, "later") && !(seenVerb || l.cls(j-1, fcAux)) || l.is(j, "since") && words > 0 {
				break
			}
			// "state of emergency", "counts of bribery": "of" between two nouns
			// stays in the phrase; "in favour" says which side a vote is on
			ofNoun := l.is(j, "of") && j+1 < n && l.toks[j+1].kind == tWord && !l.toks[j+1].maybeNum() &&
				(!l.cls(j+1, fcStopNP|fcSkip) && !l.determiner(j+1) ||
					l.is(j+1, "the") && j+2 < n && l.toks[j+2].kind == tWord && !l.functionWord(j+2) && !l.numberTok(j+2))
			favour := l.is(j, "in") && (l.is(j+1, "favour") || l.is(j+1, "favor"))
			if l.preposition(j) && !ofNoun && !favour && words > 0 {
				if !seenVerb || preps > 0 {
					break // the noun phrase ends; after the verb, one phrase only
				}
				preps++
			}
		}
		if kw != nil && kw.cls&(fcCasualty|fcArrest|fcAux) != 0 && kw.cls&fcCasualtyNoun == 0 || l.edVerb(j) {
			// a participle before a noun modifies it: "recorded accidents"
			modifier := words == 0 && j+1 < n && l.toks[j+1].kind == tWord && !l.functionWord(j+1) && !l.edVerb(j+1)
			if !modifier {
				seenVerb = true
				if kw == nil || kw.cls&fcAux == 0 {
					verb = j
				}
			}
		} else if kw != nil && kw.cls&fcCasualtyNoun != 0 {
			seenVerb = true // "deaths in the nation": an event noun takes a phrase like a verb
		}
		w.add(j)
		words++
		if strings.HasSuffix(l.str(j), ".") {
			// "in Washington D.C.": an initial's or a title's full stop
			// may end the sentence too, so the phrase goes no further
			j++
			break
		}
	}
	// Cut off by the word limit in the middle of a phrase ("to veto any
	// bills featuring major"): end before the phrase that was cut.
	if words == maxLabelWords && j < n && l.toks[j].kind == tWord && !l.functionWord(j) && !l.numberTok(j) {
		for i := w.n - 1; i > 0; i-- {
			s := lowerASCII(l.str(w.t[i]))
			if l.preposition(w.t[i]) || strings.HasSuffix(s, "ing") && len(s) > 5 && !l.cls(w.t[i], fcCasualty|fcArrest) {
				w.n = i
				break
			}
		}
	}
	l.trimLabel(&w)
	if verb >= 0 && (w.n == 0 || w.t[w.n-1] < verb) {
		verb = -1
	}
	// auxiliaries before a participle say nothing a heading needs
	for i := 0; i < w.n; i++ {
		if !l.cls(w.t[i], fcAux) {
			continue
		}
		m := i + 1
		for m < w.n && (l.cls(w.t[m], fcAux) || l.adverb(w.t[m])) {
			m++
		}
		if m < w.n && l.participleAt(w.t[m]) {
			for m--; m >= i; m-- {
				if l.cls(w.t[m], fcAux) {
					w.drop(m)
				}
			}
		}
	}
	return w, verb
}

// trimLabel drops what a label may not end on: function words, and a
// present participle whose object was cut off ("accidents leading").
func (l *figLine) trimLabel(w *lwords) {
	for w.n > 0 {
		j := w.t[w.n-1]
		// "-ly" is left alone here: "family", "assembly" end in it too
		// "4 against": a vote's side, its object understood
		if l.is(j, "against") && (j+1 >= len(l.toks) || l.toks[j+1].kind == tPunct || l.is(j+1, "and") || l.is(j+1, "or")) {
			break
		}
		if l.functionWord(j) || l.adverb(j) && !strings.HasSuffix(l.str(j), "ly") && w.n > 1 {
			w.n--
			continue
		}
		// "accidents leading (to 750 deaths)": the participle's object was
		// cut off; "money laundering." and "the meeting" are nouns
		if s := lowerASCII(l.str(j)); w.n > 1 && strings.HasSuffix(s, "ing") && len(s) > 5 && !l.cls(j, fcCasualty|fcArrest) &&
			!l.determiner(j-1) && j+1 < len(l.toks) && l.toks[j+1].kind != tPunct {
			w.n--
			continue
		}
		break
	}
}

// dropLeadingAux drops an auxiliary that opens a label with no subject:
// "were Cuban" → "Cuban", "were in favour" → "in favour".
func (l *figLine) dropLeadingAux(w *lwords) {
	for w.n > 1 && (l.cls(w.t[0], fcAux) || l.is(w.t[0], "having")) {
		w.drop(0)
	}
}

// countLabel is the label of a count: what is counted and what happened
// to it.
func (l *figLine) countLabel(c *figCand, npFirst, npEnd int, pronoun bool) string {
	e := c.e
	k := e.last + 1
	partitive := false
	if l.is(k, "out") && l.is(k+1, "of") {
		k++ // "Nine out of 10 residents"
	}
	if l.is(k, "of") { // "dozens of weapons seized", "Four of the deceased", "two of whom"
		k++
		partitive = true
		if l.is(k, "the") || l.is(k, "whom") || l.is(k, "them") || l.is(k, "which") || l.is(k, "those") || l.is(k, "these") || l.is(k, "us") ||
			l.is(k, "its") || l.is(k, "their") || l.is(k, "his") || l.is(k, "her") || l.is(k, "our") {
			k++
		}
	}
	if l.is(k, "the") || l.is(k, "a") || l.is(k, "an") || l.is(k, "each") { // "two each from the Coast Guard"
		k++
	}
	// "Three of the four suspects": what the whole counts
	if partitive && k < len(l.toks) && l.numberTok(k) && l.startsNumber(k) {
		if c2, ok := l.parseCore(k); ok {
			k = c2.last + 1
		}
	}
	w, verb := l.phraseAfter(k)
	if e.compound != "" && (w.n == 0 || l.preposition(w.t[0])) {
		return e.compound // "a ten-storey building" is "building"; "ten-storey" alone its unit
	}
	startsWithVerb := w.n > 0 && (l.cls(w.t[0], fcAux) || w.t[0] == verb)
	if pronoun && w.n > 0 && !startsWithVerb {
		// "87 of them spoke": after "of them" comes a verb, unless it is
		// a plural noun ("12 of them children") or an adverb ("seriously")
		s := lowerASCII(l.str(w.t[0]))
		startsWithVerb = !strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ly") && !l.cls(w.t[0], fcPlural|fcCasualtyNoun|fcStopNP)
	}
	noNoun := npEnd == npFirst || pronoun
	// The noun of the number this one is coordinated with, or that "of
	// them" points back to: "87 of them spoke" are residents.
	var ante string
	if pronoun && (startsWithVerb || w.n == 0) || noNoun && !partitive {
		ante = l.antecedent(e.qFirst, pronoun)
	} else if partitive && !pronoun && npEnd > npFirst && !l.determiner(e.last+2) {
		// "seven counts of bribery and two of money laundering"
		if a := l.antecedent(e.qFirst, false); a != "" && strings.HasSuffix(a, " of") {
			ante = a
		}
	}
	if ante != "" && !strings.HasSuffix(ante, " of") && !startsWithVerb && w.n > 0 && !l.preposition(w.t[0]) && !l.is(w.t[0], "against") {
		ante = "" // "12 of them children": the phrase names its own noun
	}
	if ante == "" {
		l.dropLeadingAux(&w)
	}
	label := l.render(&w)
	c.labelVerb = ""
	for i := 0; i < w.n; i++ {
		if l.cls(w.t[i], fcCasualty|fcArrest) {
			c.labelSays = true
		}
	}
	if verb >= 0 {
		c.labelVerb = l.verbPP(verb)
		if c.labelVerb == "" && l.participleAt(verb) {
			c.labelVerb = lowerASCII(l.str(verb))
		}
	}
	// What happened to the counted, said by a verb outside the phrase:
	// "killing at least 38 people" → "people killed", "destroyed 200 homes"
	// → "homes destroyed", "twenty more, including..., were injured".
	if verb < 0 && !l.ownVerb(e) {
		pp := ""
		if v := l.objectVerb(e.qFirst); v >= 0 {
			pp = l.verbPP(v)
		} else if c.why > e.last && !l.cls(c.why, fcCasualtyNoun) {
			pp = l.verbPP(c.why)
		}
		if pp != "" {
			c.labelVerb = pp
			// the participle follows the counted noun, before any phrase
			// after it: "recovered 18 bodies from the wreckage" → "bodies
			// recovered from the wreckage", "killed 112 in the region" →
			// "killed in the region"
			split := w.n
			for i := 0; i < w.n; i++ {
				if w.t[i] >= npEnd || l.preposition(w.t[i]) {
					split = i
					break
				}
			}
			head, tail := w, w
			head.n = split
			copy(tail.t[:], w.t[split:w.n])
			tail.n = w.n - split
			label = joinLabel(l.render(&head), pp, l.render(&tail))
			if ante != "" && !strings.HasSuffix(ante, " of") {
				label = joinLabel(ante, label)
			}
			return label
		}
	}
	if ante != "" {
		label = joinLabel(ante, label)
	}
	// "a panel of twelve", "claims over 150,000": a clause that ends with
	// the number says what it counts before it
	if label == "" && c.why < 0 && (k >= len(l.toks) || l.toks[k].kind == tPunct) {
		if label = l.linkedNoun(e.qFirst); label == "" {
			label = l.labelBefore(e.qFirst)
		}
	}
	return label
}

// objectVerb returns the verb whose object the number at q is ("seized 26
// bank records", "killing at least 38 people"), or -1. Words like "a",
// "another", "some" may sit between them; a reporting verb ("said",
// "estimated") takes a clause, not a count.
func (l *figLine) objectVerb(q int) int {
	for p, skipped := q-1, 0; p >= 0 && skipped <= 2; p-- {
		if l.toks[p].kind != tWord {
			return -1
		}
		if l.verbPP(p) != "" {
			// "an injured 25" is an adjective; "be constructed up to four
			// floors" a passive with no object; "exceeded 100" links a
			// subject to its amount
			if l.determiner(p-1) || l.beForm(p-1) || l.cls(p, fcLevel|fcAbove) {
				return -1
			}
			return p
		}
		if !l.cls(p, fcSkip) || l.determiner(p) && p < q-1 {
			return -1
		}
		skipped++
	}
	return -1
}

// beForm reports whether token j is a form of "be", which makes a
// participle after it passive.
func (l *figLine) beForm(j int) bool {
	switch lowerASCII(l.str(j)) {
	case "be", "been", "being", "is", "are", "was", "were":
		return true
	}
	return false
}

// antecedent returns the counted noun of the number before q in the same
// sentence, when the two are coordinated ("38 people and injuring more
// than 210") or "of them" points back to it, or "". A noun followed by
// "of" keeps it: "seven counts of bribery and two of money laundering".
func (l *figLine) antecedent(q int, pointed bool) string {
	const reach = 12
	conj := false
	for p := q - 1; p >= 0 && p >= q-reach; p-- {
		t := l.toks[p]
		if t.kind == tPunct && strings.ContainsAny(l.str(p), ".!?;:–—()") {
			return ""
		}
		if t.kind == tWord && l.cls(p, fcRelative|fcStop) && !l.is(p, "while") {
			return ""
		}
		if l.is(p, "and") || l.is(p, "or") || l.is(p, "while") || l.is(p, "but") {
			conj = true
		}
		if !l.numberTok(p) || !l.startsNumber(p) {
			continue
		}
		// the number may be written in several tokens: find its start
		for p > 0 && l.numberTok(p-1) && l.startsNumber(p-1) {
			p--
		}
		c, ok := l.parseCore(p)
		if !ok || c.skip || c.last >= q || c.rest != "" || l.nonFigure(c) {
			return "" // "a 92-year-old woman" counts no one
		}
		if !conj && !pointed && !l.is(q-1, "of") && !l.is(c.first-1, "of") && !(l.is(c.first-2, "of") && l.is(c.first-1, "the")) {
			return "" // "between the two blasts, at least 20 were killed": no list
		}
		e := numExpr{first: c.first, last: c.last}
		if k := l.unitAfter(&e, c.last+1); e.kind != nkCount || k != c.last+1 {
			return "" // an amount of money or time names no counted noun
		}
		first, end, pronoun := l.nounPhrase(e)
		// "14 dead and dozens wounded": "dead" says what befell them, it
		// names no one
		if pronoun || end == first || l.cls(end-1, fcGeneric|fcCasualty|fcArrest) {
			return ""
		}
		for j := first; j < end; j++ {
			if l.participleAt(j) && j > first {
				end = j // "23 people arrested": the noun, not its verb
				break
			}
		}
		var w lwords
		for j := first; j < end; j++ {
			w.add(j)
		}
		s := l.render(&w)
		if l.is(end, "of") {
			s += " of"
		}
		return s
	}
	return ""
}

// unitLabel is the label of an amount with a unit: money, a percentage, a
// span of time, a measure.
func (l *figLine) unitLabel(c *figCand) string {
	e := c.e
	k := e.last + 1
	// "73 km (45 miles) north of Tandag City": the conversion is the same amount
	if l.punct(k, "(") {
		for j := k + 1; j < len(l.toks) && j < k+8; j++ {
			if l.punct(j, ")") {
				k = j + 1
				break
			}
		}
	}
	if s := l.modifiedNoun(e, k); s != "" {
		return s
	}
	// "52% of participating voters", "three days of national mourning";
	// "within two miles of each other" is how far apart
	if l.is(k, "of") && (l.is(k+1, "each") && l.is(k+2, "other") || l.is(k+1, "one") && l.is(k+2, "another")) {
		return "apart"
	}
	if l.is(k, "of") {
		j := k + 1
		// "39 percent of these are rated": the pronoun points back
		if l.is(j, "these") || l.is(j, "those") || l.is(j, "them") || l.is(j, "which") || l.is(j, "whom") || l.is(j, "the") {
			j++
		}
		if j < len(l.toks) && l.toks[j].kind == tWord && !l.numberTok(j) {
			w, _ := l.phraseAfter(j)
			if s := l.render(&w); s != "" {
				return s
			}
		}
	}
	if e.kind == nkDuration {
		if s := l.sentenceLabel(e, k); s != "" {
			return s
		}
		if s := l.deadlineLabel(e, k); s != "" {
			return s
		}
	}
	if s := l.linkedNoun(e.qFirst); s != "" {
		return s
	}
	// "up from 58%": the level before the one just given
	if (l.is(e.qFirst-2, "up") || l.is(e.qFirst-2, "down")) && l.is(e.qFirst-1, "from") {
		return "earlier level"
	}
	if s := l.changeLabel(e); s != "" {
		return s
	}
	// "45 million euros in emergency funds", "$5 million in damages": what form the money took
	if e.kind == nkMoney && l.is(k, "in") && k+1 < len(l.toks) && l.toks[k+1].kind == tWord && !l.toks[k+1].upper() &&
		!l.functionWord(k+1) && !l.numberTok(k+1) && !compoundPreposition(l.str(k+1)) {
		w, _ := l.phraseAfter(k + 1)
		if s := l.render(&w); s != "" {
			if v := l.objectVerb(e.qFirst); v >= 0 {
				s = joinLabel(s, l.verbPP(v))
			}
			return s
		}
	}
	if e.kind == nkDuration {
		if s := l.spanOfAct(e); s != "" {
			return s
		}
	}
	// "ordered Hale to repay $1.8 million": the verb whose object it is
	if v := e.qFirst - 1; v > 0 && l.is(v-1, "to") && l.toks[v].kind == tWord && !l.functionWord(v) && !l.numberTok(v) &&
		!l.cls(v, fcChange|fcLevel) {
		return "to " + l.str(v)
	}
	// the words after it, unless they open a phrase of their own
	// ("in exchange for", "within 90 days")
	if w, verb := l.phraseAfter(k); w.n > 0 {
		// "extend for three months the state of emergency declared after
		// the attacks": a participle after "the X" modifies X; the amount
		// belongs to X
		if l.determiner(k) && verb > w.t[0] && l.edVerb(verb) {
			for w.n > 0 && w.t[w.n-1] >= verb {
				w.n--
			}
		}
		if first := w.t[0]; !l.preposition(first) || l.placePhrase(first) {
			l.dropLeadingAux(&w)
			if s := l.render(&w); !l.repeatsUnit(s, e) {
				return s
			}
		}
	}
	return l.labelBefore(e.qFirst)
}

// placePhrase reports whether the preposition at j opens a phrase that
// says what an amount is for or where it is ("for road repairs", "from
// Barcelona", "in the second half", "in advance"), not a new phrase of its
// own: "within 90 days", "by helicopter", or a compound preposition ("in
// exchange for", "in return for", "in addition to").
func (l *figLine) placePhrase(j int) bool {
	switch lowerASCII(l.str(j)) {
	case "for", "to", "from", "on", "against", "at":
		return true
	case "in":
		return !compoundPreposition(l.str(j + 1))
	}
	return false
}

// compoundPreposition reports the nouns that make a preposition with "in"
// ("in exchange for", "in addition to", "in response to"): a phrase they
// open says how, not what an amount is.
func compoundPreposition(w string) bool {
	switch lowerASCII(w) {
	case "exchange", "return", "addition", "response", "order", "relation", "connection", "lieu", "place", "spite",
		"favour", "favor", "front", "charge", "case", "terms", "view", "line", "accordance", "respect", "total", "all",
		"light", "support", "protest", "memory", "honour", "honor", "effect", "time":
		return true
	}
	return false
}

// spanOfAct names a span by the act it measures: "blocked three roads for
// six hours" → "roads blocked", "will cut 3,000 jobs over the next two
// years" → "jobs cut". The verb must be a participle; a pronoun object
// ("interrogated him for two hours") leaves it to the words before.
func (l *figLine) spanOfAct(e numExpr) string {
	p := e.qFirst - 1
	for p >= 0 && l.cls(p, fcSkip|fcTimeAdv|fcDet) && !l.is(p, "of") {
		p-- // "over the next", "for the last"
	}
	if !(l.is(p, "for") || l.is(p, "over")) {
		return ""
	}
	v := -1
	for j, s := p-1, 0; j >= 0 && s < 6; j, s = j-1, s+1 {
		if l.toks[j].kind == tPunct && !l.numberTok(j) || l.cls(j, fcRelative|fcStop|fcReport|fcAux) {
			break
		}
		if l.verbPP(j) != "" || irregularParticiple(l.str(j)) {
			v = j
			break
		}
	}
	if v < 0 || v == p-1 || l.determiner(v-1) {
		return ""
	}
	var w lwords
	for j := v + 1; j < p && w.n < 3; j++ {
		if l.numberTok(j) || l.determiner(j) || l.cls(j, fcSkip) {
			continue
		}
		if l.functionWord(j) || pronounWord(l.str(j)) || l.is(j, "him") || l.is(j, "her") || l.is(j, "them") || l.is(j, "me") || l.is(j, "us") {
			return ""
		}
		w.add(j)
	}
	if w.n == 0 {
		return ""
	}
	pp := l.verbPP(v)
	if pp == "" {
		pp = lowerASCII(l.str(v))
	}
	return joinLabel(l.render(&w), pp)
}

// repeatsUnit reports whether every word of a label is already in the
// number as written ("million" after "$1.8 million").
func (l *figLine) repeatsUnit(label string, e numExpr) bool {
	if label == "" {
		return false
	}
	num := strings.ToLower(l.text[e.start:e.end])
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if !strings.Contains(num, w) {
			return false
		}
	}
	return true
}

// modifiedNoun returns the noun phrase an amount modifies: "a $1.4 billion
// budget", "a 14-week trial", "an 11-hour session", "a 6.3 magnitude
// earthquake". Only after an article or possessive: without one, the word
// after an amount is as often a verb ("$5 million went missing").
func (l *figLine) modifiedNoun(e numExpr, k int) string {
	hyphenated := e.last == e.first && strings.Contains(l.str(e.first), "-")
	if !l.determiner(e.qFirst-1) && !hyphenated {
		return ""
	}
	n := len(l.toks)
	var w lwords
	for j := k; j < n && w.n < 3; j++ {
		t := l.toks[j]
		if t.kind != tWord || l.functionWord(j) || l.cls(j, fcTimeAdv|fcAux|fcReport) || l.numberTok(j) || t.upper() && !l.sentenceStart(j) && w.n == 0 {
			break
		}
		// "earthquake causing eleven deaths", "building coming down": a verb
		if s := lowerASCII(l.str(j)); strings.HasSuffix(s, "ing") && w.n > 0 {
			break
		}
		if l.edVerb(j) && w.n > 0 {
			break
		}
		w.add(j)
	}
	// and what it is in or of: "a 25% cut in the defence budget", "a 10%
	// stake in the company"
	if j := k + w.n; w.n > 0 && (l.is(j, "in") || l.is(j, "of")) {
		m := j + 1
		if l.is(m, "the") || l.is(m, "a") || l.is(m, "an") || l.is(m, "its") || l.is(m, "their") {
			m++
		}
		var pp lwords
		for ; m < n && pp.n < 2 && l.toks[m].kind == tWord && !l.functionWord(m) && !l.numberTok(m) &&
			!l.cls(m, fcTimeAdv|fcAux|fcReport|fcMonth) && !l.edVerb(m); m++ {
			pp.add(m)
		}
		if pp.n > 0 && (m >= n || l.toks[m].kind != tWord || l.functionWord(m)) {
			w.add(j)
			for i := 0; i < pp.n; i++ {
				w.add(pp.t[i])
			}
		}
	}
	return l.render(&w)
}

// sentenceLabel names a span of time a court gave: "sentenced to nine
// years in prison" is a prison sentence, "Denning, 55, received six years"
// Denning's sentence. Only a sentencing verb or "in prison" says so:
// "served six years as mayor" is no sentence.
func (l *figLine) sentenceLabel(e numExpr, k int) string {
	v := e.qFirst - 1
	holder := ""
	prep := ""
	if l.is(v, "to") || l.is(v, "for") {
		prep = lowerASCII(l.str(v))
		v--
		// the object between verb and span holds the sentence: "sentenced
		// him to", "jailed Hale for"
		if l.is(v, "him") || l.is(v, "her") || l.is(v, "them") {
			v--
		} else if name := l.subjectName(v + 1); name != "" {
			holder = name
			v--
		}
	}
	prison := (l.is(k, "in") || l.is(k, "behind")) && (l.is(k+1, "prison") || l.is(k+1, "jail") || l.is(k+1, "gaol") || l.is(k+1, "bars"))
	ends := k >= len(l.toks) || l.punct(k, ".,;:)–—") || prison || l.is(k, "for") || l.is(k, "and") || l.is(k, "after")
	kind := ""
	switch lowerASCII(l.str(v)) {
	case "sentenced":
		if prep == "to" {
			kind = "sentence"
		}
	case "jailed", "imprisoned":
		// a court jails someone; "X imprisoned her for" is a claim, "was imprisoned for" a sentence
		if prep == "for" && (l.is(v, "jailed") || l.beForm(v-1)) {
			kind = "prison sentence"
		}
	case "received", "receives", "receiving", "given", "handed", "got", "gets", "serve", "serves", "serving", "served":
		if ends && prep == "" {
			kind = "sentence"
		}
	case "face", "faces", "facing":
		if prison {
			return "possible prison sentence"
		}
	}
	if kind == "" {
		return ""
	}
	if prison {
		kind = "prison sentence"
	}
	if holder == "" {
		holder = l.subjectName(v)
	}
	if holder != "" {
		return holder + "'s " + kind
	}
	return kind
}

// subjectName returns the person named as the subject of the verb at v
// ("Denning, 55, received", "Hale was jailed"), or "". Only a mention the
// people finder found counts: a capital alone may start a sentence.
func (l *figLine) subjectName(v int) string {
	p := v - 1
	for p >= 0 && (l.cls(p, fcAux) || l.adverb(p)) {
		p--
	}
	// an age between commas: "Denning, 55,"
	if l.punct(p, ",") && p >= 3 && l.toks[p-1].kind == tNum && l.punct(p-2, ",") {
		p -= 3
	}
	if p < 0 || l.toks[p].kind != tWord || !l.toks[p].upper() || l.ages == nil {
		return ""
	}
	end := int(l.toks[p].end)
	for _, m := range l.ages.ends {
		if m == end {
			return l.str(p)
		}
	}
	return ""
}

// deadlineLabel names a span within which something must be done: "ordered
// to repay $1.8 million within 90 days" is the deadline to repay, "has 14
// days to appeal" the deadline to appeal.
func (l *figLine) deadlineLabel(e numExpr, k int) string {
	if l.is(e.qFirst-1, "within") {
		for p := e.qFirst - 2; p > 0 && p >= e.qFirst-10; p-- {
			if l.toks[p].kind == tPunct && !l.numberTok(p) {
				return ""
			}
			if l.cls(p, fcRelative|fcStop) {
				return ""
			}
			if l.toks[p].kind == tWord && !l.functionWord(p) && !l.numberTok(p) &&
				(l.is(p-1, "to") || l.is(p-1, "must") || l.is(p-1, "should") || l.is(p-1, "will") || l.is(p-1, "would") ||
					l.is(p-1, "shall") || l.is(p-1, "not")) {
				return "deadline to " + l.str(p)
			}
		}
		return ""
	}
	// "has 14 days to appeal", "was given two weeks to leave", "gives
	// landlords 60 days to make repairs"
	if !l.is(k, "to") || k+1 >= len(l.toks) || l.toks[k+1].kind != tWord || l.functionWord(k+1) {
		return ""
	}
	for g := e.qFirst - 1; g >= 0 && g >= e.qFirst-3 && l.toks[g].kind == tWord; g-- {
		switch lowerASCII(l.str(g)) {
		case "has", "have", "had", "given", "gave", "give", "gives", "giving":
			// the verb with its object: "deadline to make repairs"
			var w lwords
			for j := k + 1; j < len(l.toks) && w.n < 3 && l.toks[j].kind == tWord && !l.functionWord(j) && !l.numberTok(j) &&
				!l.cls(j, fcTimeAdv|fcMonth); j++ {
				w.add(j)
			}
			return "deadline to " + l.render(&w)
		}
	}
	return ""
}

// linkedNoun returns the noun an amount is linked to before it: "bribes
// worth $2.3 million", "the deal is worth", "a payout of one million
// rubles", "at a depth of 10 kilometres", "a suspended sentence of 18
// months", "contracts totalling".
func (l *figLine) linkedNoun(q int) string {
	p := q - 1
	switch {
	case l.is(p, "worth") || l.is(p, "totalling") || l.is(p, "totaling"):
		p--
		for p >= 0 && (l.cls(p, fcAux) || l.punct(p, ",")) {
			p--
		}
	case l.is(p, "of"):
		p--
	default:
		return ""
	}
	var w lwords
	end := p
	det := false
	for ; p >= 0 && end-p < 3; p-- {
		t := l.toks[p]
		if l.determiner(p) {
			det = true
		}
		if t.kind != tWord || l.functionWord(p) || l.numberTok(p) || l.cls(p, fcTimeAdv|fcReport) {
			break
		}
		s := lowerASCII(l.str(p))
		if strings.HasSuffix(s, "ing") && p < end || l.edVerb(p) && !l.determiner(p-1) {
			break // "taking bribes", but "a suspended sentence"
		}
		if l.edVerb(p) && p == end || l.cls(p, fcCasualty|fcArrest) && !l.cls(p, fcCasualtyNoun) {
			return "" // "accused of", "killed of": a verb, not a noun
		}
	}
	first := p + 1
	if first > end {
		return ""
	}
	// without an article to open it, the noun phrase is its head alone:
	// "He took kickbacks worth" is "kickbacks"
	if !det {
		first = end
	}
	// "of" links a noun only after an article: "at a depth of", not "out of"
	if l.is(end+1, "of") && !l.determiner(first-1) && !l.cls(first-1, fcStopNP) && !l.is(end, "sentence") {
		return ""
	}
	for j := first; j <= end; j++ {
		w.add(j)
	}
	if l.cls(end, fcGeneric) || l.is(end, "total") || l.is(end, "sum") || l.is(end, "amount") {
		return ""
	}
	return l.render(&w)
}

// changeLabel names what changed by an amount: "inflated the cost of
// three contracts by 35 per cent" → "cost inflated", "rents that have
// climbed nearly a third" → "rents climbed", and the span it changed in
// ("climbed nearly a third in five years").
func (l *figLine) changeLabel(e numExpr) string {
	p := e.qFirst - 1
	by := l.is(p, "by")
	if (l.is(p, "to") || l.is(p, "from")) && e.kind == nkPercent {
		// "rose by 0.3 percentage points to 6.1%": the level it reached;
		// "dropped from 40%": the level it left
		for j, s := p-1, 0; j >= 0 && s < 8; j, s = j-1, s+1 {
			if l.cls(j, fcChange) && (l.edVerb(j) || l.isPast(j)) {
				if l.is(p, "from") {
					return l.changeSubject(j)
				}
				return l.changeSubject(j) + " to"
			}
			if l.toks[j].kind == tPunct && !l.numberTok(j) && l.str(j) != "%" || l.cls(j, fcRelative|fcStop) {
				break
			}
		}
		return ""
	}
	if by {
		p--
	} else if e.kind == nkDuration && (l.is(p, "in") || l.is(p, "over")) {
		// a span after a change: find the change before it
		p--
		for s := 0; p >= 0 && s < 6 && !l.cls(p, fcChange); p, s = p-1, s+1 {
			if l.toks[p].kind == tPunct && !l.numberTok(p) && l.str(p) != "%" || l.cls(p, fcRelative|fcStop) {
				return ""
			}
		}
		if p < 0 || !l.cls(p, fcChange) {
			return ""
		}
		return l.changeSubject(p)
	}
	if !by {
		// "rose 5%", "Shares plunged 18%": a percentage right after a
		// change verb is how much it changed
		if !(l.cls(p, fcChange) || e.kind == nkPercent && l.edVerb(p)) || !l.edVerb(p) && !l.isPast(p) {
			return ""
		}
		return l.changeSubject(p)
	}
	// "inflated the cost of three dredging contracts by": find the verb
	v := -1
	for j, s := p, 0; j >= 0 && s < 8; j, s = j-1, s+1 {
		if l.toks[j].kind == tPunct || l.cls(j, fcRelative|fcStop|fcReport) {
			break
		}
		if l.cls(j, fcChange) || l.edVerb(j) && !l.determiner(j-1) {
			v = j
			break
		}
	}
	if v < 0 || !(l.edVerb(v) || l.isPast(v)) {
		return ""
	}
	// the object: up to "of" when a number follows it, without articles
	var w lwords
	for j := v + 1; j <= p && w.n < 4; j++ {
		if l.is(j, "of") && (l.numberTok(j+1) || l.numberTok(j+2)) || l.numberTok(j) {
			break
		}
		if l.determiner(j) {
			continue
		}
		w.add(j)
	}
	l.trimLabel(&w)
	if w.n == 0 {
		return l.changeSubject(v)
	}
	return joinLabel(l.render(&w), lowerASCII(l.str(v)))
}

// isPast reports whether a change verb is past ("rose", "fell", "cut"),
// so it can follow its subject as a heading does ("prices rose").
func (l *figLine) isPast(j int) bool {
	switch lowerASCII(l.str(j)) {
	case "rose", "fell", "grew", "went", "cut", "risen", "fallen", "grown", "up", "down":
		return true
	}
	return false
}

// changeSubject returns "subject verb" for the change verb at v: "rents
// that have climbed" → "rents climbed"; the verb alone when the subject
// is not a plain noun right before it.
func (l *figLine) changeSubject(v int) string {
	verb := lowerASCII(l.str(v))
	p := v - 1
	for p >= 0 && (l.cls(p, fcAux) || l.adverb(p)) {
		p--
	}
	if l.is(p, "that") || l.is(p, "which") {
		p--
	}
	// "Shares in the company plunged": the subject is the noun before its phrase
	if p >= 3 && l.determiner(p-1) && (l.is(p-2, "in") || l.is(p-2, "of") || l.is(p-2, "at")) && l.toks[p-3].kind == tWord &&
		!l.functionWord(p-3) && !l.numberTok(p-3) {
		p -= 3
	}
	if p >= 0 && l.toks[p].kind == tWord && !l.functionWord(p) && !l.numberTok(p) && !l.cls(p, fcReport|fcChange) &&
		!l.edVerb(p) && !pronounWord(l.str(p)) && !commonCapitals[lowerASCII(l.str(p))] {
		return l.str(p) + " " + verb
	}
	return verb
}

// labelBefore is the label of a number whose clause ends with it ("had
// fallen by 17 per cent", "the shaking lasted nearly 40 seconds"): the
// last few words before it, up to a clause boundary or another number.
func (l *figLine) labelBefore(q int) string {
	const maxWords = 4
	first, last := q, q-1
	for p := q - 1; p >= 0 && last-p < maxWords; p-- {
		t := l.toks[p]
		if t.kind != tWord || l.numberTok(p) || l.startsNumber(p) || l.is(p, "and") || l.is(p, "or") || l.is(p, "but") ||
			l.cls(p, fcRelative|fcStop|fcReport) && p < q-1 {
			break
		}
		first = p
	}
	// drop function words at both ends
	drop := func(j int) bool {
		return l.cls(j, fcStopNP|fcSkip|fcStop|fcRelative|fcAux|fcTimeAdv) && !l.cls(j, fcChange) || l.is(j, "having")
	}
	for first <= last && drop(first) {
		first++
	}
	for last >= first && drop(last) {
		last--
	}
	if first > last || first == last && pronounWord(l.str(first)) {
		return "" // "when it was forty percent": "it" says nothing
	}
	return l.text[int(l.toks[first].start):int(l.toks[last].end)]
}

func pronounWord(w string) bool {
	switch lowerASCII(w) {
	case "it", "they", "this", "that", "he", "she", "we", "i", "you", "there", "these", "those", "which", "who":
		return true
	}
	return false
}

// shareListLabels gives the members of a list the participle that ends
// it: in "About 1,200 soldiers and 350 firefighters have been deployed"
// the soldiers were deployed too; in "150 security forces, 95 civilians,
// and hundreds of Taliban killed" all three were killed.
func (l *figLine) shareListLabels(cands []figCand) {
	for k := len(cands) - 2; k >= 0; k-- {
		c, next := &cands[k], &cands[k+1]
		if c.e.kind != nkCount || next.e.kind != nkCount || c.labelVerb != "" || c.labelSays || next.labelVerb == "" || c.label == "" {
			continue
		}
		if !l.coordinated(c.e, next.e) || c.cat != next.cat || c.definite || l.ownVerb(c.e) {
			continue
		}
		c.label = joinLabel(c.label, next.labelVerb)
		c.labelVerb = next.labelVerb
	}
}

// irregularParticiple reports the common participles news writes without
// -ed ("raids were made", "two were shot").
func irregularParticiple(w string) bool {
	switch lowerASCII(w) {
	case "made", "done", "taken", "given", "held", "found", "seen", "shot", "built", "sent", "brought", "caught",
		"left", "lost", "kept", "spent", "struck", "thrown", "told", "known", "beaten", "stolen", "sold", "drawn",
		"hit", "put", "set", "cut", "torn", "burnt", "swept", "flown", "driven", "slain", "hurt":
		return true
	}
	return false
}
