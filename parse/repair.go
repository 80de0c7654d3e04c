package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse/lexicons"
)

// Weak labels. A label that names nothing — a lone verb ("improved",
// "sat"), a time adverbial ("this time"), a subject cut off from its
// predicate ("number is closer") — is repaired from the clause's grammar:
// the subject of the verb the number completes ("turnout was 67%" →
// "turnout"), the figure a pronoun or "that number" points back to, or,
// when nothing names what is counted, the word for what an amount is
// ("time", "share").

// weakLabel reports whether a label names nothing counted: empty, a time
// adverbial, or only verb forms, adverbs and function words. Casualty
// and arrest words say what befell the counted ("wounded", "later
// released"), which is a label.
func weakLabel(label string) bool {
	if label == "" {
		return true
	}
	lx := loadLexicon()
	// the last word decides most labels at one look: a noun ends a label
	// that names something, a pronoun one cut from its predicate ("a
	// year earlier it"), unless it is a verb's object ("to test it")
	sp := strings.LastIndexByte(label, ' ')
	switch labelWord(lx, label[sp+1:]) {
	case lwPronoun:
		return !strings.HasPrefix(label, "to ") || sp < 0
	case lwSays:
		return false
	case lwContent:
		// "this time", "last year": when, not what
		return sp >= 0 && strings.IndexByte(label[:sp], ' ') < 0 && timeAdverbial(label[:sp], label[sp+1:])
	}
	for rest := label[:max(sp, 0)]; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if k := labelWord(lx, w); k == lwContent || k == lwSays {
			return false
		}
	}
	return true
}

// The kinds of word labelWord tells apart.
const (
	lwContent = iota // a noun or an adjective: names something
	lwWeak           // a verb form, an adverb or a function word
	lwPronoun
	lwSays // a casualty or arrest word: says what befell the counted
)

// labelWord tells what a word of a label does.
func labelWord(lx *lexicon, w string) int {
	if n := len(w); n > 0 && (!isASCIILetter(w[n-1]) || !isASCIILetter(w[0])) {
		w = strings.Trim(w, ",.;:()\"'")
	}
	f := new(foldBuf).of(w)
	if kw := lx.keyword(f); kw != nil {
		if kw.cls&(fcCasualty|fcArrest|fcSpared) != 0 {
			return lwSays
		}
		if kw.cls&(fcStopNP|fcSkip|fcRelative|fcStop|fcDet|fcAux|fcTimeAdv|fcChange|fcLevel) != 0 {
			return lwWeak
		}
	}
	// (no pronoun but one with an apostrophe, irregular participle or past
	// verb is longer than 7 bytes)
	if (len(f) <= 7 || indexApostrophe(f) > 0) && pronounWord(f) {
		return lwPronoun
	}
	if len(f) >= 5 && strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "eed") || len(f) > 4 && strings.HasSuffix(f, "ly") ||
		len(f) <= 7 && (irregularParticiple(f) || pastVerb(f)) {
		return lwWeak
	}
	return lwContent
}

// timeAdverbial reports "this time", "last year", "each round": a phrase
// that says when, not what.
func timeAdverbial(det, noun string) bool {
	switch new(foldBuf).of(det) {
	case "this", "that", "last", "next", "each", "every":
	default:
		return false
	}
	switch new(foldBuf).of(noun) {
	case "time", "year", "week", "month", "day", "season", "round":
		return true
	}
	return false
}

// anaphorNoun reports the nouns that, after "this" or "that", point back
// to a figure already given: "that number is closer to 40,000".
func anaphorNoun(w string) bool {
	switch new(foldBuf).of(w) {
	case "number", "figure", "total", "estimate", "count", "tally", "rate", "share", "level", "proportion", "percentage":
		return true
	}
	return false
}

