package parse

import "strings"

// Unit labels: the label of an amount with a unit — money, a percentage,
// a span of time, a measure — is the noun it belongs to (see labels.go).

// unitLabel is the label of an amount with a unit: money, a percentage, a
// span of time, a measure.
func (ln *figLine) unitLabel(c *figCand) string {
	e := c.e
	k := e.last + 1
	// "73 km (45 miles) north of Tandag City": the conversion is the same amount
	if ln.punct(k, "(") {
		for j := k + 1; j < len(ln.toks) && j < k+8; j++ {
			if ln.punct(j, ")") {
				k = j + 1
				break
			}
		}
	}
	// "$15.59 an hour", "500 tonnes a day": a rate's time says how
	// often, not what the amount is
	if ln.rateAt(k) {
		k += 2
	}
	if s := ln.modifiedNoun(e, k); s != "" {
		return s
	}
	if s := ln.pricedTitle(e); s != "" {
		return s
	}
	// "turnout was down by 1.5% of the electorate": what changed, before what it is a share of
	if ln.is(e.qFirst-1, "by") {
		if s := ln.changeLabel(e); s != "" {
			return s
		}
	}
	// "52% of participating voters", "three days of national mourning";
	// "within two miles of each other" is how far apart
	if ln.is(k, "of") && (ln.is(k+1, "each") && ln.is(k+2, "other") || ln.is(k+1, "one") && ln.is(k+2, "another")) {
		return "apart"
	}
	if ln.is(k, "of") {
		j := k + 1
		// "39 percent of these are rated": the pronoun points back
		if ln.is(j, "these") || ln.is(j, "those") || ln.is(j, "them") || ln.is(j, "which") || ln.is(j, "whom") || ln.is(j, "the") {
			j++
		}
		if j < len(ln.toks) && ln.toks[j].kind == tWord && !ln.numberTok(j) {
			w, _ := ln.phraseAfter(j)
			if s := ln.render(&w); s != "" {
				return s
			}
		}
	}
	if e.kind == nkDuration {
		if s := ln.timeTaken(e); s != "" {
			return s
		}
		if s := ln.sentenceLabel(e, k); s != "" {
			return s
		}
		if s := ln.deadlineLabel(e, k); s != "" {
			return s
		}
	}
	if s := ln.linkedNoun(e.qFirst); s != "" {
		return s
	}
	// "up from 58%", "eased to 2.1% in March from 2.4%": the level before
	// the one just given (a change verb before "from", the new level
	// between them)
	if ln.is(e.qFirst-1, "from") && (ln.is(e.qFirst-2, "up") || ln.is(e.qFirst-2, "down") ||
		e.kind == nkPercent && ln.searchBack(e.qFirst-1, 10, fcChange, false) >= 0 && ln.searchBack(e.qFirst-1, 10, fcChange, true) < 0) {
		return "earlier level"
	}
	if s := ln.changeLabel(e); s != "" {
		return s
	}
	// "45 million euros in emergency funds", "$5 million in damages": what form the money took
	if e.kind == nkMoney && ln.is(k, "in") && k+1 < len(ln.toks) && ln.toks[k+1].kind == tWord && !ln.toks[k+1].upper() &&
		!ln.functionWord(k+1) && !ln.numberTok(k+1) && !compoundPreposition(ln.str(k+1)) && !ln.timeSpanAt(k+1) {
		w, _ := ln.phraseAfter(k + 1)
		if s := ln.render(&w); s != "" {
			if v := ln.objectVerb(e.qFirst); v >= 0 {
				s = joinLabel(s, ln.verbPP(v))
			}
			return s
		}
	}
	// "spends $330 million on shelters", "earns $52,000 as a nurse": the
	// verb whose object the amount is, with the phrase that says what for
	if e.kind == nkMoney && (ln.preposition(k) || ln.is(k, "as")) && !ln.is(k, "in") && !ln.is(k, "of") && !ln.is(k, "at") && !ln.is(k, "per") {
		if v := ln.objectVerb(e.qFirst); v >= 0 {
			w, _ := ln.phraseAfter(k)
			if w.n > 1 && w.t[0] == k {
				if s := ln.render(&w); s != "" {
					return joinLabel(ln.verbPP(v), s)
				}
			}
		}
	}
	if e.kind == nkDuration {
		if s := ln.spanOfAct(e); s != "" {
			return s
		}
	}
	// "winds are predicted to reach 75 mph": what reaches it
	if v := e.qFirst - 1; ln.cls(v, fcLevel|fcChange) && ln.toks[v].kind == tWord && !ln.functionWord(v) && ln.is(v-1, "to") {
		if s := ln.changeSubject(v); strings.Contains(s, " ") {
			return s
		}
	}
	// "ordered Hale to repay $1.8 million": the verb whose object it is
	// ("to spend three months at the station" is the time spent there)
	if v := e.qFirst - 1; v > 0 && ln.is(v-1, "to") && ln.toks[v].kind == tWord && !ln.functionWord(v) && !ln.numberTok(v) &&
		!ln.cls(v, fcChange|fcLevel) && !(e.kind == nkDuration && (ln.is(k, "at") || ln.is(k, "in")) && ln.determiner(k+1)) {
		return "to " + ln.str(v)
	}
	// "Jo Roe leading with 52% to Al Lind's 44%", "Roe won with 52%":
	// the share is the one named before the verb
	if s := ln.winnersShare(e); s != "" {
		return s
	}
	// the words after it, unless they open a phrase of their own
	// ("in exchange for", "within 90 days")
	if w, verb := ln.phraseAfter(k); w.n > 0 {
		// "extend for three months the state of emergency declared after
		// the attacks": a participle after "the X" modifies X; the amount
		// belongs to X
		if ln.determiner(k) && verb > w.t[0] && ln.edVerb(verb) {
			for w.n > 0 && w.t[w.n-1] >= verb {
				w.n--
			}
		}
		// ("wandered for two hours before moving west": a clause of its
		// own after a span says what came next, not what took the time)
		if first := w.t[0]; (!ln.preposition(first) || ln.placePhrase(first)) && !(e.kind == nkDuration && ln.subordinator(first)) {
			ln.dropLeadingAux(&w)
			if s := ln.render(&w); !ln.repeatsUnit(s, e) {
				// "spent eight years at the bank": a span is the time
				// spent where the phrase says
				if e.kind == nkDuration && (ln.is(first, "at") || ln.is(first, "in")) && ln.lowerWord(first) && ln.determiner(first+1) {
					s = "time " + s
				}
				return s
			}
		}
	}
	if s := ln.labelBefore(e.qFirst); s != "" {
		return s
	}
	// "won the title and $50,000": the verb whose object it is
	return ln.governingVerb(e.qFirst)
}

