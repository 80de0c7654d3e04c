package parse

import (
	"strings"

	"github.com/factpane/factpane/parse/lexicons"
)

// What the text says a person is: a title or role before the name
// ("Interior Minister Bernard Cazeneuve"), an apposition after it
// ("Jane Roe, the interior minister,") or before it ("The mayor of London,
// Sadiq Khan,"). Roles a clause or a list states ("Lutz is the company's
// founder", "two astronauts, Doug Hale and Bob Lind") are in
// roleclauses.go, ages in ages.go.

// roleBefore returns the title or role phrase written right before the name
// starting at token nameFirst, walking left over the role's words: titles,
// capitalised words ("Chelyabinsk regional Deputy Governor"), "of"
// ("Mayor of Koszalin", "US Secretary of State") and a parenthesis
// ("Labour MP (Member of Parliament)"). The phrase must end, next to the
// name, in a title or role noun.
func roleBefore(toks []token, text string, nameFirst int) string {
	j := nameFirst - 1
	// an honorific is not a role: "Dr Ali bin Tamim"; one in lower case
	// is the role noun it also is ("culture professor Jo Roe")
	// ("First Lady Jo Roe": an honorific after a capitalised adjectival
	// title is an office)
	for j >= 0 && toks[j].alnum() && toks[j].is(cHonorific) && (toks[j].capital() || !isRoleWord(toks[j], text)) && !adjectivalOffice(toks, j) {
		j--
	}
	end := j
	if end < 0 {
		return ""
	}
	// the word next to the name must be a role word (or close a parenthesis
	// that follows one)
	k := end
	if toks[k].kind == tPunct && toks[k].word(text) == ")" {
		k = openParen(toks, text, k)
		if k < 1 {
			return ""
		}
		k--
	}
	// "PM Modi", "DI Jones": a title written as two capitals
	acronymTitle := k >= 0 && toks[k].acronym() && acronymTitles[toks[k].word(text)]
	// "Member of parliament (MP) Jo Roe", "minister of health Jo Roe":
	// the role word before "of" and its complement
	ofRole := k >= 2 && toks[k].alnum() && !toks[k].capital() && toks[k].is(cOrgHead) && toks[k-1].isWord(text, "of") && isRoleWord(toks[k-2], text)
	// "Board Member Jo Roe", "Council Member": a role noun written as a
	// title after a body's head word (a trade alone, capitalised, is a
	// surname: "Baker")
	memberOf := k >= 1 && toks[k].alnum() && toks[k].capital() && toks[k].is(cRoleNoun) && toks[k-1].alnum() && toks[k-1].capital() && toks[k-1].is(cOrgHead)
	if k < 0 || !toks[k].alnum() || !isRoleWord(toks[k], text) && !titleOfPlace(toks, text, k) && !positionAt(toks, text, k) && !acronymTitle && !ofRole && !memberOf && !adjectivalOffice(toks, k) && !fellowAt(toks, text, k) && !rankGrade(toks, text, k) {
		return ""
	}
	if toks[k].isWord(text, "of") {
		return "" // "mayor of New Orleans", "wife of Valery Roe": the name completes the role
	}
	if k == nameFirst-1 && !isRoleWord(toks[k], text) && bodyRunsOn(toks, text, k, nameFirst) {
		return "" // "director of Precision Cybertechnologies": the body's name, not a person's
	}
	if !toks[k].capital() && toks[k].is(cAdjTitle) {
		return "" // "a major Andy Warhol exhibit"
	}
	// "his commanding officer Captain Jo Roe": a rank after a role in
	// lower case; the role says what the person does ("director General",
	// "sergeant Major" are one title)
	if toks[k].capital() && ranks[new(foldBuf).of(toks[k].word(text))] && !toks[k].isWord(text, "general") && !toks[k].isWord(text, "major") &&
		k > 0 && toks[k-1].alnum() && !toks[k-1].capital() && isRoleWord(toks[k-1], text) {
		return roleBefore(toks, text, k)
	}
	start := end
	lowerRun := 0
	for i := end; i >= 0 && end-i < 10; i-- {
		t := toks[i]
		if t.kind == tPunct {
			if t.word(text) == ")" {
				o := openParen(toks, text, i)
				if o < 0 {
					break
				}
				start = o
				i = o
				continue
			}
			break
		}
		if !t.alnum() || t.digit() {
			break
		}
		// the word is read as written: lower-casing a capitalised one
		// would copy it, and only "of", "the" and the qualifiers are
		// compared
		lw := t.word(text)
		if lowerASCIIEqual(lw, "of") {
			// only inside a title: "Minister of Information", "Organisation
			// of Islamic Cooperation (OIC) head"; not "Polaroids of actor",
			// nor "fiancée of journalist Jo Roe", whose role is the one
			// after "of"
			// nor "the grandson of Congressman Jo Roe": a relative's
			// noun says whose kin the subject is, not what Jo Roe is
			if i == 0 || !toks[i-1].alnum() || !(isRoleWord(toks[i-1], text) || toks[i-1].capital() && i+1 <= end && toks[i+1].capital()) ||
				i+1 <= end && !toks[i+1].capital() && isRoleWord(toks[i+1], text) || kinNouns[new(foldBuf).of(toks[i-1].word(text))] {
				break
			}
			start = i
			continue
		}
		if lowerASCIIEqual(lw, "the") && i > 0 && toks[i-1].isWord(text, "of") && i < end && toks[i+1].capital() {
			continue // "Minister of the Interior"
		}
		if (lowerASCIIEqual(lw, "to") || lowerASCIIEqual(lw, "from")) && envoyTo(toks, text, i) {
			start = i // "Ambassador to Germany", "Senator from Vermont"
			continue
		}
		// "Secretary for Health", "Secretary of the Navy for Research": a
		// capitalised remit after "for", the title before it
		// (not "a spokesperson for President Jo Roe": a title after "for"
		// is the person's own)
		if lowerASCIIEqual(lw, "for") && i > 0 && i < end && toks[i+1].capital() && !isRoleWord(toks[i+1], text) && toks[i-1].alnum() &&
			(isRoleWord(toks[i-1], text) || titleOfPlace(toks, text, i-1)) {
			start = i
			continue
		}
		// the qualifiers are words of six letters or more, in lower case
		// or opening a sentence
		if len(lw) >= 6 && (!t.capital() || t.sent()) && roleQualifiers[new(foldBuf).of(t.word(text))] {
			if i > 0 && toks[i-1].alnum() && toks[i-1].capital() && !isRoleWord(toks[i-1], text) {
				break // "Police detained activist Jo Roe": a verb after its subject
			}
			start = i // "the alleged gunman", "suspected ringleader"
			if t.sent() {
				break
			}
			continue
		}
		// ("United States President": "States" is no speech verb there)
		// ("AS Opposition Leader Jo Roe said": a sentence's first word in
		// capitals, as papers set it, is a word all the same)
		if t.is(cStop|cSpeech) && (!t.acronym() || t.sent() && cappedOpener(lw)) && !(t.capital() && i > 0 && toks[i-1].isWord(text, "united")) {
			break
		}
		// "On Monday Chancellor Jo Roe", "Yesterday Governor Ann Lee",
		// "Last night President Jo Roe": a time opens the clause
		if t.is(cTime|cAdverb) || i > 0 && !t.capital() && timeAgo(toks, text, i) {
			if i == end {
				return "" // "Mayor of Aviation October Tom": the time is no title
			}
			break
		}
		if !t.capital() {
			// "to witness city mayor Jo Roe": a verb, though a role noun
			// too; "to save Rep. Jo Roe": an infinitive before a title
			if i < end && i > 0 && toks[i-1].isWord(text, "to") && (objectVerbs[lw] || toks[i+1].capital() && !isRoleWord(t, text)) {
				break
			}
			if !isRoleWord(t, text) {
				if strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") || len(lw) < 3 || objectVerbs[lw] {
					break
				}
				// "Wikinews interviews climate scientist Jo Roe": a verb
				// after its subject ends the role
				// ("the flexibility he provides head coach Jo Roe": after a
				// pronoun, likewise)
				if strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && i > 0 && toks[i-1].alnum() &&
					(toks[i-1].capital() && !isRoleWord(toks[i-1], text) || subjectPronoun(toks[i-1].word(text))) {
					break
				}
				// "who advises Attorney-General Jo Roe": the relative
				// clause's verb
				if i > 0 && (toks[i-1].isWord(text, "who") || toks[i-1].isWord(text, "which") || toks[i-1].isWord(text, "that")) {
					break
				}
				lowerRun++
				if lowerRun > 3 {
					break
				}
			}
		} else {
			// "Meet Cultural Cultivation Artist Jo Roe": a headline's verb
			if t.sent() && objectVerbs[new(foldBuf).of(lw)] {
				break
			}
			lowerRun = 0
		}
		start = i
		if t.sent() {
			break
		}
	}
	for start < end && toks[start].alnum() && toks[start].isWord(text, "of") {
		start++
	}
	start = roleListBefore(toks, text, start)
	return text[toks[start].start:toks[end].wordEnd(text)]
}

