package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
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

func (lw *lwords) add(j int) {
	if lw.n < len(lw.t) {
		lw.t[lw.n] = j
		lw.n++
	}
}

func (lw *lwords) drop(i int) {
	copy(lw.t[i:lw.n], lw.t[i+1:lw.n])
	lw.n--
}

// render joins the label's tokens; a contiguous run of the text is
// returned as a slice of it, without allocating.
func (ln *figLine) render(w *lwords) string {
	if w.n == 0 {
		return ""
	}
	if span, ok := ln.span(w); ok {
		return span
	}
	// sized first: grown word by word it was several allocations a label
	var b strings.Builder
	b.Grow(ln.renderLen(w))
	for i := 0; i < w.n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ln.str(w.t[i]))
	}
	return b.String()
}

// span returns the text a label's tokens cover, and whether render
// returns it as it is: the tokens are contiguous and no link mark the
// line was read without is inside.
func (ln *figLine) span(w *lwords) (string, bool) {
	for i := 1; i < w.n; i++ {
		if w.t[i] != w.t[i-1]+1 {
			return "", false
		}
	}
	span := ln.text[ln.toks[w.t[0]].start:ln.toks[w.t[w.n-1]].end]
	return span, strings.IndexByte(span, '[') < 0
}

// renderLen is the length of a label's tokens joined by spaces.
func (ln *figLine) renderLen(w *lwords) int {
	n := w.n - 1
	for i := 0; i < w.n; i++ {
		n += len(ln.str(w.t[i]))
	}
	return n
}

// appendRender appends render(w) to a label being built, as
// appendLabelPart appends a part: a label joined from rendered parts is
// then one allocation, not one for each part and one for the join.
func (ln *figLine) appendRender(b []byte, w *lwords) []byte {
	if w.n == 0 {
		return b
	}
	if span, ok := ln.span(w); ok {
		return appendLabelPart(b, span)
	}
	for i := 0; i < w.n; i++ {
		b = appendLabelPart(b, ln.str(w.t[i]))
	}
	return b
}

// appendLabelPart appends part to a label being built, after a space
// unless it is the first; an empty part is left out, as joinLabel leaves
// it out.
func appendLabelPart(b []byte, part string) []byte {
	if part == "" {
		return b
	}
	if len(b) > 0 {
		b = append(b, ' ')
	}
	return append(b, part...)
}