// governor returns the verb whose complement or adjunct the number at e
// is ("was 67%", "has dropped to 56%", "continuing for seven years", "he
// sat for 30 hours"), or -1: it is read back past a preposition, a
// comparative and "the next".
func (ln *figLine) governor(q int) int {
	p := q - 1
	for s := 0; p >= 0 && s < 4 && ln.toks[p].kind == tWord; s++ {
		switch new(foldBuf).of(ln.str(p)) {
		case "to", "at", "for", "over", "around", "about", "roughly", "nearly", "almost", "just", "only", "closer", "close",
			"higher", "lower", "the", "next", "past", "last", "first", "another":
			p--
			continue
		}
		break
	}
	if p < 0 || ln.toks[p].kind != tWord || ln.toks[p].upper() || ln.numberTok(p) || ln.cls(p, fcReport) {
		return -1
	}
	if ln.cls(p, fcChange) || ln.beForm(p) {
		return p
	}
	w := ln.str(p) // lower case: upper() was ruled out
	switch {
	case ln.edVerb(p):
		if !ln.determiner(p - 1) {
			return p
		}
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		if !ln.determiner(p-1) && !ln.functionWord(p) && !ln.preposition(p-1) {
			return p
		}
	case len(w) <= 7 && (irregularParticiple(w) || pastVerb(w)):
		return p
	}
	if p > 0 && ln.toks[p-1].kind == tWord && len(ln.str(p-1)) <= 4 && subjectPronoun(ln.str(p-1)) && !ln.functionWord(p) {
		return p
	}
	return -1
}

// subjectPronoun reports the pronouns that open a clause as its subject
// ("he sat"): the word after one is its verb.
func subjectPronoun(w string) bool {
	switch new(foldBuf).of(w) {
	case "he", "she", "they", "we", "i", "it":
		return true
	}
	return false
}

// subjectOf returns the noun phrase that is the subject of the verb at v,
// without its article ("the share of women had improved" → "share of
// women"), and whether the subject points back to something said before
// ("it was", "that number is"). first > end when there is none.
func (ln *figLine) subjectOf(v int) (first, end int, anaphor bool) {
	p := v - 1
	for p >= 0 && (ln.cls(p, fcAux) || ln.adverb(p)) {
		p--
	}
	if p < 0 || ln.toks[p].kind != tWord {
		return 0, -1, false
	}
	if s := new(foldBuf).of(ln.str(p)); s == "it" || s == "this" || s == "that" {
		return p, p, true
	}
	if anaphorNoun(ln.str(p)) && (ln.is(p-1, "this") || ln.is(p-1, "that")) {
		return p, p, true
	}
	end = p
	first = end + 1
	for j, words := p, 0; j >= 0 && words < 5; j-- {
		t := ln.toks[j]
		if t.kind != tWord || ln.numberTok(j) || pronounWord(ln.str(j)) || ln.cls(j, fcReport|fcChange|fcTimeAdv) || ln.edVerb(j) {
			break
		}
		if t.upper() && !ln.sentenceStart(j) {
			return 0, -1, false // a name: who did it, not what is counted
		}
		if ln.functionWord(j) {
			// "share of women": "of" between two nouns
			if ln.is(j, "of") && j > 0 && first <= end && ln.toks[j-1].kind == tWord && !ln.functionWord(j-1) && !ln.numberTok(j-1) {
				first = j
				words++
				continue
			}
			if ln.determiner(j) && !ln.is(j, "this") && !ln.is(j, "that") && first <= end && !ln.is(first, "of") {
				break
			}
			if ln.sentenceStart(j+1) || ln.punct(j, ",") {
				break
			}
			return 0, -1, false
		}
		if strings.HasSuffix(new(foldBuf).of(ln.str(j)), "ing") && j < end {
			break
		}
		first = j
		words++
	}
	if first <= end && ln.is(first, "of") {
		return 0, -1, false
	}
	return first, end, false
}

// repairLabel replaces a weak label with what the clause says is
// counted; it marks a number whose subject points back to an earlier
// figure, whose label shareAnaphorLabels gives it.
func (ln *figLine) repairLabel(c *figCand) {
	if c.cat == model.Casualties || c.cat == model.Arrests {
		return
	}
	// "a town with a population of around fifty people", "a crowd of
	// 5,000 people": the collective says what the people make up
	if head, rest, _ := strings.Cut(c.label, " "); c.e.kind == nkCount && (head == "people" || head == "residents" || head == "inhabitants" || head == "persons") {
		if q := c.e.qFirst; ln.is(q-1, "of") && ln.lowerWord(q-2) && collectiveNouns[ln.str(q-2)] {
			c.label = joinLabel(ln.str(q-2), rest) // "crowd gathered"
			return
		}
	}
	ln.repairWeak(c)
	ln.perLabel(c)
}

