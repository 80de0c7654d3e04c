package parse

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse/lexicons"
)

// Non-figures: what only looks like a number of things — years, dates,
// times, ordinals, ages, scores, phone, street, model and article
// numbers, numbers inside names. nonFigure is asked of every number the
// grammar reads; score and pairIsNotFigure of the pairs it reads.

// clockWord reports the word that makes the number before it an hour:
// "am", "pm", "a.m." (one token or three), "o'clock".
func (ln *figLine) clockWord(k int) bool {
	if k >= len(ln.toks) || ln.toks[k].kind != tWord {
		return false
	}
	// (asked after most numbers: every clock word starts with a, p or o,
	// which rules out nearly every other word before folding it)
	if c := lowerASCIIByte(ln.text[ln.toks[k].start]); c != 'a' && c != 'p' && c != 'o' {
		return false
	}
	switch new(foldBuf).of(ln.str(k)) {
	case "am", "pm", "a.m.", "p.m.", "o'clock", "o’clock":
		return true
	case "a", "p":
		return ln.str(k+1) == "." && ln.is(k+2, "m")
	}
	return false
}

// nonFigure reports whether the number c is something other than an
// amount: a year, date, time, ordinal, age, identifier or part of a name.
func (ln *figLine) nonFigure(c core) bool {
	i, j := c.first, c.last
	n := len(ln.toks)
	// "an 18 year old five eighth", "the number eight": a team position
	// written with a number word
	if c.words && i == j && (j+1 < n && positionAt(ln.toks, ln.text, j+1) || positionAt(ln.toks, ln.text, j)) {
		return true
	}
	// "the Four Paths police", "the Seven Sisters": a number word written
	// with a capital inside a sentence, after a word in lower case (or the
	// sentence's "The") and before a capitalised word, is part of a name
	// (a headline capitalises all: "Blasts Kill Five Other Civilians",
	// "SEVEN ASTRONAUTS")
	if c.words && i == j && !ln.titleCase && i > 0 && j+1 < n && ln.toks[i].upper() && !ln.toks[i].sent() &&
		ln.toks[i-1].kind == tWord && (!ln.toks[i-1].upper() || ln.toks[i-1].sent() && ln.is(i-1, "the")) &&
		ln.toks[j+1].kind == tWord && ln.toks[j+1].upper() && !ln.toks[j+1].sent() && !ln.toks[j+1].acronym() && !ln.toks[i].acronym() &&
		!ln.cls(j+1, fcStopNP) { // ("The Thousands Of Cosplay Outfits")
		return true
	}
	// "at four a.m.", "three or four a.m.", "six o'clock": an hour in
	// words
	// ("five AM radio stations": "am" without its points after a word
	// is an hour only after a preposition of time)
	if c.words && c.value <= 12 && (ln.clockWord(j+1) || (ln.is(j+1, "or") || ln.is(j+1, "to")) && ln.numberTok(j+2) && ln.clockWord(j+3)) &&
		(ln.is(i-1, "at") || ln.is(i-1, "by") || ln.is(i-1, "until") || ln.is(i-1, "till") || ln.is(i-1, "from") || ln.is(i-1, "before") ||
			ln.is(i-1, "after") || ln.is(i-1, "around") || ln.is(i-1, "about") || !ln.is(j+1, "am") && !ln.is(j+1, "pm") && !ln.is(j+3, "am") && !ln.is(j+3, "pm")) {
		return true
	}
	// "Erik ten Hag": a name's particle that is a number word, after a
	// given name and before a capitalised word
	if c.words && i == j && i > 0 && j+1 < n && ln.toks[i].is(cParticle) && !ln.toks[i].upper() &&
		ln.toks[i-1].kind == tWord && ln.toks[i-1].upper() && ln.toks[i-1].is(cGiven) && ln.toks[j+1].kind == tWord && ln.toks[j+1].upper() {
		return true
	}
	if c.digits != "" {
		d := c.digits
		// "?id=77", "/2020/05/": a web address
		if ln.inURL(i) {
			return true
		}
		// "[In 19]79-80": a number an editor's bracket cut in two
		if ln.punct(j+1, "]") && ln.adjacent(j, j+1) && ln.adjacent(j+1, j+2) && ln.toks[j+2].kind == tNum ||
			ln.punct(i-1, "]") && ln.adjacent(i-1, i) && i >= 2 && ln.adjacent(i-2, i-1) && ln.toks[i-2].kind == tNum {
			return true
		}
		// "the 400 m hurdles", "the 200m freestyle": a race's distance is
		// its event's name
		if ln.eventDistance(c) {
			return true
		}
		// times: 14:30, 0117 GMT, 3 p.m., 15:00 local time
		if strings.HasPrefix(c.rest, ":") || len(d) == 4 && d[0] == '0' && !strings.Contains(d, ".") {
			return true
		}
		if ln.cls(j+1, fcTimeZone) || ln.clockWord(j+1) {
			return true
		}
		if ln.is(j+1, "local") && ln.is(j+2, "time") {
			return true
		}
		// "at 8.30": a clock time written with a point
		if len(d) >= 4 && len(d) <= 5 && d[len(d)-3] == '.' && c.value < 24 && !ln.unitFollows(j) &&
			(ln.is(i-1, "at") || ln.is(i-1, "until") || ln.is(i-1, "till") || ln.is(i-1, "by") || ln.is(i-1, "from") || ln.is(i-1, "before") || ln.is(i-1, "after")) {
			return true
		}
		// list numbers and references: "1. First...", "(2)", "[3]"
		if i == 0 && ln.punct(j+1, ".)") && !ln.adjacent(j+1, j+2) || ln.punct(i-1, "[") && ln.punct(j+1, "]") ||
			ln.punct(i-1, "(") && ln.punct(j+1, ")") && c.rest == "" {
			return true
		}
		// versions and codes: 1.2.3, 007
		if strings.HasPrefix(c.rest, ".") || len(d) > 1 && d[0] == '0' && !strings.HasPrefix(d, "0.") {
			return true
		}
		// dates and fractions written with slashes: 4/11/2019, 24/7, 9/11
		if ln.adjacent(i-1, i) && ln.punct(i-1, "/.#@") || ln.adjacent(j, j+1) && ln.punct(j+1, "/") && j+2 < n && ln.toks[j+2].kind == tNum {
			return true
		}
		// the parameters of a terminal control sequence that input.Sanitize
		// made visible: "␛[31m", "␛]52;c;..." are bytes, not amounts
		if ln.afterControl(i) {
			return true
		}
		// phone numbers: +44 20 7946 0958, (212) 555-1234
		if ln.adjacent(i-1, i) && ln.punct(i-1, "+") {
			return true
		}
		if j+1 < n && ln.toks[j+1].kind == tNum && !strings.Contains(ln.str(j+1), ",") && ln.adjacentSpace(j, j+1) {
			return true // "020 7946 0958": digit groups side by side
		}
		// "(1999 dollars)", "in 2005 prices", "in constant 2010 euros": the
		// year whose money an amount is valued in
		if yearLike(d) && c.rest == "" && !c.scaled && (ln.cls(j+1, fcCurrency) || ln.is(j+1, "prices") || ln.is(j+1, "terms")) &&
			(ln.punct(i-1, "(") || ln.is(i-1, "in") || ln.is(i-1, "constant") || ln.is(i-1, "real")) {
			return true
		}
		// years: 2015, "the 1973 building", unless they count people ("2000 people")
		if yearLike(d) && c.rest == "" && ln.punct(j+1, "-–—") && j+2 < n && yearLike(ln.str(j+2)) {
			return true // "over 2000 - 2050": a period
		}
		if yearLike(d) && !c.scaled && c.rest == "" && !strings.Contains(d, ".") && currencyCode(ln.str(i-1)) == "" && !ln.measureAfter(j) &&
			(ln.is(i-1, "the") || ln.is(i-1, "its") || ln.is(i-1, "their") || ln.is(i-1, "this") || ln.is(i-1, "last") || ln.is(i-1, "next") ||
				!ln.countsPeopleAfter(j) && !ln.pluralAfter(j)) {
			// "between 2016 and 2018", "around 2015" are years; "more than 2000" is an amount
			switch q, _ := ln.qualifierBefore(i); q {
			case "", "between", "around", "about", "under", "over", "above", "below", "some", "approximately", "roughly", "nearly", "almost":
				return true
			}
		}
		// "In 1642, Tasman sailed", "since 1066": a year before 1800, only
		// where a time preposition says it is one and no noun follows ("in
		// 1500 km", "in 1300 cases" and "around 1500 people" are amounts)
		if v, err := strconv.Atoi(d); err == nil && len(d) == 4 && v >= 1000 && v < 1800 && c.rest == "" && !c.scaled && currencyCode(ln.str(i-1)) == "" &&
			(ln.is(i-1, "in") || ln.is(i-1, "since") || ln.is(i-1, "until") || ln.is(i-1, "from") || ln.is(i-1, "circa") ||
				ln.is(i-1, "c.") || ln.is(i-1, "before") || ln.is(i-1, "after") || ln.is(i-1, "year")) &&
			!ln.measureAfter(j) && (j+1 >= n || ln.toks[j+1].kind != tWord || ln.toks[j+1].upper() || ln.functionWord(j+1)) {
			return true // ("in 1300 cases": a noun after it counts)
		}
		// "the 1990s" is caught as a glued suffix; "4.9" after "magnitude" is a measure, read later
		// "664 BC", "250 c.e.", "AD 79": a year of an era
		if c.rest == "" && !c.scaled && (ln.eraAfter(j) || eraWord(ln.str(i-1)) && ln.adjacentSpace(i-1, i)) {
			return true
		}
		// a batsman's score: "was stumped for 68", "caught and bowled by Jo
		// Roe for 70", "not out on 144", "unbeaten on 28"
		if c.rest == "" && ln.battingScore(i) {
			return true
		}
		// "17 U.S. Code § 1201", "18 U.S.C. 2511", "40 CFR": a title and a
		// section of a code of laws
		if ln.str(i-1) == "§" || ln.str(i-1) == "§§" || ln.is(j+1, "u.s.c.") || ln.is(j+1, "usc") || ln.is(j+1, "cfr") || ln.is(j+1, "c.f.r.") ||
			ln.is(j+1, "u.s.") && ln.is(j+2, "code") {
			return true
		}
		// "in ’91", "the '68 protests": a year of a century left unsaid
		if len(d) == 2 && c.rest == "" && i > 0 && ln.adjacent(i-1, i) && (ln.str(i-1) == "’" || ln.str(i-1) == "'") &&
			(i < 2 || !ln.adjacent(i-2, i-1)) {
			return true
		}
		// "a 4K TV", "runs in 8K": a screen's resolution, not thousands
		if i == j && (strings.EqualFold(ln.str(i), "4K") || strings.EqualFold(ln.str(i), "8K")) && currencyCode(ln.str(i-1)) == "" && !ln.countsPeopleAfter(j) && !ln.pluralAfter(j) {
			return true
		}
		// a reference's volume and pages: "Physics. 37 (1): 339–351",
		// "Research. 9: 2579–2605", "pp. 188–203"; an identifier glued
		// to its scheme: "arXiv:1512.01655", "doi:10.1093/..."
		if ln.citation(i, j) {
			return true
		}
		// "401(k)", "501(c)": a plan or a status named by a section
		if ln.adjacent(j, j+1) && ln.punct(j+1, "(") && j+3 < n && ln.punct(j+3, ")") && len(ln.str(j+2)) == 1 && ln.toks[j+2].kind == tWord {
			return true
		}
	}
	// dates: January 4, 4 January, Jan. 4, the 4th of July; "Nov, 29,
	// 2016" with its year (not "In May, 30 percent")
	if ln.cls(i-1, fcMonth) && ln.toks[i-1].upper() || ln.punct(i-1, ".") && ln.cls(i-2, fcMonth) && ln.toks[i-2].upper() ||
		ln.punct(i-1, ",") && ln.cls(i-2, fcMonth) && ln.toks[i-2].upper() && ln.punct(j+1, ",") && j+2 < n && ln.toks[j+2].kind == tNum && len(ln.str(j+2)) == 4 {
		return true
	}
	// "knows a thing or two": an idiom, nothing counted
	if ln.is(i-1, "or") && ln.is(i-2, "thing") && ln.is(j, "two") {
		return true
	}
	// "2^28": a power, its base and its exponent
	if c.digits != "" && (ln.punct(i-1, "^") && ln.adjacent(i-1, i) || ln.punct(j+1, "^") && ln.adjacent(j, j+1)) {
		return true
	}
	// "1 / 5": a gallery's or a list's counter, spaced around its slash
	if c.digits != "" && (ln.punct(i-1, "/") && i >= 2 && ln.toks[i-2].kind == tNum && !ln.adjacent(i-1, i) ||
		ln.punct(j+1, "/") && j+2 < n && ln.toks[j+2].kind == tNum && !ln.adjacent(j, j+1)) {
		return true
	}
	// "between the ages of 25 and 54": the bounds of an age group
	if ln.is(i-1, "of") && (ln.is(i-2, "ages") || ln.is(i-2, "age")) ||
		ln.is(i-1, "and") && i >= 4 && ln.toks[i-2].kind == tNum && ln.is(i-3, "of") && ln.is(i-4, "ages") {
		return true
	}
	if ln.cls(j+1, fcMonth) && ln.toks[j+1].upper() || ln.is(j+1, "of") && ln.cls(j+2, fcMonth) && ln.toks[j+2].upper() {
		return true
	}
	// the base of a rate: "nine deaths per 100,000 people", "3 per 1,000"
	if ln.cls(i-1, fcStopNP) && ln.is(i-1, "per") || ln.is(i-1, "every") && ln.is(i-2, "per") {
		return true
	}
	// "twice as many", "twice the size", "twice a week", "think twice": a
	// multiplier or a frequency, not how often something happened
	if c.words && c.first == c.last && ln.timesWord(i) {
		if c.rest != "" || ln.is(i-1, "think") || ln.is(i-1, "thought") {
			return true
		}
		switch new(foldBuf).of(ln.str(j + 1)) {
		case "as", "the", "a", "an", "that", "this", "per", "daily", "weekly", "monthly", "yearly", "annually", "over", "more", "what",
			"its", "his", "her", "their", "our", "my", "your", "every", "each":
			return true
		}
	}
	// a knockout stage: "the round of 16", "reached the last 32": the
	// number names the stage, not an amount
	if c.rest == "" && (ln.is(i-1, "of") && ln.is(i-2, "round") ||
		ln.is(i-1, "last") && ln.is(i-2, "the") && bracketSize(c.value) && !ln.pluralAfter(j) && !ln.countsPeopleAfter(j)) {
		return true
	}
	// "twenty-sixth", "thirty-first": a tens word glued to an ordinal
	// ("a thirty-second advert" is a length of time)
	if c.words && c.rest != "" && ordinalWord(c.rest) && !(strings.EqualFold(c.rest, "second") && (ln.is(i-1, "a") || ln.is(i-1, "an"))) {
		return true
	}
	// ordinals written in words are not in the number table; "one of the" is
	// a selection, "one another" a pronoun.
	if c.isOne && (ln.is(j+1, "of") || ln.is(j+1, "another")) {
		return true
	}
	// ages
	if ln.isAge(c) {
		return true
	}
	// a quoted name used as a modifier: the "one country, two systems" model
	if !ln.unitFollows(j) && ln.inQuotedModifier(i, j) {
		return true
	}
	// identifiers: Article 50, Flight 302, Boeing 737, Route 66, Gate 5, No. 10
	if p := i - 1; p >= 0 && (ln.adjacentSpace(p, i) || ln.adjacent(p, i)) {
		if ln.cls(p, fcIdent) && !ln.cls(p, fcSkip) {
			return true
		}
		// "day five of the tournament", but not "every day 500 people"
		if ln.is(p, "day") && !(ln.is(p-1, "every") || ln.is(p-1, "each") || ln.is(p-1, "per") || ln.is(p-1, "a") ||
			ln.is(p-1, "that") || ln.is(p-1, "this") || ln.is(p-1, "same") || ln.is(p-1, "one")) {
			return true
		}
		if ln.punct(p, "#") || ln.punct(p, ".") && ln.is(p-1, "no") && c.digits != "" {
			return true
		}
		// ("an All-Star 18 times": how often, not a model; "Ann Ray's
		// 44%": an owner's share, not a model)
		// (a model's number has no thousands separator, and "in Kenya
		// 40 people died" is a place, then a count)
		if c.digits != "" && ln.toks[p].kind == tWord && (ln.toks[p].upper() || hasASCIIUpper(ln.str(p))) && !ln.titleCase && ln.properWord(p) &&
			ln.currencyWord(p) == "" && !ln.is(j+1, "times") && !(ln.toks[p].poss() && ln.unitFollows(j)) &&
			!strings.Contains(c.digits, ",") && !ln.placeAfterPreposition(p) {
			return true
		}
	}
	// a number inside a name: "the Lost 52 Project", "Apollo 11 Mission"
	if c.digits != "" && c.rest == "" && (!ln.titleCase && ln.nameAround(i, j) || ln.names.has(ln, i)) {
		ln.names.add(ln, i)
		return true
	}
	// "the 747, which": a model named by its number
	if c.digits != "" && c.rest == "" && ln.is(i-1, "the") && len(c.digits) >= 3 && !strings.ContainsAny(c.digits, ",.") &&
		(j+1 >= len(ln.toks) || ln.punct(j+1, ",.;)") || ln.cls(j+1, fcRelative)) && c.value >= 100 {
		return true
	}
	// a code glued to a number: "2019-nCoV", "737-MAX"
	if c.digits != "" && c.rest != "" && !ln.titleCase && innerCapital(c.rest) && loadLexicon().keyword(new(foldBuf).of(c.rest)) == nil {
		return true
	}
	// street numbers: 10 Downing Street
	if c.digits != "" && j+1 < n && ln.toks[j+1].upper() {
		for k := j + 1; k < n && k <= j+4 && ln.toks[k].kind == tWord && ln.toks[k].upper(); k++ {
			if ln.cls(k, fcStreet) && k > j+1 {
				return true
			}
		}
	}
	// number words inside names: Formula One, the Big Four, Group of Seven
	if c.words && ln.toks[i].upper() && !ln.titleCase && !ln.sentenceStart(i) {
		if !(i > 0 && (ln.toks[i-1].upper() && ln.toks[i-1].kw() != nil && ln.toks[i-1].kw().cls&fcSkip != 0)) {
			return true
		}
	}
	return false
}