// winnersShare names the share a candidate or side leads or wins with:
// "Jo Roe leading with 52%" is "Jo Roe's share", unless a phrase of its
// own says what the share is of ("won with 52% of the vote").
func (ln *figLine) winnersShare(e numExpr) string {
	q := e.qFirst
	if e.kind != nkPercent || !ln.is(q-1, "with") || ln.is(e.last+1, "of") {
		return ""
	}
	v := q - 2
	elected := false
	switch new(foldBuf).of(ln.str(v)) {
	case "leading", "won", "wins", "winning", "finished", "polled", "polling", "ahead":
	case "elected", "reelected", "re-elected":
		elected = true
	default:
		return ""
	}
	end := v - 1
	if ln.beForm(end) {
		end-- // "Roe is leading with"
	}

	first := end
	for first > 0 && ln.toks[first-1].kind == tWord && ln.toks[first-1].upper() && !ln.toks[first-1].sent() {
		first--
	}
	if end < 0 || ln.toks[end].kind != tWord || !ln.toks[end].upper() || ln.toks[end].sent() && first == end {
		if elected {
			return "share of the vote" // "he was reelected with 99.6%", whoever won it
		}
		return ""
	}
	return ln.text[int(ln.toks[first].start):int(ln.toks[end].end)] + "'s share"
}

// subordinator reports a word that opens a clause of time after a span:
// "before moving", "after he left", "while they waited" (not "before the
// deadline", a phrase that says when).
func (ln *figLine) subordinator(j int) bool {
	if !(ln.is(j, "before") || ln.is(j, "after") || ln.is(j, "until") || ln.is(j, "while") || ln.is(j, "when")) {
		return false
	}
	w := new(foldBuf).of(ln.str(j + 1))
	return strings.HasSuffix(w, "ing") && len(w) > 4 || subjectPronoun(w)
}

// governingVerb returns the past verb a little before token q in its
// clause whose object the amount is ("won the title and $50,000"), or "".
func (ln *figLine) governingVerb(q int) string {
	for p := q - 1; p >= 0 && p >= q-8; p-- {
		if ln.punct(p, ".!?;:()") || ln.cls(p, fcRelative|fcStop) {
			return ""
		}
		if ln.toks[p].kind != tWord || ln.toks[p].upper() {
			continue
		}
		if pp := ln.verbPP(p); pp != "" {
			return pp
		}
		if irregularParticiple(ln.str(p)) || pastVerb(ln.str(p)) {
			return lowerASCII(ln.str(p))
		}
	}
	return ""
}