// repairWeak is repairLabel's repair of a weak label.
func (ln *figLine) repairWeak(c *figCand) {
	e := &c.e
	if e.kind == nkCount {
		// a count's participle says what befell it ("later released"):
		// only a count with no words of its own is repaired
		if c.cat == model.Count && c.noun == "" && strings.HasPrefix(c.label, "to ") && ln.attended(e.qFirst) {
			c.label = "people at " + c.label[len("to "):] // "drew 5,000 to the rally"
			return
		}
		// "Of the 2.8 million who voted": the relative names no one; an
		// act with a noun for those who do it names them ("voters")
		if rel, ok := strings.CutPrefix(c.label, "who "); ok {
			if act, rest, _ := strings.Cut(rel, " "); doerNouns[act] != "" {
				c.label = joinLabel(doerNouns[act], rest) // "voters in the poll"
			} else {
				c.label = "people " + c.label
			}
			return
		}
		// "cut the number of bus routes from 40 to 12", "the number of
		// cases rose to 50 this year": what the change took to the number
		if weakLabel(c.label) { // "this year" is no noun of its own
			if l := ln.changedThing(e.qFirst); l != "" {
				c.label = l
				return
			}
		}
		// (a count with a noun of its own says what it counts)
		if c.noun != "" {
			return
		}
		// "the lowest rate, which was three per 100,000 people": a rate
		if k := e.last + 1; c.label == "" && ln.is(k, "per") && ln.numberTok(k+1) {
			j := k + 1
			for j+1 < len(ln.toks) && ln.numberTok(j+1) {
				j++
			}
			if j+1 < len(ln.toks) && ln.lowerWord(j+1) && !ln.functionWord(j+1) {
				c.label = "rate " + ln.text[int(ln.toks[k].start):int(ln.toks[j+1].end)]
				return
			}
		}
		if v := ln.governor(e.qFirst); v >= 0 && (ln.beForm(v) || ln.cls(v, fcChange)) {
			if first, _, anaphor := ln.subjectOf(v); anaphor && (anaphorNoun(ln.str(first)) || weakLabel(c.label)) {
				c.anaphor = true
			}
		}
		if c.label == "" || strings.HasPrefix(c.label, "by ") {
			// "located several of those vessels — three or four by
			// some reports —": an aside counts the noun before it (and
			// "by some reports" says whose count it is)
			if p := e.qFirst - 1; p >= 1 && ln.punct(p, "—–(") && !ln.adjacent(p-1, p) && ln.toks[p-1].kind == tWord && !ln.toks[p-1].upper() {
				c.label = ln.labelBefore(e.qFirst - 1)
			}
		}
		// "The tanker, gross tonnage around 1,150 and loaded with oil":
		// with no words after it, a count a qualifier opens is of the
		// noun right before that
		if p := e.qFirst - 1; c.label == "" && e.qFirst < e.first && ln.lowerWord(p) && !ln.functionWord(p) && !ln.edVerb(p) {
			if l := ln.labelBefore(e.qFirst); l != "" && !weakLabel(l) && strings.Count(l, " ") < 2 {
				c.label = l
			}
		}
		return
	}
	// "half of them were filled": a share of the count named before
	if k := e.last + 1; e.kind == nkPercent && ln.is(k, "of") && (ln.is(k+1, "them") || ln.is(k+1, "those") || ln.is(k+1, "these")) {
		j := k + 2
		for ln.cls(j, fcAux) || ln.adverb(j) {
			j++
		}
		if j > k+2 && ln.participleAt(j) && !ln.cls(j, fcCasualty|fcArrest) {
			c.partOf = lowerASCII(ln.str(j))
		}
	}
	// "pay restitution to the tax office in the amount of $6m", "put
	// the value of the work in the range of $5m": what the amount is
	// of, before a recipient it goes to
	if q := e.qFirst; e.kind == nkMoney && ln.is(q-1, "of") && ln.is(q-3, "the") &&
		((ln.is(q-2, "amount") || ln.is(q-2, "sum") || ln.is(q-2, "range") || ln.is(q-2, "region")) && ln.is(q-4, "in") || ln.is(q-2, "order") && ln.is(q-4, "on")) {
		end := q - 4
		for j := end - 1; j > 0 && end-j < 8; j-- {
			if ln.is(j, "to") || ln.is(j, "for") {
				end = j
				break
			}
			if ln.toks[j].kind != tWord || ln.functionWord(j) && !ln.determiner(j) || ln.numberTok(j) {
				break
			}
		}
		if l := ln.labelBefore(end); l != "" && !weakLabel(l) {
			if sp := strings.IndexByte(l, ' '); sp > 0 && pronounWord(l[:sp]) {
				l = l[sp+1:] // "he must pay damages"
			}
			c.label = l
			return
		}
	}
	weak := weakLabel(c.label)
	// "as high as 90%": the comparison says how much, not what
	if q := e.qFirst; ln.is(q-1, "as") && ln.is(q-3, "as") && strings.EqualFold(c.label, ln.str(q-2)) {
		weak = true
	}
	// "a 93% increase", "a $2m cut": a change word after the amount and
	// an article is the noun the amount measures, not a verb
	if k := e.last + 1; weak && ln.determiner(e.qFirst-1) && ln.cls(k, fcChange) && strings.HasPrefix(c.label, ln.str(k)) {
		weak = false
	}
	first, _, _ := strings.Cut(c.label, " ")
	// "one day to test it": the time there is to do something
	if e.kind == nkDuration && first == "to" && !weak && c.label != "to " {
		if second, _, _ := strings.Cut(c.label[len("to "):], " "); !isDeterminerWord(second) {
			c.label = "time " + c.label
			return
		}
	}
	if !weak && !anaphorNoun(first) && strings.IndexByte(c.label, ' ') >= 0 {
		return // a label of words that name something ("that number is" may point back)
	}
	v := ln.governor(e.qFirst)
	if v >= 0 && c.label != "" && lowerASCIIEqual(c.label, new(foldBuf).of(ln.str(v))) {
		weak = true // "continuing": the verb, not what continued
	}
	if v >= 0 && (weak || ln.beForm(v) || ln.cls(v, fcChange)) {
		first, end, anaphor := ln.subjectOf(v)
		switch {
		case anaphor && (weak || anaphorNoun(ln.str(first))):
			c.anaphor = true
		case weak && first <= end:
			c.label = ln.text[int(ln.toks[first].start):int(ln.toks[end].end)]
			return
		case weak && first > end && e.kind == nkDuration && v > 0 && ln.toks[v-1].kind == tWord && subjectPronoun(ln.str(v-1)) && ln.is(v-2, "where"):
			// "a room where she waited for 14 hours": the time spent there
			if n := v - 3; n > 0 && ln.toks[n].kind == tWord && !ln.functionWord(n) && ln.determiner(n-1) {
				c.label = "time in " + ln.text[int(ln.toks[n-1].start):int(ln.toks[n].end)]
				return
			}
		}
	}
	if !weak {
		return
	}
	// "Turnout fell by 2%, with this time about 61%": a verbless clause
	// with no noun of its own is about the sentence's subject
	if v := ln.withClauseVerb(e.qFirst); v >= 0 {
		if first, end, anaphor := ln.subjectOf(v); !anaphor && first <= end {
			c.label = ln.text[int(ln.toks[first].start):int(ln.toks[end].end)]
			return
		}
	}
	// "rates have been at least 25%, as high as 90%, and averaged around
	// 50%": a member of a list of amounts says what the first one does
	if ln.listedAfterAmount(*e) {
		c.anaphor = true
	}
	word := ""
	switch e.kind {
	case nkDuration:
		word = "time"
		if ln.is(e.qFirst-1, "for") || ln.is(e.qFirst-1, "over") {
			word = "period"
		}
	case nkPercent:
		word = "share"
	case nkMoney:
		word = "amount"
	default:
		return
	}
	// a lone participle says what happened in the span or to the amount:
	// "trapped for 30 hours" → "time trapped", "won $20,000" → "amount
	// won"; one after an article is an adjective ("a sanctioned race")
	if v := ln.verbNamed(c.label, e.qFirst); v >= 0 && !ln.determiner(v-1) && (ln.edVerb(v) || irregularParticiple(ln.str(v)) || pastVerb(ln.str(v))) {
		word += " " + lowerASCII(ln.str(v))
	}
	c.label, c.fallback = word, true
}