// placeAfterPreposition reports whether token p is a place the lists
// know, written after a place preposition: "in Kenya", "across Texas".
func (ln *figLine) placeAfterPreposition(p int) bool {
	return p > 0 && ln.toks[p-1].is(cPlacePrep) && loadLexicon().isPlaceTok(ln.toks[p], ln.text)
}

// bracketSize reports the field sizes of a knockout draw: 4, 8, ... 128.
func bracketSize(v float64) bool {
	switch v {
	case 4, 8, 16, 32, 64, 128:
		return true
	}
	return false
}

// eraAfter reports an era's mark after the number ending at token j,
// read from the text, as its dots split it into tokens: "664 b.c.e.".
func (ln *figLine) eraAfter(j int) bool {
	if j+1 >= len(ln.toks) || !ln.adjacentSpace(j, j+1) {
		return false
	}
	w := ln.text[ln.toks[j+1].start:]
	if !eraStart(w) {
		return false
	}
	n := 0
	for n < len(w) && n < 6 && (isASCIILetter(w[n]) || w[n] == '.') {
		n++
	}
	if n < len(w) && isASCIILetter(w[n]) {
		return false // a longer word ("advisers")
	}
	return eraWord(w[:n])
}

// eraStart reports whether w may start an era word: with a dot, which
// eraWord leaves out, or a, b or c, which every era word starts with. It
// rules out nearly every word next to a number at one look.
func eraStart(w string) bool {
	if w == "" {
		return false
	}
	c := lowerASCIIByte(w[0])
	return c == '.' || c == 'a' || c == 'b' || c == 'c'
}