// joinLabel joins parts that are not empty with spaces.
func joinLabel(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	var b strings.Builder
	b.Grow(n) // (one space too many: grown part by part was an allocation each)
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

// countLabel is the label of a count: what is counted and what happened
// to it.
func (ln *figLine) countLabel(c *figCand, npFirst, npEnd int, pronoun bool) string {
	e := c.e
	if m := ln.margin(e, npFirst, npEnd); m != "" {
		return m
	}
	if t := ln.tally(e); t != "" {
		return t
	}
	// "the building was home to 1,000 people": the people in the building
	if npEnd > npFirst && ln.is(e.qFirst-1, "to") && ln.is(e.qFirst-2, "home") && ln.beForm(e.qFirst-3) {
		if subj := ln.subjectNoun(e.qFirst - 3); subj != "" {
			return ln.text[int(ln.toks[npFirst].start):int(ln.toks[npEnd-1].end)] + " in the " + subj
		}
	}
	k := e.last + 1
	partitive := false
	if ln.is(k, "out") && ln.is(k+1, "of") {
		k++ // "Nine out of 10 residents"
	}
	if ln.is(k, "of") { // "dozens of weapons seized", "Four of the deceased", "two of whom"
		k++
		partitive = true
		if ln.is(k, "the") || ln.is(k, "whom") || ln.is(k, "them") || ln.is(k, "which") || ln.is(k, "those") || ln.is(k, "these") || ln.is(k, "us") ||
			ln.is(k, "its") || ln.is(k, "their") || ln.is(k, "his") || ln.is(k, "her") || ln.is(k, "our") {
			k++
			if ln.is(k, "last") || ln.is(k, "first") || ln.is(k, "past") || ln.is(k, "next") {
				k++ // "eight of its last ten matches"
			}
			// "Six of the country's eight capitals": the owner before the whole
			if k+1 < len(ln.toks) && ln.toks[k].kind == tWord && ln.toks[k].poss() && ln.numberTok(k+1) {
				k++
			}
		} else if k+1 < len(ln.toks) && ln.toks[k].kind == tWord && ln.toks[k].poss() && ln.numberTok(k+1) {
			k++ // "30 of today's 50 flights", "two of Spain's five seats"
		}
	}
	// "40 cases, six more than last week": a difference counts the noun
	// of the number it is compared with
	if !partitive && ln.is(k+1, "than") && (ln.is(k, "more") || ln.is(k, "fewer") || ln.is(k, "less")) {
		if a := ln.antecedent(e.qFirst, true); a != "" && !strings.HasSuffix(a, " of") {
			return a
		}
	}
	if ln.rateAt(k) {
		k += 2 // "trillions each year": how often, not what
	}
	if ln.is(k, "the") || ln.is(k, "a") || ln.is(k, "an") || ln.is(k, "each") { // "two each from the Coast Guard"
		k++
	}
	// "the 386 strong Netto chain": the number is how many the noun after
	// "strong" holds (hyphenated, "5,000-strong", it is a compound)
	if ln.is(k, "strong") && e.value == float64(int64(e.value)) && k+1 < len(ln.toks) && ln.toks[k+1].kind == tWord && !ln.functionWord(k+1) && !ln.numberTok(k+1) {
		k++
	}
	// "Three of the four suspects": what the whole counts
	if partitive && k < len(ln.toks) && ln.numberTok(k) && ln.startsNumber(k) {
		if c2, ok := ln.parseCore(k); ok {
			k = c2.last + 1
		}
	}
	w, verb := ln.phraseAfter(k)
	// "210 suspects in 14 countries were arrested": a number inside the
	// phrase of another one counts its own noun; the verb is the other's
	// (only when a noun is left: "in 2019 this dropped" keeps its words)
	if verb >= 0 && ln.withinCounted(e.qFirst) && w.n > 0 && !ln.functionWord(w.t[0]) && !pronounWord(ln.str(w.t[0])) {
		for i := 1; i < w.n; i++ {
			if w.t[i] >= verb || ln.cls(w.t[i], fcAux) {
				w.n, verb = i, -1
				break
			}
		}
	}
	// "Five people, who were all crew, were rescued": the verb after the aside
	if w.n > 0 && verb < 0 && w.n < maxLabelWords-1 {
		if end := w.t[w.n-1] + 1; ln.punct(end, ",") && (ln.is(end+1, "who") || ln.is(end+1, "which")) {
			if close := ln.asideEnd(end); close > 0 {
				if w2, v2 := ln.phraseAfter(close + 1); v2 >= 0 {
					for i := 0; i < w2.n && w.n < maxLabelWords; i++ {
						if !ln.cls(w2.t[i], fcAux) {
							w.add(w2.t[i])
						}
					}
					verb = v2
				}
			}
		}
	}
	if e.compound != "" && (w.n == 0 || ln.preposition(w.t[0])) {
		return e.compound // "a ten-storey building" is "building"; "ten-storey" alone its unit
	}
	startsWithVerb := w.n > 0 && (ln.cls(w.t[0], fcAux) || w.t[0] == verb)
	if pronoun && w.n > 0 && !startsWithVerb {
		// "87 of them spoke": after "of them" comes a verb, unless it is
		// a plural noun ("12 of them children") or an adverb ("seriously")
		s := new(foldBuf).of(ln.str(w.t[0]))
		startsWithVerb = !strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ly") && !ln.cls(w.t[0], fcPlural|fcCasualtyNoun|fcStopNP)
	}
	noNoun := npEnd == npFirst || pronoun
	// The noun of the number this one is coordinated with, or that "of
	// them" points back to: "87 of them spoke" are residents.
	var ante string
	if pronoun && (startsWithVerb || w.n == 0) || noNoun && !partitive {
		ante = ln.antecedent(e.qFirst, pronoun)
	} else if partitive && !pronoun && npEnd > npFirst && !ln.determiner(e.last+2) {
		// "seven counts of bribery and two of money laundering"
		if a := ln.antecedent(e.qFirst, false); a != "" && strings.HasSuffix(a, " of") {
			ante = a
		}
	}
	if ante != "" && !strings.HasSuffix(ante, " of") && !startsWithVerb && w.n > 0 && !ln.preposition(w.t[0]) && !ln.is(w.t[0], "against") {
		ante = "" // "12 of them children": the phrase names its own noun
	}
	if ante == "" {
		ln.dropLeadingAux(&w)
	}
	c.labelVerb = ""
	for i := 0; i < w.n; i++ {
		if ln.cls(w.t[i], fcCasualty|fcArrest) {
			c.labelSays = true
		}
	}
	if verb >= 0 {
		c.labelVerb = ln.verbPP(verb)
		if c.labelVerb == "" && ln.participleAt(verb) {
			c.labelVerb = lowerASCII(ln.str(verb))
		}
	}
	// What happened to the counted, said by a verb outside the phrase:
	// "killing at least 38 people" → "people killed", "destroyed 200 homes"
	// → "homes destroyed", "twenty more, including..., were injured".
	if verb < 0 && !ln.ownVerb(e) {
		pp, agent := "", ""
		if v := ln.objectVerb(e.qFirst); v >= 0 {
			pp = ln.verbPP(v)
			agent = ln.namedAgent(v)
		} else if c.why > e.last && !ln.cls(c.why, fcCasualtyNoun) {
			pp = ln.verbPP(c.why)
		}
		if pp != "" {
			c.labelVerb = pp
			// the participle follows the counted noun, before any phrase
			// after it: "recovered 18 bodies from the wreckage" → "bodies
			// recovered from the wreckage", "killed 112 in the region" →
			// "killed in the region"
			split := w.n
			for i := 0; i < w.n; i++ {
				if w.t[i] >= npEnd || ln.preposition(w.t[i]) {
					split = i
					break
				}
			}
			head, tail := w, w
			head.n = split
			copy(tail.t[:], w.t[split:w.n])
			tail.n = w.n - split
			// (built in one buffer: joined part by part, each join and
			// each rendered part was an allocation)
			var buf [96]byte
			b := buf[:0]
			if ante != "" && !strings.HasSuffix(ante, " of") {
				b = appendLabelPart(b, ante)
			}
			b = ln.appendRender(b, &head)
			b = appendLabelPart(b, pp)
			b = ln.appendRender(b, &tail)
			if agent != "" && tail.n == 0 {
				b = appendLabelPart(appendLabelPart(b, "by"), agent) // "more saved by Coast Guard"
			}
			return string(b)
		}
	}
	var label string
	if ante == "" {
		label = ln.render(&w)
	} else {
		var buf [96]byte
		label = string(ln.appendRender(appendLabelPart(buf[:0], ante), &w))
	}
	// "a panel of twelve", "claims over 150,000": a clause that ends with
	// the number says what it counts before it
	if label == "" && c.why < 0 && (k >= len(ln.toks) || ln.toks[k].kind == tPunct) {
		if label = ln.linkedNoun(e.qFirst); label == "" {
			label = ln.tallyNoun(e.qFirst)
		}
		if label == "" {
			label = ln.labelBefore(e.qFirst)
		}
	}
	return label
}

// tallyNoun is the label of a bare number in a tally ("won the most
// seats, at 14, followed by Reed, with 12"): the plural noun it counts,
// named before it in the sentence.
func (ln *figLine) tallyNoun(q int) string {
	p := q - 1
	if !ln.is(p, "at") && !ln.is(p, "with") && !ln.punct(p, ",") {
		return ""
	}
	for j := p - 1; j >= 0 && j >= p-16; j-- {
		if ln.punct(j, ".!?;:") {
			return ""
		}
		w := ln.str(j)
		if ln.toks[j].kind == tWord && !ln.toks[j].upper() && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
			!ln.functionWord(j) && !ln.cls(j, fcAux|fcReport|fcChange|fcTransitive|fcSpared) && !ln.edVerb(j) {
			return w
		}
	}
	return ""
}

// subjectNoun returns the noun of the subject before the verb at v ("The
// 1973 building was"), or "" for a pronoun or none.
func (ln *figLine) subjectNoun(v int) string {
	p := v - 1
	for p >= 0 && (ln.cls(p, fcAux) || ln.adverb(p)) {
		p--
	}
	if p < 0 || ln.toks[p].kind != tWord || ln.functionWord(p) || ln.numberTok(p) || pronounWord(ln.str(p)) {
		return ""
	}
	return lowerASCII(ln.toks[p].word(ln.text))
}

// namedAgent returns the name that is the subject of the verb at v
// ("the Coast Guard reportedly saved 200"): capitalised words right before
// it, two or more of them or one that does not open the sentence ("Police
// arrested" names no one in particular); "" otherwise.
func (ln *figLine) namedAgent(v int) string {
	p := v - 1
	for p >= 0 && (ln.adverb(p) || ln.cls(p, fcAux)) {
		p--
	}
	end := p
	for p >= 0 && end-p < 3 && ln.toks[p].kind == tWord && ln.toks[p].upper() && !ln.functionWord(p) {
		p--
	}
	first := p + 1
	if first > end || end-first == 0 && ln.sentenceStart(first) || ln.titleCase {
		return ""
	}
	return ln.text[int(ln.toks[first].start):int(ln.toks[end].end)]
}

// tally is the label of the two sides of a vote: "voted 40 to 11", "by 40
// votes to 11" → "votes for", "votes against"; "" for any other number.
func (ln *figLine) tally(e numExpr) string {
	q := e.qFirst
	voted := func(p int) bool { return ln.is(p, "voted") || ln.is(p, "vote") || ln.is(p, "by") }
	// the first side: "voted 40 to 11", "by 40 votes to 11"
	k := e.last + 1
	if ln.is(k, "votes") {
		k++
	}
	if voted(q-1) && ln.is(k, "to") && ln.toks[min(k+1, len(ln.toks)-1)].kind == tNum && (ln.is(q-1, "voted") || ln.is(e.last+1, "votes")) {
		return "votes for"
	}
	// the second: back over "to" and the first side
	if ln.is(q-1, "to") {
		p := q - 2
		if ln.is(p, "votes") {
			p--
		}
		if p > 0 && ln.toks[p].kind == tNum && (ln.is(p-1, "voted") || ln.is(p-1, "by") && ln.is(p+1, "votes")) {
			return "votes against"
		}
	}
	return ""
}

// margin is the label of a winning margin: "defeating Lee by 5,000
// votes", "won by 12 points", "trails by three seats" → "margin of
// votes"; "" when the number is no margin ("passed by 300 votes to 200"
// counts the votes for).
func (ln *figLine) margin(e numExpr, npFirst, npEnd int) string {
	if !ln.is(e.qFirst-1, "by") || npEnd != npFirst+1 {
		return ""
	}
	noun := lowerASCII(ln.str(npFirst))
	switch noun {
	case "votes", "points", "seats", "goals", "runs", "strokes", "lengths", "wickets", "percentage":
	default:
		return ""
	}
	if ln.is(npEnd, "to") && ln.numberTok(npEnd+1) {
		return ""
	}
	lo, _ := ln.sentenceBounds(e.first)
	for j := e.qFirst - 2; j >= lo; j-- {
		switch new(foldBuf).of(ln.str(j)) {
		case "defeat", "defeats", "defeated", "defeating", "beat", "beats", "beating", "won", "win", "wins", "winning", "lost",
			"lose", "loses", "losing", "lead", "leads", "led", "leading", "trail", "trails", "trailed", "trailing", "ahead", "behind":
			return "margin of " + noun
		}
	}
	return ""
}

// phraseAfter reads the label after a number starting at token k: the
// noun phrase, the verb, and one phrase after the verb. verb is the
// participle or verb kept in the label, or -1; aux tells whether an
// auxiliary opened it ("were later released").
func (ln *figLine) phraseAfter(k int) (w lwords, verb int) {
	verb = -1
	n := len(ln.toks)
	if ln.is(k, "the") || ln.is(k, "a") || ln.is(k, "an") {
		k++
	}
	words, preps := 0, 0
	seenVerb := false
	j := k
	for ; j < n && words < maxLabelWords; j++ {
		t := ln.toks[j]
		if t.kind == tPunct {
			if ln.quoteTok(j) {
				continue
			}
			break
		}
		if ln.numberTok(j) || t.kind != tWord {
			break
		}
		kw := t.kw()
		if kw != nil && kw.cls&fcMonth != 0 && t.upper() {
			break // "in March": when, not what
		}
		// "two veteran politicians Lee Cheuk-yan": a name after a common
		// noun is an apposition, not part of what is counted
		// ("11 automated Go convenience stores": after a participle the
		// capitalised word is a brand that modifies the noun to come)
		if t.upper() && words > 0 && !ln.titleCase && !ln.toks[j-1].upper() && ln.toks[j-1].kind == tWord && !ln.functionWord(j-1) &&
			!ln.cls(j-1, fcAux) && j-1 != verb && !ln.nameModifier(j) && !ln.titlePlural(j) && !ln.participleModifier(j-1) {
			break
		}
		// "two tablets was a lethal dose", "$900 billion in interest
		// payments will be due": an auxiliary that opens no passive or
		// progressive verb is a copula or a modal, and what follows says
		// something of the thing counted, not what it is
		// (after a pronoun the auxiliary is a relative clause's: "seven
		// years she was director", "people replied they would attend")
		if kw != nil && kw.cls&fcAux != 0 && words > 0 && !ln.cls(j-1, fcAux) && !ln.verbAfterAux(j) && !subjectPronoun(ln.str(j-1)) {
			if m := ln.pastAux(j); m < n && ln.preposition(m) {
				// "six deaths were of children", "victims were from one
				// family": the copula drops, its phrase says which
				j, seenVerb = m-1, true
				continue
			}
			break
		}
		// every word that ends or bends the phrase is in the keyword table;
		// a word it does not know is read only for its -ed
		if kw != nil {
			lw := new(foldBuf).of(ln.str(j)) // the word, compared once below
			// ("two earlier pieces of legislation": before a noun the time
			// word is an adjective)
			if lw == "and" || lw == "or" || lw == "but" || ln.cls(j, fcTimeAdv) && lw != "later" && lw != "since" && !(words == 0 && ln.nounNext(j)) {
				break
			}
			// "80,000 people as relief efforts continue": a new clause
			if lw == "as" && j+1 < n && ln.toks[j+1].kind == tWord && !ln.is(j+1, "well") && !ln.is(j+1, "part") && !ln.is(j+1, "of") &&
				(words > 0 || ln.clauseAhead(j+1)) { // ("six years as mayor" is a role)
				break
			}
			// a reporting verb starts a new clause, unless it is passive ("were reported hospitalised")
			if kw != nil && (kw.cls&(fcRelative|fcStop) != 0 || kw.cls&fcReport != 0 && !ln.cls(j-1, fcAux)) && words > 0 {
				break
			}
			if lw == "later" && !(seenVerb || ln.cls(j-1, fcAux)) || lw == "since" && words > 0 {
				break
			}
			// "state of emergency", "counts of bribery": "of" between two nouns
			// stays in the phrase; "in favour" says which side a vote is on
			ofNoun := lw == "of" && j+1 < n && ln.toks[j+1].kind == tWord && !ln.toks[j+1].maybeNum() &&
				(!ln.cls(j+1, fcStopNP|fcSkip) && !ln.determiner(j+1) ||
					ln.is(j+1, "the") && j+2 < n && ln.toks[j+2].kind == tWord && !ln.functionWord(j+2) && !ln.numberTok(j+2))
			favour := lw == "in" && (ln.is(j+1, "favour") || ln.is(j+1, "favor"))
			// "package per transaction", "deaths per 100,000 people": a rate's base
			if lw == "per" && words > 0 && j+1 < n {
				w.add(j)
				words++
				if ln.numberTok(j + 1) {
					for j+1 < n && ln.numberTok(j+1) {
						j++
						w.add(j)
					}
				}
				continue
			}
			if ln.preposition(j) && !ofNoun && !favour && words > 0 {
				if !seenVerb || preps > 0 {
					break // the noun phrase ends; after the verb, one phrase only
				}
				preps++
			}
		}
		if kw != nil && kw.cls&(fcCasualty|fcArrest|fcAux) != 0 && kw.cls&fcCasualtyNoun == 0 || ln.edVerb(j) {
			// a participle before a noun modifies it: "recorded accidents"
			modifier := words == 0 && j+1 < n && ln.toks[j+1].kind == tWord && !ln.functionWord(j+1) && !ln.edVerb(j+1)
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
		if strings.HasSuffix(ln.str(j), ".") && !ln.lowerWord(j+1) {
			// "in Washington D.C.": an initial's or a title's full stop
			// may end the sentence too, so the phrase goes no further
			// (unless a lower-case word goes on with it: "the U.S. army")
			j++
			break
		}
	}
	// Cut off by the word limit in the middle of a phrase ("to veto any
	// bills featuring major"): end before the phrase that was cut.
	if words == maxLabelWords && j < n && ln.toks[j].kind == tWord && !ln.functionWord(j) && !ln.numberTok(j) {
		for i := w.n - 1; i > 0; i-- {
			s := new(foldBuf).of(ln.str(w.t[i]))
			if ln.preposition(w.t[i]) || strings.HasSuffix(s, "ing") && len(s) > 5 && !ln.cls(w.t[i], fcCasualty|fcArrest) {
				w.n = i
				break
			}
		}
	}
	ln.trimLabel(&w)
	if verb >= 0 && (w.n == 0 || w.t[w.n-1] < verb) {
		verb = -1
	}
	// auxiliaries before a participle say nothing a heading needs
	for i := 0; i < w.n; i++ {
		if !ln.cls(w.t[i], fcAux) {
			continue
		}
		m := i + 1
		for m < w.n && (ln.cls(w.t[m], fcAux) || ln.adverb(w.t[m])) {
			m++
		}
		if m < w.n && ln.participleAt(w.t[m]) {
			for m--; m >= i; m-- {
				if ln.cls(w.t[m], fcAux) {
					w.drop(m)
				}
			}
		}
	}
	return w, verb
}

// withinCounted reports whether the number whose qualifier starts at q
// sits in a prepositional phrase after a noun, "in", "across" or "from"
// ("210 suspects in 14 countries", "flooding in 3 states killed"): the
// verb after it is the noun's, not the number's.
func (ln *figLine) withinCounted(q int) bool {
	p := q - 1
	return (ln.is(p, "in") || ln.is(p, "across") || ln.is(p, "from")) && p > 0 && ln.toks[p-1].kind == tWord && !ln.functionWord(p-1)
}

// nounNext reports whether the word after j is a noun's: a word in lower
// case that no keyword claims, then a word, a mark or the line's end
// ("earlier pieces of", "later talks.").
func (ln *figLine) nounNext(j int) bool {
	k := j + 1
	return k < len(ln.toks) && ln.toks[k].kind == tWord && !ln.toks[k].upper() && ln.toks[k].kw() == nil && !ln.edVerb(k)
}

// participleModifier reports a participle at j that modifies the noun
// after it, "automated", "rising": the first word of a phrase, after no
// verb or auxiliary of its own. (Any adjective there was tried: a
// word before a name is too often its title, "mayor Luca Roe", or a
// place's, "downtown Taipei".)
func (ln *figLine) participleModifier(j int) bool {
	w := ln.str(j)
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && ln.numberTok(j-1)
}

// pastAux is the first token after the auxiliary at j that is no other
// auxiliary or adverb ("were [still] missing", "may be [currently] at").
func (ln *figLine) pastAux(j int) int {
	m := j + 1
	for m < len(ln.toks) && m-j <= 3 && (ln.cls(m, fcAux) || ln.adverb(m)) {
		m++
	}
	return m
}

// verbAfterAux reports whether the auxiliary at j goes with a verb: a
// participle or a form in -ing after it, past other auxiliaries and
// adverbs ("were killed", "have been arrested", "are still missing").
func (ln *figLine) verbAfterAux(j int) bool {
	m := ln.pastAux(j)
	if m >= len(ln.toks) || ln.toks[m].kind != tWord {
		return false
	}
	w := new(foldBuf).of(ln.str(m))
	// (a participle in a headline's capitals too: "Players Were Booked")
	return ln.participleAt(m) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "to" // "were to storm"
}

// titlePlural reports whether token j is a title in the plural, written
// with its capital ("two different Presidents", "both former Senators"):
// what is counted, not a name in apposition.
func (ln *figLine) titlePlural(j int) bool {
	return !ln.toks[j].sent() && pluralOf(ln.str(j), cTitle)
}

// clauseAhead reports whether a verb's auxiliary comes within a few words
// from token j, before any punctuation: "as some of the islands are
// checked" opens a clause, "as mayor" does not.
func (ln *figLine) clauseAhead(j int) bool {
	for k := j; k < len(ln.toks) && k < j+8 && ln.toks[k].kind == tWord; k++ {
		if ln.cls(k, fcAux) {
			return true
		}
	}
	return false
}

// lowerWord reports whether token j is a word in lower case.
func (ln *figLine) lowerWord(j int) bool {
	return j >= 0 && j < len(ln.toks) && ln.toks[j].kind == tWord && !ln.toks[j].upper()
}

// nameModifier reports whether the capitalised word at j modifies the
// common noun after it inside one noun phrase ("the current Brexit
// deadline", "six other U.S. diplomats") rather than opening a name in
// apposition or a new clause: an article and an adjective (or the number
// and "other") come before it, a content word after it,
// and it is not a day or month ("the two men Tuesday night").
func (ln *figLine) nameModifier(j int) bool {
	k := j + 1
	return (ln.determiner(j-2) || ln.numberTok(j-2) && ln.is(j-1, "other")) && ln.lowerWord(k) && !ln.functionWord(j) && !ln.toks[j].sent() &&
		!ln.functionWord(k) && !ln.numberTok(k) && !ln.cls(k, fcAux|fcStop|fcRelative|fcReport) &&
		!ln.edVerb(k) && !ln.cls(j, fcMonth|fcTimeAdv)
}

// trimLabel drops what a label may not end on: function words, and a
// present participle whose object was cut off ("accidents leading").
func (ln *figLine) trimLabel(w *lwords) {
	for w.n > 0 {
		j := w.t[w.n-1]
		// "-ly" is left alone here: "family", "assembly" end in it too
		// "4 against": a vote's side, its object understood
		if ln.is(j, "against") && (j+1 >= len(ln.toks) || ln.toks[j+1].kind == tPunct || ln.is(j+1, "and") || ln.is(j+1, "or")) {
			break
		}
		if ln.numberTok(j) && ln.is(j-1, "per") && w.n > 2 {
			break // "deaths per 100,000": the base of a rate
		}
		// ("environments were nearly": an "-ly" word after an auxiliary
		// is an adverb, whose verb was cut off)
		if ln.functionWord(j) || ln.adverb(j) && w.n > 1 && (!strings.HasSuffix(ln.str(j), "ly") || ln.cls(j-1, fcAux)) {
			w.n--
			continue
		}
		// "accidents leading (to 750 deaths)": the participle's object was
		// cut off; "money laundering." and "the meeting" are nouns
		if s := new(foldBuf).of(ln.str(j)); w.n > 1 && strings.HasSuffix(s, "ing") && len(s) > 5 && !ln.cls(j, fcCasualty|fcArrest) &&
			!ln.determiner(j-1) && j+1 < len(ln.toks) && ln.toks[j+1].kind != tPunct {
			w.n--
			continue
		}
		break
	}
}

// dropLeadingAux drops an auxiliary that opens a label with no subject:
// "were Cuban" → "Cuban", "were in favour" → "in favour".
func (ln *figLine) dropLeadingAux(w *lwords) {
	for w.n > 1 && (ln.cls(w.t[0], fcAux) || ln.is(w.t[0], "having")) {
		w.drop(0)
	}
}

// antecedent returns the counted noun of the number before q in the same
// sentence, when the two are coordinated ("38 people and injuring more
// than 210") or "of them" points back to it, or "". A noun followed by
// "of" keeps it: "seven counts of bribery and two of money laundering".
func (ln *figLine) antecedent(q int, pointed bool) string {
	const reach = 12
	conj := false
	lo := q - reach
	for p := q - 1; p >= 0 && p >= lo; p-- {
		t := ln.toks[p]
		if t.kind == tPunct && strings.ContainsAny(ln.str(p), ".!?;:–—()") {
			return ""
		}
		if t.kind == tWord && ln.cls(p, fcRelative|fcStop) && !ln.is(p, "while") {
			return ""
		}
		if ln.is(p, "and") || ln.is(p, "or") || ln.is(p, "while") || ln.is(p, "but") {
			conj = true
		}
		if !ln.numberTok(p) || !ln.startsNumber(p) {
			continue
		}
		// the number may be written in several tokens: find its start
		for p > 0 && ln.numberTok(p-1) && ln.startsNumber(p-1) {
			p--
		}
		c, ok := ln.parseCore(p)
		if !ok || c.skip || c.last >= q || c.rest != "" || ln.nonFigure(c) {
			return "" // "a 92-year-old woman" counts no one
		}
		if !conj && !pointed && !ln.is(q-1, "of") && !ln.is(c.first-1, "of") && !(ln.is(c.first-2, "of") && ln.is(c.first-1, "the")) &&
			!ln.parallel(q, c.first) {
			return "" // "between the two blasts, at least 20 were killed": no list
		}
		e := numExpr{first: c.first, last: c.last}
		if k := ln.unitAfter(&e, c.last+1); e.kind != nkCount || k != c.last+1 {
			return "" // an amount of money or time names no counted noun
		}
		first, end, pronoun := ln.nounPhrase(e)
		// "Lee won 9 seats, Park won 5, and Cho won the remaining 2": a
		// member with no noun of its own, a verb's object and nothing
		// more, is the list's too; its noun is further back
		if end == first && !pronoun && conj && ln.objectVerb(c.first) >= 0 && (ln.punct(c.last+1, ",") || ln.is(c.last+1, "and")) {
			lo = p - reach
			continue
		}
		// "14 dead and dozens wounded": "dead" says what befell them, it
		// names no one
		if pronoun || end == first || ln.cls(end-1, fcGeneric|fcCasualty|fcArrest) {
			return ""
		}
		for j := first; j < end; j++ {
			if ln.participleAt(j) && j > first {
				end = j // "23 people arrested": the noun, not its verb
				break
			}
		}
		var w lwords
		for j := first; j < end; j++ {
			w.add(j)
		}
		s := ln.render(&w)
		if ln.is(end, "of") {
			s += " of"
		}
		return s
	}
	return ""
}

// labelBefore is the label of a number whose clause ends with it ("had
// fallen by 17 per cent", "the shaking lasted nearly 40 seconds"): the
// last few words before it, up to a clause boundary or another number.
func (ln *figLine) labelBefore(q int) string {
	const maxWords = 4
	// "spread out over the past 18 years": the preposition that takes
	// the number, with the number's own article and time adjective,
	// says when; what is measured comes before it
	p := q - 1
	for p >= 0 && (ln.determiner(p) || ln.is(p, "past") || ln.is(p, "last") || ln.is(p, "next") || ln.is(p, "previous") || ln.is(p, "first")) {
		p--
	}
	if ln.preposition(p) && ln.lowerWord(p) {
		q = p
	}
	// the words before, read backwards; quotation marks are read past
	// ("to store so-called ‘metadata’ for two years")
	var back lwords
	quotes, atQuote := 0, 0 // the marks read past, and the words read before the last
	for p := q - 1; p >= 0 && back.n < maxWords; p-- {
		t := ln.toks[p]
		if t.kind == tPunct && ln.quoteTok(p) {
			quotes, atQuote = quotes+1, back.n
			continue
		}
		if t.kind != tWord || ln.numberTok(p) || ln.startsNumber(p) || ln.is(p, "and") || ln.is(p, "or") || ln.is(p, "but") ||
			ln.cls(p, fcRelative|fcStop|fcReport) && back.n > 0 {
			break
		}
		back.add(p)
	}
	if quotes%2 == 1 {
		back.n = atQuote // a quotation that opens or closes here: the words inside it only
	}
	var w lwords
	for i := back.n - 1; i >= 0; i-- {
		w.add(back.t[i])
	}
	// drop function words at both ends
	drop := func(j int) bool {
		return ln.cls(j, fcStopNP|fcSkip|fcStop|fcRelative|fcAux|fcTimeAdv) && !ln.cls(j, fcChange) || ln.is(j, "having")
	}
	for w.n > 0 && drop(w.t[0]) {
		w.drop(0)
	}
	for w.n > 0 && drop(w.t[w.n-1]) {
		w.n--
	}
	// "he sat for 30 hours": the subject pronoun says nothing of what
	if w.n > 1 && subjectPronoun(ln.str(w.t[0])) {
		w.drop(0)
	}
	if w.n == 0 || w.n == 1 && pronounWord(ln.str(w.t[0])) {
		return "" // "when it was forty percent": "it" says nothing
	}
	return ln.render(&w)
}

// sayWhatBefell ends the label of a toll that names only who was counted
// with what befell them: "the death of all 14 guests" is "guests killed",
// the parts of a toll "nine men killed". Lumped casualties say nothing
// more: "victims" names both the dead and the hurt.
func sayWhatBefell(c *figCand) {
	if c.e.kind != nkCount || c.label == "" || c.sub == "" || c.cat != model.Casualties && c.cat != model.Arrests || c.labelSays || c.labelVerb != "" {
		return
	}
	lx := loadLexicon()
	for rest := c.label; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		w = strings.Trim(w, ",.;:()")
		if fw := lx.keyword(new(foldBuf).of(w)); fw != nil && fw.cls&(fcCasualty|fcArrest|fcSpared) != 0 || irregularParticiple(w) || strings.HasSuffix(w, "ed") {
			return
		}
	}
	pp := c.sub
	if pp == model.Wounded {
		pp = "injured"
	}
	first, _, _ := strings.Cut(c.label, " ")
	if fw := lx.keyword(new(foldBuf).of(first)); fw != nil && fw.cls&fcStopNP != 0 && fw.cls&fcAux == 0 {
		c.label = pp + " " + c.label // "injured from the Coast Guard"
		return
	}
	c.label = c.label + " " + pp
}

// shareListLabels gives the members of a list the participle that ends
// it: in "About 1,200 soldiers and 350 firefighters have been deployed"
// the soldiers were deployed too; in "150 security forces, 95 civilians,
// and hundreds of Taliban killed" all three were killed.
func (ln *figLine) shareListLabels(cands []figCand) {
	// a member with no words of its own says what its neighbour in the
	// list says: "by either 49 percent or by 27 percent", "two and one
	// package per transaction"
	for k := range cands {
		c := &cands[k]
		if c.label != "" {
			continue
		}
		if k > 0 && cands[k-1].label != "" && cands[k-1].e.kind == c.e.kind && ln.coordinated(cands[k-1].e, c.e) {
			c.label, c.noun = cands[k-1].label, cands[k-1].noun
		} else if k+1 < len(cands) && cands[k+1].label != "" && cands[k+1].e.kind == c.e.kind && ln.coordinated(c.e, cands[k+1].e) {
			c.label, c.noun = cands[k+1].label, cands[k+1].noun
		}
	}
	// "18 FM and five AM radio stations", "two US and three UK firms": a
	// modifier alone shares the noun the next member ends with
	for k := 0; k+1 < len(cands); k++ {
		c, next := &cands[k], &cands[k+1]
		head, tail, ok := strings.Cut(next.label, " ")
		if !ok || c.e.kind != next.e.kind || !isAcronym(c.label) || !isAcronym(head) || !ln.coordinated(c.e, next.e) {
			continue
		}
		c.label = c.label + " " + tail
	}
	for k := len(cands) - 2; k >= 0; k-- {
		c, next := &cands[k], &cands[k+1]
		if c.e.kind != nkCount || next.e.kind != nkCount || c.labelVerb != "" || c.labelSays || next.labelVerb == "" || c.label == "" {
			continue
		}
		if !ln.coordinated(c.e, next.e) || c.cat != next.cat || c.sub != next.sub || c.definite || ln.ownVerb(c.e) {
			continue
		}
		c.label = joinLabel(c.label, next.labelVerb)
		c.labelVerb = next.labelVerb
	}
}