// changedThing names what a change verb took to or from the count at q:
// the verb's object ("reduced the number of polling booths from 90 to
// 12") or, with none, its subject ("The number of bus routes rose to
// 50"), without "the number of". It is "" when no change verb governs q.
func (ln *figLine) changedThing(q int) string {
	// "cut limits to two and one package per transaction": a number
	// coordinated with another takes its noun from it
	for k := q + 1; k < len(ln.toks) && k < q+4; k++ {
		if ln.is(k, "and") || ln.is(k, "or") {
			if ln.numberTok(k + 1) {
				return ""
			}
			break
		}
	}
	p := q - 1
	if !ln.is(p, "to") && !ln.is(p, "from") {
		return ""
	}
	p--
	// "from 90 to 12": past the other end of the change
	if ln.numberTok(p) {
		for p >= 0 && ln.numberTok(p) {
			p--
		}
		if !ln.is(p, "to") && !ln.is(p, "from") {
			return ""
		}
		p--
	}
	v := p
	for s := 0; v >= 0 && s < 6 && ln.toks[v].kind == tWord && !ln.numberTok(v) && !ln.cls(v, fcChange); v, s = v-1, s+1 {
	}
	if v < 0 || !ln.cls(v, fcChange) || !(ln.edVerb(v) || ln.isPast(v) || ln.cls(v-1, fcAux) || ln.is(v-1, "to")) {
		return ""
	}
	first, end := v+1, p
	if first > end {
		if first, end, _ = ln.subjectOf(v); first > end {
			return ""
		}
	}
	for first <= end && ln.determiner(first) {
		first++
	}
	if ln.is(first, "number") && ln.is(first+1, "of") || ln.is(first, "total") && ln.is(first+1, "of") {
		first += 2
	}
	for j := first; j <= end; j++ {
		if ln.toks[j].kind != tWord || ln.numberTok(j) || ln.functionWord(j) && !ln.is(j, "of") || pronounWord(ln.str(j)) {
			return ""
		}
	}
	if first > end || end-first > 4 {
		return ""
	}
	return ln.text[int(ln.toks[first].start):int(ln.toks[end].end)]
}