// cappedOpener reports the words a paper sets in capitals to open an
// article ("AS Opposition Leader Jo Roe said"), which are no acronyms
// ("US Ambassador", "IT manager" are).
func cappedOpener(w string) bool {
	switch new(foldBuf).of(w) {
	case "as", "at", "in", "on", "by", "for", "with", "the", "after", "when", "while", "but", "and", "since":
		return true
	}
	return false
}

// timeAgo reports whether the word at i is the noun of a time reckoned
// from now: "last night", "this week", "next month".
func timeAgo(toks []token, text string, i int) bool {
	p := toks[i-1]
	if !p.isWord(text, "last") && !p.isWord(text, "this") && !p.isWord(text, "next") {
		return false
	}
	switch lw := new(foldBuf).of(toks[i].word(text)); lw {
	case "night", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "summer", "winter", "spring", "autumn":
		return true
	}
	return false
}

// roleListBefore extends a role that starts at token start back over a
// list of roles joined to it: "heiress, designer, and author Gloria
// Roe", "actor and singer Jo Roe". Each item is a role word with at most
// two capitalised words or qualifiers before it ("U.S.", "former").
func roleListBefore(toks []token, text string, start int) int {
	return roleListFrom(toks, text, start, true)
}

// roleListFrom is roleListBefore; last says the item at start is the
// list's last, which "and" joins (a list of commas alone is a chain of
// appositions: "the candidate, veteran politician Jo Roe").
func roleListFrom(toks []token, text string, start int, last bool) int {
	j := start - 1
	and := j >= 1 && toks[j].isWord(text, "and")
	if and {
		j--
	}
	if j >= 0 && toks[j].word(text) == "," && (!last || and) {
		j--
	}
	if j == start-1 || last && !and || j < 0 || !toks[j].alnum() || !isRoleWord(toks[j], text) {
		return start
	}
	first := j
	for k := j - 1; k >= 0 && j-k <= 2 && toks[k].alnum() && !toks[k].is(cStop|cHonorific) && !toks[k].digit() &&
		(toks[k].capital() || roleQualifiers[new(foldBuf).of(toks[k].word(text))] || plainAdjective(toks, text, k, j)); k-- {
		if !toks[k].capital() && k > 0 && toks[k-1].alnum() && toks[k-1].capital() && !isRoleWord(toks[k-1], text) && !toks[k-1].is(cDemonym) {
			break // "Police detained activist and author Jo Roe": a verb after its subject
		}
		first = k
		if toks[k].sent() {
			break
		}
	}
	if first > 0 && toks[first-1].word(text) == "," {
		return roleListFrom(toks, text, first, false)
	}
	return first
}