// eraWord reports the words that mark a year of an era: "BC", "b.c.e.",
// "AD", "CE".
func eraWord(w string) bool {
	if !eraStart(w) {
		return false
	}
	var b [4]byte // the letters, dots left out, lower-cased: no allocation
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			continue
		}
		if n == len(b) || !isASCIILetter(w[i]) {
			return false
		}
		b[n] = lowerASCIIByte(w[i])
		n++
	}
	switch string(b[:n]) {
	case "bc", "bce", "ad", "ce":
		return true
	}
	return false
}

// nameAround reports whether the number at tokens i..j sits between two
// capitalised words of a name ("Lost 52 Project", "Apollo 11 Mission"):
// the word before is no qualifier or function word ("About 40 Britons",
// "Over 300 Palestinian prisoners"), the word after is a capitalised
// singular that is no unit, month or nationality.
func (ln *figLine) nameAround(i, j int) bool {
	p, n := i-1, j+1
	if p < 0 || n >= len(ln.toks) || ln.toks[p].kind != tWord || ln.toks[n].kind != tWord || !ln.toks[p].upper() || !ln.toks[n].upper() {
		return false
	}
	if kw := ln.toks[p].kw(); kw != nil && kw.cls&fcIdent == 0 && kw.cls&(fcQualEnd|fcStopNP|fcSkip|fcDet|fcNumLead|fcMonth|fcWeekday|fcTimeAdv|fcAbove|fcChange|fcLevel) != 0 ||
		commonCapitals[new(foldBuf).of(ln.str(p))] {
		return false
	}
	w := ln.str(n)
	if strings.HasSuffix(w, "s") || ln.toks[n].is(cDemonym) || ln.toks[n].acronym() ||
		ln.cls(n, fcMonth|fcWeekday|fcMeasure|fcCurrency|fcDuration|fcPlural|fcPersonnel|fcCasualty) {
		return false
	}
	return true
}