// perLabel ends a money label with what the amount is per: "$80 million
// per astronaut" is "amount per astronaut", "the agency pays $40 million
// per seat" "agency pays per seat".
func (ln *figLine) perLabel(c *figCand) {
	k := c.e.last + 1
	if c.e.kind != nkMoney || !ln.is(k, "per") || k+1 >= len(ln.toks) || ln.toks[k+1].kind != tWord || ln.functionWord(k+1) || ln.numberTok(k+1) ||
		strings.Contains(c.label, " per ") {
		return
	}
	c.label = strings.TrimSpace(c.label + " per " + lowerASCII(ln.str(k+1)))
}

// verbNamed returns the token before q in its sentence whose word is the
// one-word label, or -1.
func (ln *figLine) verbNamed(label string, q int) int {
	if label == "" || strings.IndexByte(label, ' ') >= 0 {
		return -1
	}
	lo, hi := ln.sentenceBounds(min(q, len(ln.toks)-1))
	for j := lo; j < hi && j < len(ln.toks); j++ {
		if ln.toks[j].kind == tWord && lowerASCIIEqual(label, new(foldBuf).of(ln.str(j))) {
			return j
		}
	}
	return -1
}

// passiveBefore returns the participle of a passive verb a little before
// q in its clause ("was used in messages over a million times"), or "".
func (ln *figLine) passiveBefore(q int) string {
	for p := q - 1; p > 0 && p >= q-8; p-- {
		if ln.punct(p, ".!?;:,()") || ln.cls(p, fcRelative|fcStop) {
			return ""
		}
		if ln.beForm(p-1) && ln.toks[p].kind == tWord && (participle(ln.str(p)) || irregularParticiple(ln.str(p))) {
			return lowerASCII(ln.str(p))
		}
	}
	return ""
}