// rankGrade reports "Class" at k closing a rank's grade: "Sergeant
// First Class", "Petty Officer Second Class".
func rankGrade(toks []token, text string, k int) bool {
	return k >= 2 && toks[k].isWord(text, "class") && ordinalWord(toks[k-1].word(text)) && toks[k-2].is(cTitle)
}

// fellowAt reports "fellow" at k as a post a field names, "research
// fellow Jo Roe", "predoctoral fellow": not "his fellow Democrat", "our
// fellow citizens", where it is an adjective.
func fellowAt(toks []token, text string, k int) bool {
	if k < 1 || toks[k].capital() || !toks[k].isWord(text, "fellow") {
		return false
	}
	p := toks[k-1]
	return p.kind == tWord && !p.capital() && !p.is(cStop) && !isDeterminerWord(p.word(text)) && !pronounWord(new(foldBuf).of(p.word(text)))
}

// plainAdjective reports a lower-case word at k, one of at most two
// before the role noun at j, that can only modify that noun: no ending
// of a verb or adverb, and before the words a preposition, an article,
// a mark or a capitalised word ("with postdoctoral researcher and author
// Jo Roe", "Japanese female professional wrestler and star Jo Roe"; not
// "Police detained activist and author Jo Roe").
func plainAdjective(toks []token, text string, k, j int) bool {
	for i := k; i < j; i++ {
		t := toks[i]
		if t.capital() || t.kind != tWord || t.end-t.start < 4 || t.is(cStop) {
			return false
		}
		w := t.word(text)
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "s") || objectVerbs[w] {
			return false
		}
	}
	if k == 0 || j-k > 2 {
		return false
	}
	p := toks[k-1]
	return p.kind == tPunct || p.alnum() && (p.capital() || p.is(cStop)) || p.kind == tWord && plainAdjective(toks, text, k-1, j)
}

func openParen(toks []token, text string, close int) int {
	for i := close - 1; i >= 0 && close-i < 12; i-- {
		switch toks[i].kind {
		case tBreak:
			return -1
		case tPunct:
			if toks[i].word(text) == "(" {
				return i
			}
		}
	}
	return -1
}

// isRoleWord reports whether t is a title or role noun, or the acronym of
// one ("MP", "CEO").
func isRoleWord(t token, text string) bool {
	if t.acronym() {
		switch new(foldBuf).of(t.word(text)) {
		case "mp", "mep", "ceo", "mla", "cfo", "coo":
			return true
		}
		return false
	}
	// a trade written with a capital mid-sentence is a surname ("Baker",
	// "Miller"); titles are written so
	if t.is(cTitle|cRole) || t.is(cRoleNoun) && (!t.capital() || t.sent()) || !t.is(cPart|cGiven) && agentNoun(t.word(text)) {
		return true
	}
	return !t.capital() && t.hyphen() && hyphenedRole(t.word(text))
}

// hyphenedRole: a role noun with "ex-", "then-" or "co-" before it or
// "-in-law" after it, "ex-wife", "son-in-law", "ex-mayor",
// "then-governor", "co-author".
func hyphenedRole(w string) bool {
	if len(w) < 6 || strings.IndexByte(w, '-') < 0 {
		return false
	}
	head, ok := strings.CutPrefix(w, "ex-")
	if !ok {
		head, ok = strings.CutPrefix(w, "then-")
	}
	if !ok {
		head, ok = strings.CutPrefix(w, "co-")
	}
	if !ok {
		head, ok = strings.CutSuffix(w, "-in-law")
	}
	return ok && loadLexicon().classOf(head)&(cTitle|cRole|cRoleNoun) != 0
}

// agentNoun: a noun for a person by its suffix, "-ologist", "-ician",
// "-iatrist", "-ographer", "-ist" ("ophthalmologist", "statistician",
// "cinematographer", "novelist"), not "playlist", "wrist", "persist". Only
// the suffix is read, so a capital first letter does not matter.
func agentNoun(w string) bool {
	if len(w) < 7 {
		return false
	}
	switch w[len(w)-1] {
	case 't', 'n', 'r': // -ist, -ician, -ographer
	default:
		return false
	}
	switch {
	case !isASCIILetters(w):
		return false
	case strings.HasSuffix(w, "ologist"), strings.HasSuffix(w, "ician"), strings.HasSuffix(w, "iatrist"), strings.HasSuffix(w, "ographer"):
		return true
	case strings.HasSuffix(w, "ist"):
		for _, s := range [...]string{"list", "sist", "xist", "wist", "oist", "wrist", "eist"} { // "eist": zeitgeist
			if strings.HasSuffix(w, s) && !strings.HasSuffix(w, "ssist") { // "bassist", not "persist"
				return false
			}
		}
		return true
	}
	return false
}