// numberNames are the names with a number inside that a text has shown
// ("the Lost 52 Project"): the capitalised word and the number, so that a
// later "Lost 52 sailed" is the name again. Few texts have any.
type numberNames struct {
	seen map[[2]string]struct{}
}

// key is the name at the number token i: the word before it and the
// number as written.
func (nn *numberNames) key(ln *figLine, i int) ([2]string, bool) {
	if nn == nil || i < 1 || ln.toks[i-1].kind != tWord || !ln.toks[i-1].upper() {
		return [2]string{}, false
	}
	return [2]string{ln.str(i - 1), ln.str(i)}, true
}

func (nn *numberNames) add(ln *figLine, i int) {
	if k, ok := nn.key(ln, i); ok {
		if nn.seen == nil {
			nn.seen = map[[2]string]struct{}{}
		}
		nn.seen[k] = struct{}{}
	}
}

func (nn *numberNames) has(ln *figLine, i int) bool {
	if nn == nil || nn.seen == nil {
		return false
	}
	k, ok := nn.key(ln, i)
	_, seen := nn.seen[k]
	return ok && seen
}

// innerCapital reports whether a glued part after a number holds a
// capital past its first letter ("nCoV", "MAX"), as codes and names do.
func innerCapital(rest string) bool {
	for k := 1; k < len(rest); k++ {
		if isASCIIUpper(rest[k]) {
			return true
		}
	}
	return false
}