// timesLabel names what happened as often as the count at e says
// ("stabbed five times", "raided the house three times", "twice served
// as prime minister"): "times" and the act.
func (ln *figLine) timesLabel(e numExpr) string {
	if pp := ln.passiveBefore(e.qFirst); pp != "" {
		return "times " + pp // "was viewed two million times"
	}
	if v := ln.pastVerbBefore(e.qFirst); v != "" {
		return "times " + v
	}
	// "twice served as prime minister": the act after the count
	if k := e.last + 1; k < len(ln.toks) && ln.toks[k].kind == tWord && (ln.edVerb(k) || irregularParticiple(ln.str(k)) || pastVerb(ln.str(k))) {
		// up to the next function word but "as" ("denied visas", "served
		// as prime minister")
		end := k
		for j := k + 1; j < len(ln.toks) && j <= k+4 && ln.toks[j].kind == tWord && !ln.numberTok(j) && (!ln.functionWord(j) || ln.is(j, "as")); j++ {
			end = j
		}
		for end > k && ln.functionWord(end) {
			end--
		}
		return "times " + lowerASCII(ln.text[int(ln.toks[k].start):int(ln.toks[end].end)])
	}
	return "times"
}

// pastVerbBefore returns the past verb of the clause a little before
// token q, with the noun it takes ("won the title four times" → "won the
// title"), or "".
func (ln *figLine) pastVerbBefore(q int) string {
	for p := q - 1; p >= 0 && p >= q-5; p-- {
		if ln.toks[p].kind != tWord || ln.cls(p, fcRelative) {
			return ""
		}
		w := ln.str(p)
		if !ln.determiner(p-1) && (ln.edVerb(p) || len(w) <= 7 && (irregularParticiple(w) || pastVerb(w))) {
			return lowerASCII(ln.text[int(ln.toks[p].start):int(ln.toks[q-1].end)])
		}
	}
	return ""
}

// shareAnaphorLabels gives a number whose subject points back ("it was
// forty percent", "that number is closer to 40,000") the label of the
// last figure of its kind before it on the line.
func (ln *figLine) shareAnaphorLabels(cands []figCand) {
	for k := range cands {
		if cands[k].partOf != "" {
			ln.sharePartOf(cands, k)
		}
		if !cands[k].anaphor {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			a := &cands[j]
			if ln.sentencesBetween(a.e.last, cands[k].e.qFirst) > 1 {
				break // it points back no further than the sentence before
			}
			if !a.anaphor && a.e.kind == cands[k].e.kind && a.cat == cands[k].cat && !a.fallback && !weakLabel(a.label) {
				cands[k].label, cands[k].fallback = a.label, false
				break
			}
		}
	}
}

// shareChangeLabels names a change set off after an amount by what
// changed: "a net profit of €3.1bn, up 12% from a year earlier" is "net
// profit up", where the share alone said nothing ("share").
func (ln *figLine) shareChangeLabels(cands []figCand) {
	for k := 1; k < len(cands); k++ {
		c := &cands[k]
		q := c.e.qFirst
		if c.e.kind != nkPercent || !c.fallback || !(ln.is(q-1, "up") || ln.is(q-1, "down")) || !ln.punct(q-2, ",") {
			continue
		}
		if a := &cands[k-1]; a.e.last < q-2 && q-2-a.e.last <= 3 && !a.fallback && a.label != "" && !weakLabel(a.label) {
			c.label, c.fallback = a.label+" "+lowerASCII(ln.str(q-1)), false
		}
	}
}

// listedAfterAmount reports whether e follows a comma or "and" after
// another number of its sentence, with at most three words between: "25%,
// as high as 90%", "25%, and averaged around 50%".
func (ln *figLine) listedAfterAmount(e numExpr) bool {
	p := e.qFirst - 1
	for w := 0; p >= 0 && w < 3 && ln.toks[p].kind == tWord && !ln.numberTok(p); w++ {
		if ln.is(p, "and") || ln.is(p, "or") {
			break
		}
		p--
	}
	if ln.is(p, "and") || ln.is(p, "or") {
		p--
	}
	if !ln.punct(p, ",;") {
		return false
	}
	for p--; p >= 0 && !ln.punct(p, ".!?"); p-- {
		if ln.numberTok(p) {
			return true
		}
	}
	return false
}