// roleAfter reads an apposition after the name ending at token last:
// ", a fire service spokesman,", ", the Defence Secretary;",
// " — former Foreign Secretary,", ", spokesperson for the provincial
// governor,", ", who has been the Divisional Railway Manager" or the body
// a person is of (", of the Maidan Wardak provincial council,", " of
// Milltech Marine"). It skips an age (", 26,").
func roleAfter(toks []token, text string, last int) string {
	i := last + 1
	if i < len(toks) && toks[i].alnum() && toks[i].isWord(text, "of") {
		// a body with no head word only after a full name ("Doug Miller
		// of Milltech Marine", not "Better Idea of Afghan Girls")
		p := toks[max(last-1, 0)]
		full := last > 0 && p.alnum() && p.capital() && (p.is(cGiven|cPart) || !p.is(cCommon))
		return ofRole(toks, text, i+1, full)
	}
	return apposition(toks, text, last, true)
}

// apposition reads the apposition of roleAfter after token last; of is
// whether it may be "of" a body (ofRole reads one apposition after the
// body, not a chain of them).
func apposition(toks []token, text string, last int, of bool) string {
	i := last + 1
	if i >= len(toks) || !apposes(toks[i].word(text)) {
		return ""
	}
	i++
	if i < len(toks) && toks[i].digit() && i+1 < len(toks) && toks[i+1].word(text) == "," {
		i += 2 // an age
	}
	if i >= len(toks) || !toks[i].alnum() {
		return ""
	}
	lw := new(foldBuf).of(toks[i].word(text))
	switch lw {
	case "who":
		return roleWho(toks, text, i+1)
	case "formerly", "then":
		// ", formerly a deputy administrator at FEMA,", ", then the
		// deputy director of the port,": a former role, said as the role
		// is said ("formerly known as" is an alias)
		if i+2 < len(toks) && (toks[i+1].isWord(text, "a") || toks[i+1].isWord(text, "an") || toks[i+1].isWord(text, "the")) {
			if r := rolePhrase(toks, text, i+2); r != "" {
				return "former " + r
			}
		}
		return ""
	case "one":
		// ", one of the maintainers of the project,": one of a role's
		// holders holds the role
		if i+3 < len(toks) && toks[i+1].isWord(text, "of") && (toks[i+2].isWord(text, "the") || toks[i+2].isWord(text, "its") || toks[i+2].isWord(text, "their")) {
			k := i + 3
			held := false
			for j := k; j < len(toks) && j < k+3 && toks[j].alnum() && !held; j++ {
				held = pluralRole(toks[j].word(text))
			}
			return singularRole(rolePhraseHeld(toks, text, k, held))
		}
		i++ // ", one activist,"
	case "which", "whose", "whom", "where", "when", "and", "but", "or", "as", "said", "says",
		"known", "also", "nicknamed", "dubbed", "called", "aka", "alias", "born", "aged":
		return "" // not a role: a clause, an alias, a birth
	case "of":
		if !of {
			return ""
		}
		return ofRole(toks, text, i+1, false)
	case "a", "an", "the", "his", "her", "its", "their":
		// "Lorenz, his secretary, his programmer and his students": the
		// same possessive again after the phrase makes a list of people
		// beside the name, not an apposition
		if lw != "a" && lw != "an" && lw != "the" && repeatedDeterminer(toks, text, i) {
			return ""
		}
		i++
		// ", a self-described anarchist,": what one calls oneself is
		// the role the text gives, whatever its noun
		// (the phrase is read after the adjective, which a role read in
		// full would end at as a verb in -ed)
		if i+1 < len(toks) && selfNamed(toks[i].word(text)) {
			if r := rolePhraseHeld(toks, text, i+1, true); r != "" {
				return text[toks[i].start : int(toks[i+1].start)+len(r)]
			}
			return ""
		}
	default:
		if !toks[i].capital() && toks[i].is(cStop) {
			return "" // ", with illustrator Jo Roe": a preposition opens no apposition
		}
		if ownerAhead(toks, i) {
			break // ", JPMorgan's chief executive,", ", Saudi Arabia's crown prince,"
		}
		// ", Pope Francis, and ...": a list of titled names, not an apposition
		if toks[i].capital() && i+1 < len(toks) && toks[i+1].alnum() && toks[i+1].capital() && !isRoleWord(toks[i+1], text) {
			return ""
		}
		// without a determiner the apposition starts with the role:
		// ", spokesperson for the provincial governor,", " — former
		// Foreign Secretary,", or a place or body before a role in lower
		// case (", US sport columnist from ESPN,")
		if toks[i].capital() && !isRoleWord(toks[i], text) &&
			!(i+2 < len(toks) && toks[i+1].alnum() && !toks[i+1].capital() && (isRoleWord(toks[i+1], text) || isRoleWord(toks[i+2], text) && toks[i+2].alnum() && !toks[i+2].capital())) {
			return ""
		}
		// ", coders in general,", ", blooms of marine algae,": a plural
		// head says what many are, no role of the one named
		if pluralHead(toks, text, i) {
			return ""
		}
	}
	return rolePhrase(toks, text, i)
}

// selfNamed reports the adjectives of a name one gives oneself:
// "self-described", "self-proclaimed", "self-styled".
func selfNamed(w string) bool {
	switch new(foldBuf).of(w) {
	case "self-described", "self-proclaimed", "self-styled", "self-declared", "self-identified":
		return true
	}
	return false
}

// repeatedDeterminer reports whether the possessive at i comes again
// right after the next comma, within a few words: ", his secretary, his
// programmer".
func repeatedDeterminer(toks []token, text string, i int) bool {
	w := toks[i].word(text)
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].kind == tPunct {
			return toks[k].word(text) == "," && k+1 < len(toks) && toks[k+1].word(text) == w
		}
	}
	return false
}