// pastVerb reports the common irregular past tenses that take an amount
// as their object ("won", "paid", "spent").
func pastVerb(w string) bool {
	switch new(foldBuf).of(w) {
	case "won", "paid", "spent", "sold", "got", "gave", "took", "bought", "owed", "earned", "raised", "lost", "bet", "offered":
		return true
	}
	return false
}

// modifiedNoun returns the noun phrase an amount modifies: "a $1.4 billion
// budget", "a 14-week trial", "an 11-hour session", "a 6.3 magnitude
// earthquake". Only after an article or possessive: without one, the word
// after an amount is as often a verb ("$5 million went missing").
func (ln *figLine) modifiedNoun(e numExpr, k int) string {
	hyphenated := e.last == e.first && strings.Contains(ln.str(e.first), "-")
	if !ln.determiner(e.qFirst-1) && !hyphenated {
		return ""
	}
	n := len(ln.toks)
	var w lwords
	for j := k; j < n && w.n < 3; j++ {
		t := ln.toks[j]
		if t.kind != tWord || ln.functionWord(j) || ln.cls(j, fcTimeAdv|fcAux|fcReport) || ln.numberTok(j) || t.upper() && !ln.sentenceStart(j) && w.n == 0 {
			break
		}
		// "earthquake causing eleven deaths", "building coming down": a verb
		if s := new(foldBuf).of(ln.str(j)); strings.HasSuffix(s, "ing") && w.n > 0 {
			break
		}
		if ln.edVerb(j) && w.n > 0 {
			break
		}
		w.add(j)
	}
	// and what it is in or of: "a 25% cut in the defence budget", "a 10%
	// stake in the company"
	if j := k + w.n; w.n > 0 && (ln.is(j, "in") || ln.is(j, "of")) {
		m := j + 1
		if ln.is(m, "the") || ln.is(m, "a") || ln.is(m, "an") || ln.is(m, "its") || ln.is(m, "their") {
			m++
		}
		var pp lwords
		for ; m < n && pp.n < 2 && ln.toks[m].kind == tWord && !ln.functionWord(m) && !ln.numberTok(m) &&
			!ln.cls(m, fcTimeAdv|fcAux|fcReport|fcMonth) && !ln.edVerb(m); m++ {
			pp.add(m)
		}
		if pp.n > 0 && (m >= n || ln.toks[m].kind != tWord || ln.functionWord(m)) {
			w.add(j)
			for i := 0; i < pp.n; i++ {
				w.add(pp.t[i])
			}
		}
	}
	return ln.render(&w)
}