// sentencesBetween counts the sentence ends between tokens a and b, up to 2.
func (ln *figLine) sentencesBetween(a, b int) int {
	n := 0
	for j := max(a, 0); j < b && j < len(ln.toks) && n < 2; j++ {
		if ln.punct(j, ".!?") {
			n++
		}
	}
	return n
}

// attended reports whether a verb of coming to an event governs the
// number at q: "drew 5,000 to the rally", "about 300 came to the vigil".
func (ln *figLine) attended(q int) bool {
	for _, j := range [...]int{q - 1, q + 1} {
		switch new(foldBuf).of(ln.str(j)) {
		case "attracted", "attracting", "attracts", "drew", "drawing", "draws", "brought", "bringing", "came", "come", "flocked",
			"gathered", "turned", "welcomed", "welcoming":
			return true
		}
	}
	return false
}

// parallel reports whether the numbers at q and r are the objects of the
// same verb said twice ("Lee won 9 seats, Park won 5"): a list, even
// without "and".
func (ln *figLine) parallel(q, r int) bool {
	v := ln.objectVerb(q)
	if v < 0 {
		return false
	}
	w := ln.objectVerb(r)
	return w >= 0 && lowerASCIIEqual(ln.str(v), new(foldBuf).of(ln.str(w)))
}

// withClauseVerb returns the main verb of the sentence when the number at
// q ends a ", with" clause that names nothing else (", with this time
// about 61%"), or -1.
func (ln *figLine) withClauseVerb(q int) int {
	p := q - 1
	for s := 0; p >= 0 && s < 3 && !ln.is(p, "with"); s++ {
		if ln.toks[p].kind != tWord || !ln.cls(p, fcTimeAdv|fcDet) && !ln.is(p, "time") && !ln.is(p, "now") {
			return -1
		}
		p--
	}
	if !ln.is(p, "with") || !ln.punct(p-1, ",") {
		return -1
	}
	lo, _ := ln.sentenceBounds(p)
	for j := lo; j < p-1 && j < lo+6; j++ {
		if ln.beForm(j) || ln.cls(j, fcChange) && j > lo {
			return j
		}
	}
	return -1
}

// isDeterminerWord reports an article or possessive, as the keyword
// table's determiner class has them: "to the event" is a place, not an
// act.
func isDeterminerWord(w string) bool {
	kw := loadLexicon().keyword(new(foldBuf).of(w))
	return kw != nil && kw.cls&fcDet != 0
}

// sharePartOf labels a share of a count named before it, in its sentence
// or the one before ("The garage has 800 spaces. Half of them were
// filled"), with that count's noun: "spaces filled".
func (ln *figLine) sharePartOf(cands []figCand, k int) {
	for j := k - 1; j >= 0; j-- {
		a := &cands[j]
		if ln.sentencesBetween(a.e.last, cands[k].e.qFirst) > 1 {
			return
		}
		if a.e.kind == nkCount && a.noun != "" && a.label != "" && a.labelVerb == "" && strings.Count(a.label, " ") < 3 {
			pred := cands[k].partOf
			if strings.HasPrefix(cands[k].label, pred) {
				pred = cands[k].label // "rated highly critical"
			}
			cands[k].label, cands[k].fallback = a.label+" "+pred, false
			return
		}
	}
}

// asciiLetter reports an ASCII letter: a word that starts and ends with
// one has no punctuation to trim.

// doerNouns maps a past verb to the plural noun for those who did it
// ("voted" → "voters"), where one is in common use: a sidebar heading
// names the people counted, not a relative clause.
var doerNouns = lexicons.Pairs("sets.txt", "doer-nouns")

// collectiveNouns are the nouns for a body of people that a count of
// people after "of" measures: "a population of", "a crowd of".
var collectiveNouns = lexicons.Named("sets.txt", "collective-nouns")