// pluralHead reports whether the word at i, in lower case, is a noun in
// the plural that heads its phrase: a function word or a mark follows it
// ("coders in general"), not the noun it modifies ("sales director").
func pluralHead(toks []token, text string, i int) bool {
	t := toks[i]
	if t.capital() || t.kind != tWord || i+1 >= len(toks) || !(toks[i+1].kind == tPunct || toks[i+1].is(cStop)) {
		return false
	}
	w := t.word(text)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// endsRole are words that end a role phrase once it has its role word.
var endsRole = map[string]bool{"all": true, "his": true, "her": true, "their": true, "its": true, "this": true,
	"that": true, "these": true, "those": true, "some": true, "any": true, "every": true, "each": true, "since": true,
	"until": true, "after": true, "before": true, "during": true, "when": true, "while": true}

// apposes: the marks that open an apposition after a name, a comma or a
// dash.
func apposes(w string) bool { return w == "," || w == "—" || w == "–" }

// ofBefore reports whether "of" stands among the tokens from start to
// before end.
func ofBefore(toks []token, text string, start, end int) bool {
	for i := start; i < end; i++ {
		if toks[i].alnum() && toks[i].isWord(text, "of") {
			return true
		}
	}
	return false
}

// singularRole makes the plural role noun of "one of the maintainers of
// the project" singular: "maintainer of the project".
func singularRole(r string) string {
	end := strings.Index(r, " of ")
	if end < 0 {
		end = len(r)
	}
	head := r[:end]
	if sp := strings.LastIndexByte(head, ' '); sp >= 0 {
		head = head[sp+1:]
	}
	if !strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss") {
		return r // "one of the chairmen" stays as written
	}
	return r[:end-1] + r[end:]
}

// rolePhrase reads the role phrase starting at token i: up to the
// clause's verb or its punctuation, with a role word among its first six
// words; or "".
func rolePhrase(toks []token, text string, i int) string {
	return rolePhraseHeld(toks, text, i, false)
}

// rolePhraseHeld is rolePhrase; held says the phrase is a role whatever
// its words (a plural role noun the caller has read).
func rolePhraseHeld(toks []token, text string, i int, held bool) string {
	start := i
	end := -1
	hasRole := held
	seenOf := false
	limited := false // the phrase reached its length bound, not its end
	for j := i; j < len(toks); j++ {
		if j-start >= 10 {
			limited = toks[j].alnum()
			break
		}
		t := toks[j]
		if !t.alnum() {
			// "(Member of Parliament)" explains a role; after one, a
			// bracket starts an aside ("Manager (DRM) for ...")
			if t.kind == tPunct && (t.word(text) == "(" || t.word(text) == ")") && !hasRole {
				continue
			}
			break
		}
		if t.digit() && !strings.Contains(t.word(text), "-") {
			break
		}
		lw := new(foldBuf).of(t.word(text))
		// "both co-chairman of the committee and head of the department"
		if j == start && lw == "both" && !held {
			start++
			continue
		}
		// a past verb opens no role ("United States judge" opens with a
		// name); after an article or possessive the word in -ed is an
		// adjective: "a retired nurse", "a self-described anarchist"
		if j == start && (t.is(cSpeech) || strings.HasSuffix(lw, "ed") && !t.capital() && !(start > 0 && isDeterminerWord(toks[start-1].word(text)))) {
			return ""
		}
		// the apposition ends where the clause's verb starts, or a
		// determiner after the role ("a member of the church all his
		// life"), or an infinitive ("candidate for the election to be held")
		// "mayor of Leeds in May", "head of the unit since 2019": a time
		// phrase says when, not what the role is
		if hasRole && (lw == "in" || lw == "on" || lw == "since" || lw == "until") && j+1 < len(toks) && (toks[j+1].is(cTime) || toks[j+1].digit()) {
			break
		}
		// "chief of staff for two years": a span says how long, likewise
		// ("for several years", "for many years": a vague span too)
		if hasRole && lw == "for" && j+2 < len(toks) && (toks[j+1].digit() || toks[j+1].kw() != nil && (toks[j+1].kw().isNum || toks[j+1].kw().cls&fcNumLead != 0)) && toks[j+2].kw() != nil && toks[j+2].kw().cls&fcDuration != 0 {
			break
		}
		// "elected mayor last year": a deictic time phrase, likewise
		if hasRole && (lw == "last" || lw == "next" || lw == "this") && j+1 < len(toks) && (toks[j+1].is(cTime) || toks[j+1].isWord(text, "season") || toks[j+1].kw() != nil && toks[j+1].kw().cls&fcDuration != 0) {
			break
		}
		// ("vice president of electrical engineering and planning": a noun
		// in -ing after "of", which takes no object as a verb would)
		gerund := strings.HasSuffix(lw, "ing") && seenOf && !(j+1 < len(toks) && toks[j+1].alnum() && objectStart(toks[j+1], text))
		if lw == "and" && seenOf && remitAfterAnd(toks, text, j) {
			end = j
			continue
		}
		if lw == "and" && seenOf && toks[j-1].capital() {
			if m := namesAfterAnd(toks, text, j); m > 0 {
				end = m // "director of the Harbour Authority of Ohio and New Mexico"
				break
			}
		}
		if !t.capital() && (t.is(cClause|cSpeech) || hasRole && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") && !gerund || endsRole[lw] ||
			lw == "to" && j+1 < len(toks) && (toks[j+1].isWord(text, "be") || toks[j+1].isWord(text, "have")))) {
			break
		}
		if j-start < 6 && isRoleWord(t, text) {
			hasRole = true
		}
		if hasRole && lw == "of" {
			seenOf = true
		}
		// ", her son Pablo, 8,": a role word, then a name, is the title of
		// the next person in a list, not an apposition
		// (unless an "of" made the name the role's complement: "fiancée
		// of journalist Jamal Roe")
		if hasRole && t.capital() && !isRoleWord(t, text) && j > start && isRoleWord(toks[j-1], text) && !toks[j-1].capital() &&
			(t.is(cGiven|cPart) || !t.is(cCommon)) && !ofBefore(toks, text, start, j-1) {
			return ""
		}
		end = j
	}
	if limited && hasRole && end == start+9 {
		end = boundedEnd(toks, text, start, end)
	}
	// the phrase ends in a word, not a preposition ("for Mysore
	// Division for")
	for end > start && toks[end].is(cStop) && !toks[end].capital() {
		end--
	}
	if !hasRole || end < start {
		return ""
	}
	return strings.TrimSpace(text[toks[start].start:toks[end].wordEnd(text)])
}