// threshold reports whether e is a threshold a definition or a rule
// states, not an amount the story reports: "incidents in which three or
// more people are shot", "outbreaks with R0 values under 1 end".
func (ln *figLine) threshold(e numExpr) bool {
	if e.kind != nkCount {
		return false
	}
	// "could've scored two goals", "would have killed 40": what did not happen
	for p := e.qFirst - 1; p >= 0 && p >= e.qFirst-4 && ln.toks[p].kind == tWord; p-- {
		switch w := ln.str(p); {
		case len(w) == 4 && ln.is(p, "have") || len(w) == 3 && ln.is(p, "had"):
			if modal(ln.str(p - 1)) {
				return true
			}
		case len(w) > 4 && strings.HasSuffix(w, "ve") && indexApostrophe(w) > 0:
			if modal(w[:indexApostrophe(w)]) {
				return true
			}
		}
	}
	// "two things", "three reasons": a speaker's enumeration
	if !e.approx && ln.toks[min(e.last+1, len(ln.toks)-1)].kind == tWord && abstractNouns[new(foldBuf).of(ln.str(e.last+1))] {
		return true
	}
	if e.hasMax {
		return false
	}
	// "four or more", "18 or older"
	if ln.is(e.last+1, "or") {
		switch new(foldBuf).of(ln.str(e.last + 2)) {
		case "more", "fewer", "less", "older", "younger", "over", "above":
		default:
			return false
		}
		// a definition: in a relative or conditional clause, or in the present
		for p := e.qFirst - 1; p >= 0 && p >= e.qFirst-6 && !ln.punct(p, ".!?;,"); p-- {
			switch new(foldBuf).of(ln.str(p)) {
			case "which", "where", "when", "whenever", "if", "defined", "involving", "with":
				return true
			}
		}
		for j := e.last + 3; j < len(ln.toks) && j <= e.last+6 && !ln.punct(j, ".!?;,"); j++ {
			if ln.is(j, "are") || ln.is(j, "is") {
				return true
			}
			if ln.cls(j, fcAux) {
				return false
			}
		}
		return false
	}
	// "values under 1", "rates above 5": a limit of a measured value
	p := e.qFirst - 1
	switch e.qual {
	case "under", "over", "above", "below":
		return quantityNouns[new(foldBuf).of(ln.str(p))]
	}
	return false
}

// modal reports whether w is a modal that, with "have", says what did not
// happen ("could", "would", "might", "should").
func modal(w string) bool {
	switch new(foldBuf).of(w) {
	case "could", "would", "might", "should":
		return true
	}
	return false
}

// quantityNouns are nouns whose number is a measured value, not a count
// of things ("values", "rate", "index").
var quantityNouns = lexicons.Named("figures.txt", "quantity-nouns")

// abstractNouns are the abstract things a speaker enumerates ("two
// things").
var abstractNouns = lexicons.Named("figures.txt", "abstract-nouns")

func yearLike(d string) bool {
	if len(d) != 4 {
		return false
	}
	v, err := strconv.Atoi(d)
	return err == nil && v >= 1800 && v <= 2100
}