// linkedNoun returns the noun an amount is linked to before it: "bribes
// worth $2.3 million", "the deal is worth", "a payout of one million
// rubles", "at a depth of 10 kilometres", "a suspended sentence of 18
// months", "contracts totalling".
func (ln *figLine) linkedNoun(q int) string {
	p := q - 1
	switch {
	case ln.is(p, "worth") || ln.is(p, "totalling") || ln.is(p, "totaling"):
		p--
		for p >= 0 && (ln.cls(p, fcAux) || ln.punct(p, ",")) {
			p--
		}
	case ln.is(p, "of"):
		p--
	default:
		return ""
	}
	var w lwords
	end := p
	det := false
	for ; p >= 0 && end-p < 3; p-- {
		t := ln.toks[p]
		if ln.determiner(p) {
			det = true
		}
		if t.kind != tWord || ln.functionWord(p) || ln.numberTok(p) || ln.cls(p, fcTimeAdv|fcReport) {
			break
		}
		s := new(foldBuf).of(ln.str(p))
		if strings.HasSuffix(s, "ing") && p < end || ln.edVerb(p) && !ln.determiner(p-1) {
			break // "taking bribes", but "a suspended sentence"
		}
		if ln.edVerb(p) && p == end || ln.cls(p, fcCasualty|fcArrest) && !ln.cls(p, fcCasualtyNoun) {
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
	if ln.is(end+1, "of") && !ln.determiner(first-1) && !ln.cls(first-1, fcStopNP) && !ln.is(end, "sentence") {
		return ""
	}
	for j := first; j <= end; j++ {
		w.add(j)
	}
	if ln.cls(end, fcGeneric) || ln.is(end, "total") || ln.is(end, "sum") || ln.is(end, "amount") {
		return ""
	}
	return ln.render(&w)
}

// timeTaken names a span something takes: "the repairs will take three
// months" → "time needed for repairs", "it took 40 minutes" → "time
// taken".
func (ln *figLine) timeTaken(e numExpr) string {
	v := e.qFirst - 1
	label := ""
	switch new(foldBuf).of(ln.str(v)) {
	case "take", "takes", "taking":
		label = "time needed"
	case "took", "taken":
		label = "time taken"
	default:
		return ""
	}
	if subj := ln.subjectNoun(v); subj != "" {
		label += " for " + subj
	}
	// "it took five hours to gain control of the fire"
	if k := e.last + 1; ln.is(k, "to") && ln.toks[min(k+1, len(ln.toks)-1)].kind == tWord && !ln.functionWord(k+1) {
		w, _ := ln.phraseAfter(k + 1)
		if s := ln.render(&w); s != "" {
			label += " to " + s
		}
	}
	return label
}

// sentenceLabel names a span of time a court gave: "sentenced to nine
// years in prison" is a prison sentence, "Denning, 55, received six years"
// Denning's sentence. Only a sentencing verb or "in prison" says so:
// "served six years as mayor" is no sentence.
func (ln *figLine) sentenceLabel(e numExpr, k int) string {
	v := e.qFirst - 1
	holder := ""
	prep := ""
	if ln.is(v, "to") || ln.is(v, "for") {
		prep = lowerASCII(ln.str(v))
		v--
		// the object between verb and span holds the sentence: "sentenced
		// him to", "jailed Hale for"
		if ln.is(v, "him") || ln.is(v, "her") || ln.is(v, "them") {
			v--
		} else if name := ln.subjectName(v + 1); name != "" {
			holder = name
			// back over the age aside and the whole name: "sentenced
			// Tom Hale, 34, to"
			if ln.punct(v, ",") && v >= 3 && ln.toks[v-1].kind == tNum && ln.punct(v-2, ",") {
				v -= 3
			}
			for v >= 0 && ln.toks[v].kind == tWord && ln.toks[v].upper() {
				v--
			}
		}
	}
	prison := (ln.is(k, "in") || ln.is(k, "behind")) && (ln.is(k+1, "prison") || ln.is(k+1, "jail") || ln.is(k+1, "gaol") || ln.is(k+1, "bars"))
	// "can carry a sentence up to 12 years": the noun names it (with
	// "of" between them the noun is linkedNoun's, with its adjectives)
	if p := e.qFirst - 1; ln.is(p, "sentence") && ln.determiner(p-1) {
		if prison {
			return "prison sentence"
		}
		return "sentence"
	}
	ends := k >= len(ln.toks) || ln.punct(k, ".,;:)–—") || prison || ln.is(k, "for") || ln.is(k, "and") || ln.is(k, "after")
	// "sentenced a doctor based in Leeds to prison for 12 years"
	if prep == "for" && (ln.is(v, "prison") || ln.is(v, "jail")) && ln.is(v-1, "to") {
		for p := v - 2; p >= 0 && v-p < 12 && !ln.punct(p, ".;:"); p-- {
			if ln.is(p, "sentenced") || ln.is(p, "jailed") {
				return "prison sentence"
			}
		}
	}
	kind := ""
	switch new(foldBuf).of(ln.str(v)) {
	case "sentenced":
		if prep == "to" {
			kind = "sentence"
		}
	case "jailed", "imprisoned":
		// a court jails someone; "X imprisoned her for" is a claim, "was imprisoned for" a sentence
		if prep == "for" && (ln.is(v, "jailed") || ln.beForm(v-1)) {
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
		// "a maximum of three years in prison": a term in prison whatever
		// gives it, but "spent 20 years in prison" is time served
		if !prison {
			return ""
		}
		switch new(foldBuf).of(ln.str(v)) {
		case "spent", "spend", "spends", "spending":
			return "time in prison"
		}
		return "prison term"
	}
	if prison {
		kind = "prison sentence"
	}
	if holder == "" {
		holder = ln.subjectName(v)
	}
	if holder != "" {
		return holder + "'s " + kind
	}
	return kind
}

// subjectName returns the person named as the subject of the verb at v
// ("Denning, 55, received", "Hale was jailed"), or "". Only a mention the
// people finder found counts: a capital alone may start a sentence.
func (ln *figLine) subjectName(v int) string {
	p := v - 1
	for p >= 0 && (ln.cls(p, fcAux) || ln.adverb(p)) {
		p--
	}
	// an age between commas: "Denning, 55,"
	if ln.punct(p, ",") && p >= 3 && ln.toks[p-1].kind == tNum && ln.punct(p-2, ",") {
		p -= 3
	}
	if p < 0 || ln.toks[p].kind != tWord || !ln.toks[p].upper() || ln.ages == nil {
		return ""
	}
	// (looked up, not scanned: a long text's people have tens of
	// thousands of mentions)
	if ln.ages.has(int(ln.toks[p].end)) {
		return ln.str(p)
	}
	return ""
}

// deadlineLabel names a span within which something must be done: "ordered
// to repay $1.8 million within 90 days" is the deadline to repay, "has 14
// days to appeal" the deadline to appeal.
func (ln *figLine) deadlineLabel(e numExpr, k int) string {
	w := e.qFirst - 1 // "within", or "in" of "in the next ten days"
	past := false
	if (ln.is(w, "next") || ln.is(w, "coming") || ln.is(w, "last") || ln.is(w, "past")) && ln.is(w-1, "the") {
		past = ln.is(w, "last") || ln.is(w, "past")
		w -= 2
	}
	if ln.is(w, "within") || ln.is(w, "in") && w < e.qFirst-1 && !past {
		for p := w - 1; p > 0 && p >= w-10; p-- {
			if ln.toks[p].kind == tPunct && !ln.numberTok(p) {
				break
			}
			if ln.cls(p, fcRelative|fcStop) {
				break
			}
			if ln.toks[p].kind == tWord && !ln.functionWord(p) && !ln.numberTok(p) &&
				(ln.is(p-1, "to") || ln.is(p-1, "must") || ln.is(p-1, "should") || ln.is(p-1, "will") || ln.is(p-1, "would") ||
					ln.is(p-1, "shall") || ln.is(p-1, "not")) {
				return "deadline to " + ln.actObject(p, w)
			}
			// "must be returned within ten days"
			if ln.edVerb(p) && ln.is(p-1, "be") && (ln.is(p-2, "must") || ln.is(p-2, "should") || ln.is(p-2, "will") || ln.is(p-2, "to")) {
				return "deadline to be " + ln.str(p)
			}
		}
		if !ln.is(w, "within") {
			return ""
		}
		// "had no sighting of the ship within the last 59 days": what the
		// span is of, back to its verb
		var lw lwords
		first := w
		for p := w - 1; p >= 0 && p >= w-5; p-- {
			if ln.toks[p].kind != tWord || ln.numberTok(p) || ln.cls(p, fcAux|fcRelative|fcStop|fcReport) || ln.edVerb(p) || pastVerb(ln.str(p)) {
				break
			}
			first = p
		}
		for p := first; p < w; p++ {
			lw.add(p)
		}
		ln.trimLabel(&lw)
		for lw.n > 0 && ln.functionWord(lw.t[0]) {
			lw.drop(0)
		}
		return ln.render(&lw)
	}
	// "has 14 days to appeal", "was given two weeks to leave", "gives
	// landlords 60 days to make repairs"
	if !ln.is(k, "to") || k+1 >= len(ln.toks) || ln.toks[k+1].kind != tWord || ln.functionWord(k+1) {
		return ""
	}
	for g := e.qFirst - 1; g >= 0 && g >= e.qFirst-3 && ln.toks[g].kind == tWord; g-- {
		switch new(foldBuf).of(ln.str(g)) {
		case "has", "have", "had", "given", "gave", "give", "gives", "giving":
			// the verb with its object: "deadline to make repairs"
			var w lwords
			for j := k + 1; j < len(ln.toks) && w.n < 3 && ln.toks[j].kind == tWord && !ln.functionWord(j) && !ln.numberTok(j) &&
				!ln.cls(j, fcTimeAdv|fcMonth); j++ {
				w.add(j)
			}
			return "deadline to " + ln.render(&w)
		}
	}
	return ""
}

// changeLabel names what changed by an amount: "inflated the cost of
// three contracts by 35 per cent" → "cost inflated", "rents that have
// climbed nearly a third" → "rents climbed", and the span it changed in
// ("climbed nearly a third in five years").
func (ln *figLine) changeLabel(e numExpr) string {
	p := e.qFirst - 1
	if ln.is(p, "either") {
		p-- // "increase by either 49 percent or by 27 percent"
	}
	by := ln.is(p, "by")
	if (ln.is(p, "to") || ln.is(p, "from")) && e.kind != nkDuration {
		// "rose by 0.3 percentage points to 6.1%": the level it reached;
		// "dropped from 40%": the level it left
		for j, s := p-1, 0; j >= 0 && s < 8; j, s = j-1, s+1 {
			if ln.cls(j, fcChange) && (ln.edVerb(j) || ln.isPast(j)) {
				if ln.is(p, "from") {
					return ln.changeSubject(j)
				}
				return ln.changeSubject(j) + " to"
			}
			if ln.toks[j].kind == tPunct && !ln.numberTok(j) && ln.str(j) != "%" || ln.cls(j, fcRelative|fcStop) {
				break
			}
		}
		return ""
	}
	if by {
		p--
	} else if e.kind == nkDuration && (ln.is(p, "in") || ln.is(p, "over")) {
		// a span after a change: find the change before it
		p--
		for s := 0; p >= 0 && s < 6 && !ln.cls(p, fcChange); p, s = p-1, s+1 {
			if ln.toks[p].kind == tPunct && !ln.numberTok(p) && ln.str(p) != "%" || ln.cls(p, fcRelative|fcStop) {
				return ""
			}
		}
		if p < 0 || !ln.cls(p, fcChange) {
			return ""
		}
		return ln.changeSubject(p)
	}
	if !by {
		// "racked up $6 million", "set down 20": a verb's particle, no
		// change of its own
		if (ln.is(p, "up") || ln.is(p, "down")) && p > 0 && (ln.edVerb(p-1) || ln.isPast(p-1)) {
			return ""
		}
		// "rose 5%", "Shares plunged 18%": a percentage right after a
		// change verb is how much it changed
		if !(ln.cls(p, fcChange) || e.kind == nkPercent && ln.edVerb(p)) || !ln.edVerb(p) && !ln.isPast(p) || ln.cls(p, fcReport) {
			return ""
		}
		return ln.changeSubject(p)
	}
	// "inflated the cost of three dredging contracts by": find the verb
	v := -1
	for j, s := p, 0; j >= 0 && s < 8; j, s = j-1, s+1 {
		if ln.toks[j].kind == tPunct || ln.cls(j, fcRelative|fcStop|fcReport) {
			break
		}
		if ln.cls(j, fcChange) || ln.edVerb(j) && !ln.determiner(j-1) {
			v = j
			break
		}
	}
	if v < 0 || !(ln.edVerb(v) || ln.isPast(v) || ln.cls(v-1, fcAux) || ln.is(v-1, "to")) {
		return ""
	}
	// the object: up to "of" when a number follows it, without articles
	var w lwords
	for j := v + 1; j <= p && w.n < 4; j++ {
		if ln.is(j, "of") && (ln.numberTok(j+1) || ln.numberTok(j+2)) || ln.numberTok(j) {
			break
		}
		if ln.determiner(j) || w.n == 0 && (ln.functionWord(j) || ln.is(j, "either")) {
			continue // "increase by either 49 percent or by 27": no object
		}
		w.add(j)
	}
	ln.trimLabel(&w)
	if w.n == 0 {
		return ln.changeSubject(v)
	}
	return joinLabel(ln.render(&w), lowerASCII(ln.str(v)))
}

// changeSubject returns "subject verb" for the change verb at v: "rents
// that have climbed" → "rents climbed"; the verb alone when the subject
// is not a plain noun right before it.
func (ln *figLine) changeSubject(v int) string {
	verb := lowerASCII(ln.str(v))
	p := v - 1
	for p >= 0 && (ln.cls(p, fcAux) || ln.adverb(p)) {
		p--
	}
	// "winds are predicted to reach": past what is expected of them
	if ln.is(p, "to") {
		switch new(foldBuf).of(ln.str(p - 1)) {
		case "predicted", "expected", "forecast", "projected", "set", "likely", "due", "poised", "tipped":
			p -= 2
			for p >= 0 && (ln.cls(p, fcAux) || ln.adverb(p)) {
				p--
			}
		}
	}
	// "yields by 2050 exceeded": past a time phrase
	if ln.numberTok(p) && (ln.is(p-1, "by") || ln.is(p-1, "in") || ln.is(p-1, "since")) {
		p -= 2
	}
	// "funding, which he said had fallen": past the reporting clause
	if ln.cls(p, fcReport) && p > 0 && pronounWord(ln.str(p-1)) {
		p -= 2
	}
	if ln.is(p, "that") || ln.is(p, "which") {
		p--
		if ln.punct(p, ",") {
			p--
		}
	}
	// "Shares in the company plunged": the subject is the noun before its phrase
	d := p - 1 // "Seats in the upper house increased": past a modifier to the article
	if d >= 0 && !ln.determiner(d) && ln.toks[d].kind == tWord && !ln.functionWord(d) && ln.determiner(d-1) {
		d--
	}
	if d >= 2 && ln.determiner(d) && (ln.is(d-1, "in") || ln.is(d-1, "of") || ln.is(d-1, "at")) && ln.toks[d-2].kind == tWord &&
		!ln.functionWord(d-2) && !ln.numberTok(d-2) {
		p = d - 2
	}
	if p >= 0 && ln.toks[p].kind == tWord && !ln.functionWord(p) && !ln.numberTok(p) && !ln.cls(p, fcReport|fcChange) &&
		!ln.edVerb(p) && !pronounWord(ln.str(p)) && !commonCapitals[new(foldBuf).of(ln.str(p))] && !strings.HasSuffix(new(foldBuf).of(ln.str(p)), "ing") {
		// "the civil war": a modifier before the subject's noun belongs to it
		if m := p - 1; m >= 0 && ln.toks[m].kind == tWord && !ln.toks[m].upper() && !ln.functionWord(m) && !ln.numberTok(m) &&
			!ln.edVerb(m) && !ln.cls(m, fcReport|fcChange|fcCasualty|fcArrest|fcTransitive) && !pronounWord(ln.str(m)) &&
			(m == 0 || ln.functionWord(m-1) || ln.edVerb(m-1) || irregularParticiple(ln.str(m-1)) || ln.cls(m-1, fcReport)) {
			return ln.str(m) + " " + ln.str(p) + " " + verb
		}
		return ln.str(p) + " " + verb
	}
	return verb
}

// spanOfAct names a span by the act it measures: "blocked three roads for
// six hours" → "roads blocked", "will cut 3,000 jobs over the next two
// years" → "jobs cut". The verb must be a participle; a pronoun object
// ("interrogated him for two hours") leaves it to the words before.
func (ln *figLine) spanOfAct(e numExpr) string {
	p := e.qFirst - 1
	for p >= 0 && ln.cls(p, fcSkip|fcTimeAdv|fcDet) && !ln.is(p, "of") {
		p-- // "over the next", "for the last"
	}
	if !(ln.is(p, "for") || ln.is(p, "over")) {
		return ""
	}
	v := -1
	for j, s := p-1, 0; j >= 0 && s < 6; j, s = j-1, s+1 {
		if ln.toks[j].kind == tPunct && !ln.numberTok(j) || ln.cls(j, fcRelative|fcStop|fcReport|fcAux) {
			break
		}
		if ln.verbPP(j) != "" || irregularParticiple(ln.str(j)) {
			v = j
			break
		}
	}
	if v < 0 || v == p-1 {
		// "the civil war has been ongoing for 17 years": no object, so the
		// subject says what lasted
		if pred := p - 1; pred >= 0 && ln.toks[pred].kind == tWord && !ln.functionWord(pred) && !ln.numberTok(pred) && !ln.toks[pred].upper() {
			if s := ln.changeSubject(pred); strings.Contains(s, " ") {
				return s
			}
		}
		return ""
	}
	if ln.determiner(v - 1) {
		return ""
	}
	var w lwords
	for j := v + 1; j < p && w.n < 3; j++ {
		if ln.numberTok(j) || ln.determiner(j) || ln.cls(j, fcSkip) {
			continue
		}
		if ln.functionWord(j) || pronounWord(ln.str(j)) || ln.is(j, "him") || ln.is(j, "her") || ln.is(j, "them") || ln.is(j, "me") || ln.is(j, "us") {
			return ""
		}
		w.add(j)
	}
	if w.n == 0 {
		return ""
	}
	pp := ln.verbPP(v)
	if pp == "" {
		pp = lowerASCII(ln.str(v))
	}
	return joinLabel(ln.render(&w), pp)
}

// placePhrase reports whether the preposition at j opens a phrase that
// says what an amount is for or where it is ("for road repairs", "from
// Barcelona", "in the second half", "in advance"), not a new phrase of its
// own: "within 90 days", "by helicopter", or a compound preposition ("in
// exchange for", "in return for", "in addition to").
func (ln *figLine) placePhrase(j int) bool {
	switch new(foldBuf).of(ln.str(j)) {
	case "for", "to", "from", "on", "against", "at", "before", "after":
		return true
	case "in":
		return !compoundPreposition(ln.str(j+1)) && !ln.timeSpanAt(j+1)
	}
	return false
}

// timeSpanAt reports a span of time reckoned from now at token k, which
// after "in" says when, not where: "in the past five years", "in the
// next decade", "in recent years".
func (ln *figLine) timeSpanAt(k int) bool {
	if ln.is(k, "recent") {
		return true
	}
	return ln.is(k, "the") && (ln.is(k+1, "past") || ln.is(k+1, "last") || ln.is(k+1, "next") || ln.is(k+1, "coming") ||
		ln.is(k+1, "previous") || ln.is(k+1, "same"))
}

// compoundPreposition reports the nouns that make a preposition with "in"
// ("in exchange for", "in addition to", "in response to"): a phrase they
// open says how, not what an amount is.
func compoundPreposition(w string) bool {
	switch new(foldBuf).of(w) {
	case "exchange", "return", "addition", "response", "order", "relation", "connection", "lieu", "place", "spite",
		"favour", "favor", "front", "charge", "case", "terms", "view", "line", "accordance", "respect", "total", "all",
		"light", "support", "protest", "memory", "honour", "honor", "effect", "time":
		return true
	}
	return false
}

// repeatsUnit reports whether every word of a label is already in the
// number as written ("million" after "$1.8 million").
func (ln *figLine) repeatsUnit(label string, e numExpr) bool {
	if label == "" {
		return false
	}
	num := ln.text[e.start:e.end]
	if !isASCII(num) || !isASCII(label) {
		num = strings.ToLower(num)
		for _, w := range strings.Fields(strings.ToLower(label)) {
			if !strings.Contains(num, w) {
				return false
			}
		}
		return true
	}
	// ASCII, as nearly every label is: the same test without lowering
	// both strings and splitting the label, three allocations a label
	for rest := label; ; {
		rest = strings.TrimLeft(rest, asciiSpace)
		if rest == "" {
			return true
		}
		w := rest
		if k := strings.IndexAny(rest, asciiSpace); k >= 0 {
			w, rest = rest[:k], rest[k:]
		} else {
			rest = ""
		}
		if !containsFoldASCII(num, w) {
			return false
		}
	}
}

// asciiSpace are the ASCII bytes strings.Fields splits at.
const asciiSpace = " \t\n\v\f\r"

// containsFoldASCII reports whether the ASCII string s holds sub in any
// case: strings.Contains(strings.ToLower(s), strings.ToLower(sub)).
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// actObject returns the verb at v with its object up to token end, when
// the object is a short noun phrase ("produce a recovery plan"), else the
// verb alone ("pay" of "pay $3 million").
func (ln *figLine) actObject(v, end int) string {
	if end-v-1 < 2 || end-v-1 > 4 {
		return ln.str(v)
	}
	for j := v + 1; j < end; j++ {
		if ln.toks[j].kind != tWord || ln.numberTok(j) || ln.functionWord(j) && !(ln.determiner(j) && j == v+1) ||
			pronounWord(ln.str(j)) || ln.cls(j, fcTimeAdv|fcAux|fcReport) {
			return ln.str(v)
		}
	}
	return ln.text[int(ln.toks[v].start):int(ln.toks[end-1].end)]
}

// pricedTitle is the quoted title an amount of money in brackets right
// after it prices: “Rez Infinite” ($30) is "Rez Infinite". It is ""
// otherwise.
func (ln *figLine) pricedTitle(e numExpr) string {
	q := e.qFirst
	if e.kind != nkMoney || !ln.punct(q-1, "(") || !ln.punct(e.last+1, ")") || q < 3 || !ln.quoteTok(q-2) {
		return ""
	}
	var back lwords
	for p := q - 3; p >= 0 && back.n < maxLabelWords; p-- {
		if ln.quoteTok(p) {
			var w lwords
			for i := back.n - 1; i >= 0; i-- {
				w.add(back.t[i])
			}
			return ln.render(&w)
		}
		if ln.punct(p, ":") {
			continue // "Until Dawn: Rush of Blood"
		}
		if ln.toks[p].kind != tWord && !ln.numberTok(p) {
			return ""
		}
		back.add(p)
	}
	return ""
}

// rateAt reports a rate's time at token k, after an amount: "a year",
// "an hour", "per day", "each month" (a unit in the singular; "a few
// days" is no rate).
func (ln *figLine) rateAt(k int) bool {
	// (the unit first: it is asked after every count, and one look at
	// the keyword's classes rules out nearly all)
	if !ln.cls(k+1, fcDuration) || !(ln.is(k, "a") || ln.is(k, "an") || ln.is(k, "per") || ln.is(k, "each")) {
		return false
	}
	w := ln.str(k + 1)
	return w != "" && w[len(w)-1] != 's' && w[len(w)-1] != 'S'
}