// boundedEnd ends a role phrase that reached its length bound at end
// where its words do: a name it was reading runs to its last capitalised
// word ("director at the Committee for a Responsible Federal Budget"),
// and a phrase still going on in lower case loses its last prepositional
// phrase rather than end inside it ("chairman of the Council of Economic
// Advisers", not "... in the Carter").
func boundedEnd(toks []token, text string, start, end int) int {
	k := end + 1
	if toks[end].capital() && toks[k].isWord(text, "and") {
		if m := namesAfterAnd(toks, text, k); m > 0 {
			return m // "the Port Authority of New York and New Jersey"
		}
	}
	if toks[k].capital() {
		for k < len(toks) && k-end <= 6 && toks[k].alnum() {
			switch {
			case toks[k].capital():
				end = k
			case !(toks[k].is(cStop) && k+1 < len(toks) && toks[k+1].capital()):
				return end
			}
			k++
		}
		return end
	}
	// ("and" may join a second field to the remit: "vice president of
	// engineering and planning"; a second role is cut off rather than
	// left without its complement: "co-chairman of the committee and
	// head")
	for j := end; j > start+1; j-- {
		if t := toks[j]; !t.capital() && t.is(cStop) && !t.isWord(text, "of") && !t.isWord(text, "the") && !t.isWord(text, "a") && (!t.isWord(text, "and") || j < end && isRoleWord(toks[j+1], text)) {
			return j - 1
		}
	}
	return end
}

// adjectivalOffice reports whether the honorific at token j makes an
// office with the capitalised adjectival title before it: "First Lady".
func adjectivalOffice(toks []token, j int) bool {
	return j > 0 && toks[j].capital() && toks[j].is(cHonorific) && toks[j-1].capital() && toks[j-1].is(cAdjTitle) && toks[j-1].alnum()
}

// remitAfterAnd reports whether the "and" at j joins a second field to a
// role's remit ("director of operations and planning, said"): one
// lower-case word that no verb reading fits, then the phrase's end.
func remitAfterAnd(toks []token, text string, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	w, after := toks[j+1], toks[j+2]
	if !w.alnum() || w.capital() || w.digit() || w.is(cClause|cSpeech|cStop) {
		return false
	}
	lw := new(foldBuf).of(w.word(text))
	if strings.HasSuffix(lw, "ed") || endsRole[lw] {
		return false
	}
	if after.kind == tPunct {
		return after.word(text) != "'" && after.word(text) != "’"
	}
	switch new(foldBuf).of(after.word(text)) {
	case "at", "for", "in", "of", "with":
		return true
	}
	return false
}

// namesAfterAnd returns the last word of a place or body that the "and"
// at j joins to the capitalised complement of a role ("of New York and
// New Jersey,"), or 0: up to three capitalised words that no given name
// opens and no role word is among, then the phrase's end.
func namesAfterAnd(toks []token, text string, j int) int {
	if j+1 >= len(toks) || !toks[j+1].alnum() || !toks[j+1].capital() || toks[j+1].is(cGiven) {
		return 0
	}
	for m := j + 1; m < len(toks) && m <= j+3; m++ {
		t := toks[m]
		if !t.alnum() || !t.capital() || isRoleWord(t, text) {
			return 0
		}
		if m+1 == len(toks) || !toks[m+1].alnum() {
			return m
		}
	}
	return 0
}

// objectStart reports the words that open a verb's object: "running the
// unit", "representing him".
func objectStart(t token, text string) bool {
	switch new(foldBuf).of(t.word(text)) {
	case "the", "a", "an", "his", "her", "its", "their", "him", "them", "it", "us", "me", "our", "this", "that", "these", "those":
		return true
	}
	return false
}

// ofRole reads what a person is "of", after the "of" at token i-1: the
// body ("of the Helmand provincial council", "of Milltech Marine" when
// headless, a body with no head word, may be read), or an apposition
// after it when one follows with a role (" of University College London,
// a shipping researcher,").
func ofRole(toks []token, text string, i int, headless bool) string {
	body, end := ofPhrase(toks, text, i, headless)
	if body == "" {
		return ""
	}
	if r := apposition(toks, text, end, false); r != "" {
		return r
	}
	return body
}