// inQuotedModifier reports whether tokens i..j sit in a short quotation
// that is followed by a plain noun, as slogans and names are ("the 'one
// country, two systems' model"), unlike quoted speech followed by a verb
// ('"three terrorists" were killed').
func (ln *figLine) inQuotedModifier(i, j int) bool {
	const maxWords = 6
	open := -1
	for k := i - 1; k >= 0 && k >= i-maxWords; k-- {
		if ln.toks[k].kind != tPunct {
			continue // (asked of every number: a word is neither mark)
		}
		if ln.punct(k, "“\"‘") {
			open = k
			break
		}
		if ln.punct(k, "”.!?;") {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := j + 1; k < len(ln.toks) && k <= j+maxWords; k++ {
		if ln.punct(k, "“‘.!?;") || ln.unitFollows(k-1) {
			return false // "between 2 and 3 per cent" growth: an amount quoted
		}
		if ln.punct(k, "”\"’") {
			n := k + 1
			return n < len(ln.toks) && ln.toks[n].kind == tWord && !ln.toks[n].upper() &&
				!ln.cls(n, fcAux|fcCasualty|fcArrest|fcStop|fcRelative|fcStopNP|fcSkip)
		}
	}
	return false
}

// properWord reports whether the capitalised word at p reads as a name
// (Boeing, Flight, Apollo) rather than a function word that happens to
// open a sentence (In, Some, About, Yesterday).
func (ln *figLine) properWord(p int) bool {
	kw := ln.toks[p].kw()
	if kw == nil {
		return !commonCapitals[new(foldBuf).of(ln.str(p))]
	}
	return kw.cls&(fcIdent) != 0
}

// commonCapitals are words that open sentences before numbers without
// naming anything.
var commonCapitals = lexicons.Named("sets.txt", "common-capitals")

// unitFollows reports whether a percent sign or a unit word comes right
// after token j.
func (ln *figLine) unitFollows(j int) bool {
	if ln.str(j+1) == "%" || ln.is(j+1, "per") || ln.is(j+1, "percent") {
		return true
	}
	return ln.cls(j+1, fcMeasure|fcCurrency|fcDuration)
}

// measureAfter reports whether a unit of measure or a percent sign follows
// token j ("a 1500 km pipeline"), which a year would not take.
func (ln *figLine) measureAfter(j int) bool {
	return ln.str(j+1) == "%" || ln.cls(j+1, fcMeasure) || unitModifiers[new(foldBuf).of(ln.str(j+1))] && ln.cls(j+2, fcMeasure)
}

// pluralAfter reports whether a lower-case plural noun follows token j
// ("2000 homes"), which a year would not be followed by.
func (ln *figLine) pluralAfter(j int) bool {
	if p := ln.toks; j > 0 && p[j-1].kind == tWord && ln.cls(j-1, fcStopNP) && !ln.cls(j-1, fcAux) {
		return false // "by 2050 exceeded 10% of 2000 levels": after a preposition it is a year
	}
	k := j + 1
	if k >= len(ln.toks) || ln.toks[k].kind != tWord || ln.toks[k].upper() || ln.cls(k, fcStopNP|fcMonth|fcWeekday|fcRelative|fcStop) {
		return false
	}
	w := ln.str(k)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// countsPeopleAfter reports whether the words after token j say the number
// counts people or things ("2000 people", "1500 troops"), which a year
// would not.
func (ln *figLine) countsPeopleAfter(j int) bool {
	k := j + 1
	if k >= len(ln.toks) {
		return false
	}
	if ln.str(k) == "%" {
		return true
	}
	kw := ln.toks[k].kw()
	return kw != nil && kw.cls&(fcPlural|fcPersonnel|fcCasualtyNoun|fcRaid|fcCurrency|fcMeasure) != 0 && kw.cls&fcMonth == 0 ||
		ln.is(k, "per") && ln.is(k+1, "cent")
}

// afterControl reports whether token i is glued to a control character
// shown as a Control Picture (U+2400–U+2426), directly or through the
// bracket that opens an escape sequence's parameters.
func (ln *figLine) afterControl(i int) bool {
	k := i - 1
	if ln.adjacent(k, i) && ln.punct(k, "[]") {
		k--
		if !ln.adjacent(k, k+1) {
			return false
		}
	} else if !ln.adjacent(k, i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ln.str(k))
	return r >= 0x2400 && r <= 0x2426
}

// citation reports whether the number at tokens i..j is a volume, an
// issue or a page of a reference, or an identifier glued after its
// scheme and a colon.
func (ln *figLine) citation(i, j int) bool {
	n := len(ln.toks)
	// (most numbers have a word on both sides: one look each rules
	// them out)
	if (i == 0 || ln.toks[i-1].kind == tWord && ln.toks[i-1].end-ln.toks[i-1].start > 3) && (j+1 >= n || ln.toks[j+1].kind == tWord) {
		return false
	}
	if ln.is(i-1, "pp") || ln.is(i-1, "pp.") || ln.punct(i-1, ".") && (ln.is(i-2, "pp") || ln.is(i-2, "p")) {
		return true // pages
	}
	if ln.punct(i-1, ":") && i >= 2 {
		if ln.adjacent(i-2, i-1) && ln.adjacent(i-1, i) && ln.toks[i-2].kind == tWord {
			return true // "arXiv:1512.01655"
		}
		// "37 (1): 339–351", "9: 2579–2605": pages after a volume
		if (ln.punct(i-2, ")") || ln.toks[i-2].kind == tNum) && ln.punct(j+1, "-–") && j+2 < n && ln.toks[j+2].kind == tNum {
			return true
		}
	}
	// "37 (1): 339": a volume and its issue; "9: 2579–2605": a volume
	// and its pages
	if ln.punct(j+1, "(") && j+4 < n && ln.toks[j+2].kind == tNum && ln.punct(j+3, ")") && ln.punct(j+4, ":") ||
		ln.punct(j+1, ":") && j+4 < n && ln.toks[j+2].kind == tNum && ln.punct(j+3, "-–") && ln.toks[j+4].kind == tNum {
		return true
	}
	return ln.punct(i-1, "(") && ln.punct(j+1, ")") && ln.punct(j+2, ":") && i >= 2 && ln.toks[i-2].kind == tNum
}

// isAge reports whether the number is a person's age: "Salah Abdeslam, 26",
// "aged 67", "the 21-year-old", "34 years old", "Jane Roe (34)".
func (ln *figLine) isAge(c core) bool {
	i, j := c.first, c.last
	// (the keyword classes first: one look rules most numbers out)
	if ln.cls(i-1, fcAge) && (ln.is(i-1, "aged") || ln.is(i-1, "age") || ln.is(i-1, "ages")) || ln.cls(i-2, fcAge) && ln.is(i-2, "age") && ln.is(i-1, "of") {
		return true
	}
	if c.rest != "" && isAgeSuffix(new(foldBuf).of(c.rest)) {
		return true
	}
	// "an 11-month old baby", "her 11-month daughter"
	if r := c.rest; r != "" && (strings.EqualFold(r, "year") || strings.EqualFold(r, "month") || strings.EqualFold(r, "week") || strings.EqualFold(r, "day")) {
		if ln.is(j+1, "old") || childNouns[new(foldBuf).of(ln.str(j+1))] {
			return true
		}
	}
	if ln.cls(j+1, fcDuration) && (ln.is(j+1, "year") || ln.is(j+1, "years")) && (ln.is(j+2, "old") || ln.is(j+2, "olds") || ln.is(j+2, "of") && ln.is(j+3, "age")) {
		return true
	}
	// "10–19 year olds", "15- to 24-year-olds": an age range's first end
	// ("two women who were 22 and 24 years old": of two ages)
	if k := j + 1; ln.punct(k, "-–—") || ln.is(k, "to") || ln.is(k, "and") || ln.is(k, "or") {
		if k++; ln.is(k, "to") {
			k++
		}
		if k < len(ln.toks) && ln.toks[k].kind == tNum {
			w := new(foldBuf).of(ln.str(k))
			if strings.Contains(w, "-year-old") || (ln.is(k+1, "year") || ln.is(k+1, "years")) && (ln.is(k+2, "old") || ln.is(k+2, "olds")) {
				return true
			}
		}
	}
	if ln.str(j+1) == "-" && (ln.is(j+2, "year-old") || ln.is(j+2, "years-old")) {
		return true
	}
	// "a 45 year-old man", "the 30 years-old driver"
	if j+1 < len(ln.toks) && ln.toks[j+1].hyphen() && isAgeSuffix(new(foldBuf).of(ln.str(j+1))) {
		return true
	}
	if c.value != math.Trunc(c.value) || c.value < 1 || c.value > 120 || c.scaled {
		return false
	}
	// "aged 24, 31 and 45": every member of a list of ages, which ends
	// where the list does ("aged 5, 120 were vaccinated" is a count)
	if (ln.punct(i-1, ",") || ln.is(i-1, "and")) && (j+1 >= len(ln.toks) || ln.punct(j+1, ",;).") || ln.is(j+1, "and") || ln.is(j+1, "or")) {
		for p, members := i-1, 0; p >= 1 && members < 8; members++ {
			if !(ln.punct(p, ",") || ln.is(p, "and")) || ln.toks[p-1].kind != tNum {
				break
			}
			p -= 2
			if ln.is(p, "aged") || ln.is(p, "ages") {
				return true
			}
		}
	}
	// "children under 17", "people over 65": an age limit
	// ("children under five suspected of measles": a participle may
	// follow the limit, as it follows the noun)
	if k := ln.qualBeforeAge(i); k >= 0 && (j+1 >= len(ln.toks) || ln.toks[j+1].kind == tPunct || ln.cls(j+1, fcStopNP|fcRelative|fcStop) ||
		j+1 < len(ln.toks) && (ln.participleAt(j+1) || !ln.toks[j+1].upper() && strings.HasSuffix(ln.str(j+1), "ing"))) {
		return true
	}
	// "ranging in age from eleven to 75", "ages 18 to 24": a range of ages
	if ln.is(i-1, "from") && (ln.is(i-2, "age") || ln.is(i-2, "ages")) || ln.is(i-1, "ages") && (ln.is(j+1, "to") || ln.punct(j+1, "-–")) {
		return true
	}
	// "Jo Roe dies at 97", "died at 86 in his sleep": an age at death
	if ln.is(i-1, "at") && (ln.is(i-2, "died") || ln.is(i-2, "dies") || ln.is(i-2, "dead")) &&
		(j+1 >= len(ln.toks) || ln.toks[j+1].kind != tWord || !ln.cls(j+1, fcPlural|fcCasualtyNoun|fcPersonnel)) {
		return true
	}
	// "call 101", "dial 999": a telephone number
	if c.digits != "" && c.rest == "" && !strings.ContainsAny(c.digits, ",.") &&
		(ln.is(i-1, "dial") || ln.is(i-1, "dialling") || ln.is(i-1, "dialing") ||
			emergencyNumber(c.digits) && (ln.is(i-1, "call") || ln.is(i-1, "calling") || ln.is(i-1, "ring") || ln.is(i-1, "phone"))) {
		return true
	}
	// "when she was six", "until he turned 18"
	// (what follows first: a number with a noun after it is none)
	if (j+1 >= len(ln.toks) || ln.toks[j+1].kind == tPunct || ln.cls(j+1, fcStopNP|fcRelative|fcStop) || ln.is(j+1, "so")) &&
		(ln.cls(i-1, fcAux) && (ln.is(i-1, "was") || ln.is(i-1, "is")) || ln.is(i-1, "turned") || ln.is(i-1, "turns")) &&
		(ln.is(i-2, "he") || ln.is(i-2, "she") || ln.is(i-2, "i") || ln.is(i-2, "they") || ln.is(i-2, "we") || ln.is(i-2, "who")) {
		return true
	}
	// "The band's former lyricist was 78.": a copula after a subject a
	// noun for one person heads, the number ending the sentence
	if (j+1 >= len(ln.toks) || ln.punct(j+1, ".;")) && (ln.is(i-1, "was") || ln.is(i-1, "is")) && ln.personSubject(i-1) {
		return true
	}
	// after a person's name: "Jo Roe, 26, ...", "Jo Roe was 45 when she
	// died", but not "According to Jo Roe, six Mexican nationals were
	// killed" nor "Roe was 45 minutes late": the people finder's own
	// reading of an age after a name (ages.go) says which
	if ln.personAge(c) {
		return true
	}
	// A noun for one person, then the number set off by commas or in
	// brackets: "The suspect, 34, was arrested", "a woman (62)". An amount
	// there would need a noun of its own ("the suspect, 34 others").
	if i >= 2 && ln.cls(i-2, fcPerson) && (ln.punct(i-1, ",") && (j+1 >= len(ln.toks) || ln.punct(j+1, ",;)–—.")) ||
		ln.punct(i-1, "(") && ln.punct(j+1, ")")) {
		return true
	}
	// "The two suspects, 24 and 31, were": the ages of the people named
	if i >= 2 && ln.cls(i-2, fcPersons) && ln.punct(i-1, ",") && ln.is(j+1, "and") && j+2 < len(ln.toks) && ln.toks[j+2].kind == tNum &&
		(j+3 >= len(ln.toks) || ln.punct(j+3, ",;)–—.")) && c.digits != "" {
		return true
	}
	// Without a person mention: "Name Surname, 26 –", "Surname (34)".
	if i >= 2 && ln.punct(i-1, ",(") && ln.toks[i-2].kind == tWord && ln.toks[i-2].upper() && ln.toks[i-2].kw() == nil {
		if ln.punct(i-1, "(") {
			return ln.punct(j+1, ")")
		}
		if j+1 >= len(ln.toks) || ln.punct(j+1, ",–—-;)") || ln.is(j+1, "from") || ln.is(j+1, "of") {
			return !ln.sentenceStart(i - 2) // "Paris, 26" at a sentence start is a place
		}
	}
	return false
}

// personSubject reports whether the subject of the verb at token v, from
// the start of its sentence, names one person ("The former lyricist of
// the band", "Its oldest victim") and no amount ("The number of victims").
func (ln *figLine) personSubject(v int) bool {
	lo, _ := ln.sentenceBounds(v)
	person := false
	for p := lo; p < v; p++ {
		t := ln.toks[p]
		if t.kind == tNum || !t.upper() && ln.cls(p, fcPlural|fcPersons|fcCasualtyNoun|fcCurrency|fcMeasure|fcDuration) && !ln.cls(p, fcPerson) ||
			ln.is(p, "number") || ln.is(p, "total") || ln.is(p, "toll") || ln.is(p, "count") || ln.is(p, "tally") || ln.is(p, "figure") {
			return false
		}
		if t.kind == tWord && !t.upper() && (ln.cls(p, fcPerson) || agentNoun(ln.str(p))) {
			person = true
		}
	}
	return person
}

// ordinalWord reports the ordinals of one to nine, written in words.
func ordinalWord(w string) bool {
	switch new(foldBuf).of(w) {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth":
		return true
	}
	return false
}

// emergencyNumber reports the telephone numbers of emergency and police
// services, which "call" may take without saying they are numbers.
func emergencyNumber(d string) bool {
	switch d {
	case "101", "111", "112", "911", "999", "000", "311", "211":
		return true
	}
	return false
}

func isAgeSuffix(r string) bool {
	return strings.HasPrefix(r, "year-old") || strings.HasPrefix(r, "years-old") || strings.HasPrefix(r, "month-old") ||
		strings.HasPrefix(r, "week-old") || strings.HasPrefix(r, "day-old") || strings.HasPrefix(r, "yr-old") ||
		strings.HasPrefix(r, "year-olds")
}

// qualBeforeAge returns the token of "under", "over" or "above" before
// token i when a group of people precedes it, else -1.
func (ln *figLine) qualBeforeAge(i int) int {
	q := i - 1
	if !(ln.is(q, "under") || ln.is(q, "over") || ln.is(q, "above") || ln.is(q, "between")) || q < 1 {
		return -1
	}
	if ageGroups[new(foldBuf).of(ln.str(q-1))] {
		return q
	}
	return -1
}

// childNouns are the nouns for a child an age may come before without
// "old".
var childNouns = lexicons.Named("sets.txt", "child-nouns")

// ageGroups are the nouns an age limit follows ("children under 17").
var ageGroups = lexicons.Named("sets.txt", "age-groups")

// ageIndex holds where person mentions end: personAge asks the people
// finder whether an age is stated after one ("Salah Abdeslam, 26").
type ageIndex struct {
	ends []int // sorted
	at   int   // where the last search ended (search)
}

// search is sort.SearchInts(a.ends, x): the first end at or after x.
// The figure finder reads the text in order, so each search starts
// where the last ended and steps on a few ends; a binary search over
// all of them for every number was a few percent of a long text's
// figures, whose people have tens of thousands of mentions.
func (a *ageIndex) search(x int) int {
	k := a.at
	// back, or far ahead: a binary search
	if k > len(a.ends) || k > 0 && a.ends[k-1] >= x || k+8 < len(a.ends) && a.ends[k+8] < x {
		k = sort.SearchInts(a.ends, x)
	}
	for k < len(a.ends) && a.ends[k] < x {
		k++
	}
	a.at = k
	return k
}

// has reports whether a person mention ends at end.
func (a *ageIndex) has(end int) bool {
	k := a.search(end)
	return k < len(a.ends) && a.ends[k] == end
}

// reset makes a the index of people's mentions, reusing its array: the
// figure finder keeps one in its pooled scratch, so that an article's
// index costs no allocation.
func (a *ageIndex) reset(people []model.Person) {
	n := 0
	for _, p := range people {
		n += len(p.Mentions)
	}
	// sized once: grown by append it was a few allocations per article
	a.ends, a.at = slices.Grow(a.ends[:0], n), 0
	for _, p := range people {
		for _, m := range p.Mentions {
			a.ends = append(a.ends, m.End)
		}
	}
	slices.Sort(a.ends)
}

// personAge reports whether the number is the age the people finder
// reads after a person's mention a few words before it (ageAfter): the
// figure finder and the people finder read a stated age the same way.
func (ln *figLine) personAge(c core) bool {
	if ln.ages == nil || len(ln.ages.ends) == 0 || c.digits == "" && !c.words {
		return false
	}
	// one look first: most numbers have no mention end in the few words
	// before them (an apposition may stand between)
	lo := max(c.first-14, 0)
	ends := ln.ages.ends
	k := ln.ages.search(int(ln.toks[lo].start))
	n := k
	for n < len(ends) && ends[n] <= int(ln.toks[c.first].start) {
		n++
	}
	if n == k {
		return false
	}
	// the mention ends among the words before the number (one or two):
	// a word's end is looked for among them, not searched for in all
	near := ends[k:n]
	for m := c.first - 1; m >= lo; m-- {
		t := ln.toks[m]
		if t.kind != tWord || !slices.Contains(near, t.wordEnd(ln.text)) {
			continue
		}
		// ("Jo Roe and Ann Lee, aged 45 and 32": each name its own)
		if a, ok := ageAfter(ln.toks, ln.text, m); ok && float64(a) == c.value {
			return true
		}
	}
	return false
}