// ofPhrase reads "(the) army's Western Mindanao Command", "the Maidan
// Wardak provincial council" or "Rogaland Fire and Rescue" after "of":
// up to the clause's next verb or punctuation, ending in an organisation
// or, when headless, a name that is no place's ("of Hong Kong Island",
// "of Leeds" say where from; "Polaroids of actor Dennis Hopper" are
// things). It returns the body and its last token.
func ofPhrase(toks []token, text string, i int, headless bool) (string, int) {
	// "of respectively the Civic Party": an adverb is no part of the body
	if i < len(toks) && toks[i].alnum() && !toks[i].capital() && strings.HasSuffix(toks[i].word(text), "ly") {
		i++
	}
	if i < len(toks) && toks[i].alnum() && toks[i].isWord(text, "the") {
		i++
	}
	start, end := i, -1
	capRun := -1 // the last token of the capitalised run the body starts with
	for j := i; j < len(toks) && j-start < 8; j++ {
		t := toks[j]
		if !t.alnum() || t.digit() {
			break
		}
		// "The Globe and Mail", "Fire and Rescue": "and" inside a name
		joins := j > start && toks[j-1].capital() && j+1 < len(toks) && toks[j+1].capital() && t.isWord(text, "and")
		if !t.capital() && t.is(cStop|cClause|cSpeech) && !joins {
			break
		}
		if t.capital() && capRun == j-1 || joins && capRun == j-1 {
			capRun = j
		} else if j == start && t.capital() {
			capRun = j
		}
		if t.is(cOrgHead) {
			end = j
		}
	}
	if end < start {
		// no head word: a capitalised name that is no place, standing
		// alone ("of Milltech Marine, a firm", "of Scripps Research said")
		if !headless || capRun < start || !toks[capRun].capital() || !clauseEnds(toks, text, capRun+1) && !(capRun+1 < len(toks) && toks[capRun+1].is(cSpeech)) {
			return "", -1
		}
		body := joinWords(toks, text, start, capRun)
		lx := loadLexicon()
		if start == capRun && toks[start].is(cCommon) && !toks[start].is(cPart) || lx.isPlace(body) || start == capRun && toks[start].is(cRegion) || lx.regions.get(nameKey(body)) != 0 || lx.isPlace(toks[capRun].word(text)) || toks[start].acronym() && start == capRun {
			return "", -1
		}
		return text[toks[start].start:toks[capRun].wordEnd(text)], capRun
	}
	// a capitalised name goes on after its head word ("The Globe and Mail")
	for end > start && toks[end].capital() && end+1 < len(toks) && toks[end+1].alnum() && toks[end+1].capital() && end+1-start < 8 {
		end++
	}
	return text[toks[start].start:toks[end].wordEnd(text)], end
}

// roleApposedBefore reads "The mayor of London, Sadiq Khan" and "One
// activist, Nur Khan Liton": a role phrase opened by a determiner (or the
// sentence) and closed by the comma before the name.
func roleApposedBefore(toks []token, text string, nameFirst int) string {
	j := nameFirst - 1
	for j >= 0 && toks[j].alnum() && toks[j].is(cHonorific) {
		j--
	}
	if j >= 1 && toks[j].digit() {
		if _, ok := yearOld(toks[j].word(text)); ok {
			j-- // "The victim, 63-year-old Maria Roe"
		}
	}
	if j < 1 || toks[j].word(text) != "," {
		return ""
	}
	end := j - 1
	hasRole := false
	start := -1
	for i := end; i >= 0 && end-i < 9; i-- {
		t := toks[i]
		// "Elm Falls' first selectman, Jo Roe": a plural's possessive mark
		if i < end && i > 0 && t.kind == tPunct && (t.word(text) == "'" || t.word(text) == "’") && toks[i-1].capital() {
			continue
		}
		if !t.alnum() || t.digit() {
			return ""
		}
		lw := new(foldBuf).of(t.word(text))
		if lw == "the" && i > 1 && toks[i-1].isWord(text, "of") && isRoleWord(toks[i-2], text) {
			continue // "The Prime Minister of the United Kingdom,"; not "In the words of the prosecutor,"
		}
		if lw == "the" || lw == "a" || lw == "an" || lw == "one" || lw == "its" || lw == "his" || lw == "her" || lw == "their" {
			start = i + 1
			break
		}
		// "of" in a role ("The mayor of London"), "and" between two
		// ("geostrategy expert and former security official")
		if t.is(cStop) && lw != "of" && !(lw == "and" && hasRole) {
			if hasRole && i < end && toks[i+1].capital() && ownerAt(toks, text, i+1, end) {
				start = i + 1 // "according to Elm Falls' first selectman,"
				break
			}
			return ""
		}
		if isRoleWord(t, text) {
			hasRole = true
		}
		if t.sent() {
			start = i
			break
		}
	}
	if start < 0 || start > end || !hasRole {
		return ""
	}
	// The phrase ends in its role word ("The United Nations envoy") or in
	// the role's complement ("The mayor of London", "the general manager
	// of Abu Dhabi Media"). Capitalised words after a role word without
	// "of" are a name, not a role ("Sen. Ted Cruz, R-Texas").
	seenRole, of := false, false
	for i := start; i <= end; i++ {
		t := toks[i]
		switch lw := new(foldBuf).of(t.word(text)); {
		case lw == "of" || lw == "for" || lw == "at":
			of = true
		case lw == "and":
			seenRole, of = false, false // a second role: "expert and former Israeli official"
		case isRoleWord(t, text):
			seenRole = true
		case t.capital() && seenRole && !of && !t.is(cDemonym) && !ownerAt(toks, text, i, end):
			return ""
		}
	}
	return text[toks[start].start:toks[end].wordEnd(text)]
}

// ownerAt reports whether the capitalised word at i is in a name that
// ends in a possessive before end: "Chancellor Angela Merkel's
// spokesperson" names whose spokesperson, it is no second name.
func ownerAt(toks []token, text string, i, end int) bool {
	for j := i; j < end && j-i < 4; j++ {
		if toks[j].poss() || ownsNext(toks, text, j) {
			return true
		}
		if !toks[j].alnum() || !toks[j].capital() {
			return false
		}
	}
	return false
}

// ownsNext reports whether the name ending at token last is a possessive
// before a word in lower case: "Roe's lawyer", "Elm Falls' mayor".
func ownsNext(toks []token, text string, last int) bool {
	k := last + 1
	if !toks[last].poss() {
		if k >= len(toks) || toks[k].kind != tPunct || (toks[k].word(text) != "'" && toks[k].word(text) != "’") {
			return false
		}
		k++
	}
	return k < len(toks) && toks[k].alnum() && !toks[k].capital()
}

// titleOfPlace reports whether capitalised words ending at k complete a
// title with "of" or "for": "Secretary of State", "Minister of
// Information", "Minister for Europe". The
// word at k is one of them: in "director of the Red Cross" the name
// completes the role and is no person's.
func titleOfPlace(toks []token, text string, k int) bool {
	if k < 0 || !toks[k].capital() {
		return false
	}
	for i := k; i >= 0 && k-i < 4; i-- {
		t := toks[i]
		if !t.alnum() {
			return false
		}
		if t.isWord(text, "of") {
			return i > 0 && toks[i-1].alnum() && isRoleWord(toks[i-1], text)
		}
		// "Secretary for Health", "Secretary of the Navy for Research": a
		// title's remit after "for"
		if t.isWord(text, "for") {
			return i > 0 && toks[i-1].alnum() && (isRoleWord(toks[i-1], text) || titleOfPlace(toks, text, i-1))
		}
		if t.isWord(text, "to") || t.isWord(text, "from") {
			return envoyTo(toks, text, i)
		}
		if !t.capital() && !(t.isWord(text, "the") && i > 0 && toks[i-1].isWord(text, "of")) {
			return false // "Minister of the Interior"
		}
	}
	return false
}

// bodyRunsOn reports whether the capitalised complement of a role noun
// in lower case, ending at token k, runs on into the lone word at
// nameFirst: "the director of Precision Cybertechnologies", "editor of
// Iowa Starting Line", "president of the Quinault Indian Nation" name a
// body, whose last word is no person. A title written with capitals
// ("Secretary of State Blinken") or a full name after the body ("director
// of Human Rights Watch Kenneth Roth") still names one.
func bodyRunsOn(toks []token, text string, k, nameFirst int) bool {
	if n := nameFirst + 1; n < len(toks) && toks[n].alnum() && toks[n].capital() {
		return false
	}
	for i := k; i > 0 && k-i < 4; i-- {
		t := toks[i]
		if t.isWord(text, "of") || t.isWord(text, "for") {
			return toks[i-1].alnum() && !toks[i-1].capital()
		}
		if !t.alnum() || !t.capital() && !t.isWord(text, "the") {
			return false
		}
	}
	return false
}

// envoyTo reports whether the "to" or "from" at token i joins a title to
// the place or office it serves: "Ambassador to Germany", "Special Envoy
// to Syria", "Senator from Vermont", "the ambassador to China".
func envoyTo(toks []token, text string, i int) bool {
	if i < 1 || i+1 >= len(toks) || !toks[i+1].capital() {
		return false
	}
	p := toks[i-1]
	// in lower case only a title serves a place ("ambassador to China",
	// not "contributor to Slate")
	return p.alnum() && (p.capital() && isRoleWord(p, text) || !p.capital() && p.is(cTitle)) && !p.sent()
}

// clauseEnds reports whether token i ends a clause: punctuation, a line
// break or the end of the text.
func clauseEnds(toks []token, text string, i int) bool {
	if i >= len(toks) || toks[i].kind == tBreak {
		return true
	}
	if toks[i].kind != tPunct {
		return false
	}
	switch toks[i].word(text) {
	case ".", ",", ";", ":", "!", "?", "”", "\"", ")", "–", "—":
		return true
	}
	return false
}

// ownerAhead reports whether capitalised words from i end, within four
// words, in a possessive: the owner of a role ("the Supreme Court's chief
// justice", "Saudi Arabia's crown prince").
func ownerAhead(toks []token, i int) bool {
	for j := i; j < len(toks) && j-i < 4; j++ {
		t := toks[j]
		if !t.alnum() || !t.capital() {
			return false
		}
		if t.poss() {
			return true
		}
	}
	return false
}

// ranks are the military and police ranks written before a name.
var ranks = lexicons.Named("sets.txt", "ranks")

// isRank reports whether a role is a rank alone ("Col.", "Captain").
func isRank(role string) bool { return ranks[new(foldBuf).of(role)] }

// roleQualifiers qualify a role and belong to it although they read as
// verbs: "the alleged gunman", "suspected ringleader", "acting president".
var roleQualifiers = lexicons.Named("sets.txt", "role-qualifiers")

// positionAt: toks[k-1:k+1] is a team position of two words in lower
// case ("half back", "point guard").
func positionAt(toks []token, text string, k int) bool {
	if k < 1 || toks[k].capital() || toks[k-1].capital() || toks[k-1].kind != tWord {
		return false
	}
	firsts := positionHeads[toks[k].word(text)]
	if firsts == nil {
		return false
	}
	return firsts[toks[k-1].word(text)]
}

// positionHeads maps the last word of each two-word position to its first
// words ("back" -> "half", "full", ...).
var positionHeads = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for p := range lexicons.Named("sets.txt", "positions") {
		first, last, _ := strings.Cut(p, " ")
		if m[last] == nil {
			m[last] = map[string]bool{}
		}
		m[last][first] = true
	}
	return m
}()

// objectVerbs are verbs that take a person as object and so end a role
// read leftwards: "sent Secretary of State Jo Roe".
var objectVerbs = lexicons.Named("sets.txt", "object-verbs")
