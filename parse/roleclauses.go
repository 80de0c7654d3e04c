package parse

// Roles a clause or a list states, rather than a phrase beside the name
// (roles.go): a copula or an installing verb after the name ("Roe is the
// company's founder", "was sworn in as governor"), a relative clause
// ("who has been the manager"), a plural role apposed to a list of
// names or counted before a colon, a rank written as an honorific, the
// role "identified as" or "suspected to be" gives, the speech verb
// that stands next to a name, and the role a headline names the
// article's main person by.

import (
	"strings"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse/lexicons"
)

// roleCopula reads a role stated by a copula after the name ending at
// token last: "Ana Lutz is the company's founder", "Roe was a senior
// nurse there". It is read for each name with no other role
// (nameCand.copula), and the linker gives it only to people found on
// other evidence: a copula says as much of a company ("Acme is the
// market leader").
func roleCopula(toks []token, text string, last int) string {
	i := last + 1
	// "Roe, 51 years old, was an employee of the farm": past an age
	if i+2 < len(toks) && toks[i].word(text) == "," && toks[i+1].digit() {
		for k := i + 2; k < len(toks) && k <= i+5; k++ {
			if toks[k].word(text) == "," {
				i = k + 1
				break
			}
			if !toks[k].alnum() {
				break
			}
		}
	}
	if i+1 >= len(toks) || !toks[i].alnum() || !(toks[i].isWord(text, "is") || toks[i].isWord(text, "was") || toks[i].isWord(text, "became")) {
		return roleInstalled(toks, text, i)
	}
	if r := roleInstalled(toks, text, i); r != "" {
		return r
	}
	switch new(foldBuf).of(toks[i+1].word(text)) {
	case "a", "an", "the", "his", "her", "their":
	default:
		if !ownerAhead(toks, i+1) {
			return ""
		}
	}
	return roleWho(toks, text, i)
}

// copulaAhead reports, at one look, whether a copula or an age set off
// by commas follows the name ending at token last: only then is
// roleCopula asked (it is asked of nearly every name).
func copulaAhead(toks []token, text string, last int) bool {
	i := last + 1
	if i >= len(toks) {
		return false
	}
	if toks[i].kind == tPunct {
		return toks[i].word(text) == "," && i+1 < len(toks) && toks[i+1].digit()
	}
	switch new(foldBuf).of(toks[i].word(text)) {
	case "is", "was", "were", "became", "been", "has", "had":
		return true
	}
	return false
}

// roleInstalled reads an office given to the person named before token
// i: "was sworn in on Friday as Ohio's new governor", "has been appointed
// chief executive", "was elected mayor". The "as" may come after a time
// phrase, within the sentence.
func roleInstalled(toks []token, text string, i int) string {
	for i < len(toks) && toks[i].alnum() && (toks[i].isWord(text, "was") || toks[i].isWord(text, "is") || toks[i].isWord(text, "has") ||
		toks[i].isWord(text, "had") || toks[i].isWord(text, "been") || toks[i].isWord(text, "were")) {
		i++
	}
	if i >= len(toks) || !toks[i].alnum() {
		return ""
	}
	if !installingVerbs[new(foldBuf).of(toks[i].word(text))] {
		return ""
	}
	// "elected mayor", "named the club's captain", "promoted to head
	// coach": the office right after
	k := i + 1
	if k < len(toks) && toks[k].alnum() && toks[k].isWord(text, "to") {
		k++
	}
	if k < len(toks) && toks[k].alnum() && (toks[k].isWord(text, "the") || toks[k].isWord(text, "a")) {
		k++
	}
	if k < len(toks) && toks[k].alnum() && (isRoleWord(toks[k], text) || ownerAhead(toks, k)) {
		return rolePhrase(toks, text, k)
	}
	// "sworn in at 5 p.m. (2100 UTC) as governor": "as" later in the sentence
	for j := i + 1; j < len(toks) && j-i < 16 && toks[j].kind != tBreak && !(toks[j].sent() && toks[j].upper()); j++ {
		if !toks[j].isWord(text, "as") {
			continue
		}
		k := j + 1
		if k < len(toks) && toks[k].alnum() && (toks[k].isWord(text, "the") || toks[k].isWord(text, "a") || toks[k].isWord(text, "an")) {
			k++
		}
		if k < len(toks) && toks[k].alnum() && (isRoleWord(toks[k], text) || ownerAhead(toks, k) || !toks[k].capital()) {
			return rolePhrase(toks, text, k)
		}
		return ""
	}
	return ""
}

// installingVerbs give a person an office: "was sworn in as", "was
// appointed", "was elected".
var installingVerbs = lexicons.Named("sets.txt", "installing-verbs")

// roleWho reads a relative clause that gives a role, from token i after
// "who": "who is the party's treasurer", "who has been the Divisional
// Railway Manager", "who succeeded him as Foreign Secretary".
func roleWho(toks []token, text string, i int) string {
	for j := i; j < len(toks) && j-i < 6; j++ {
		t := toks[j]
		if !t.alnum() {
			return ""
		}
		switch new(foldBuf).of(t.word(text)) {
		case "is", "was", "been", "became", "becomes", "as":
			k := j + 1
			if k < len(toks) && toks[k].alnum() {
				switch new(foldBuf).of(toks[k].word(text)) {
				case "a", "an", "the", "his", "her", "its", "their":
					k++
				}
			}
			if k < len(toks) && toks[k].alnum() && (!toks[k].capital() || isRoleWord(toks[k], text) || ownerAhead(toks, k)) {
				return rolePhrase(toks, text, k)
			}
			if k < len(toks) && toks[k].alnum() && toks[k].capital() {
				return rolePhrase(toks, text, k)
			}
			return ""
		}
	}
	return ""
}

// bodyAt reports whether the capitalised words from token i name a news
// outlet or an organisation: one the lists know ("Reuters", "Red
// Cross"), or words that end in an institution's head ("ABC News",
// "Leeds City Council").
func bodyAt(toks []token, text string, i int) bool {
	n := 0
	for k := i; k < len(toks) && n < maxNameWords && toks[k].alnum() && toks[k].capital(); k++ {
		n++
	}
	if n == 0 {
		return false
	}
	if n > 1 && toks[i+n-1].is(cInst) && !toks[i+n-1].is(cGiven|cPart) {
		return true
	}
	lx := loadLexicon()
	key := tokensKey(toks, text, i, i+n-1)
	return lx.media.get(key) != 0 || n > 1 && lx.orgs.get(key) != 0
}

// listRoleBefore reads the plural role a list of names is apposed to:
// "NASA chose two astronauts, Doug Hale and Bob Lind" makes each an
// astronaut. It walks back from the name over the names and commas of
// the list before it to the comma after the plural.
func listRoleBefore(toks []token, text string, nameFirst int) string {
	// whether the name is in a list, read ahead only when a rule asks
	// (most names have a plain word before them and none does)
	list, known := false, false
	inList := func() bool {
		if !known {
			list, known = listAhead(toks, text, nameFirst), true
		}
		return list
	}
	for j, steps := nameFirst-1, 0; j >= 1 && steps < 16; j, steps = j-1, steps+1 {
		t := toks[j]
		if (t.word(text) == "," || t.isWord(text, "and")) && bodyAt(toks, text, j+1) {
			return "" // "Snopes writers, ABC News, and Politifact": a list of bodies
		}
		if t.word(text) == "," {
			// a plural is apposed to a list ("two astronauts, Doug Hale
			// and Bob Lind") or to one of it ("one of the suspects, Jo
			// Roe"); "Acting via his lawyers, Jo Roe pleaded" is neither
			if p := toks[j-1]; p.alnum() && (!p.capital() || titlePluralAt(toks, text, j-1)) && pluralRole(p.word(text)) && (inList() || oneOf(toks, text, j-1)) {
				w := p.word(text)
				return w[:len(w)-1]
			}
			// "impeached two Presidents in its history, Jo Roe and Al
			// Lind": a counted plural a phrase before the list
			if inList() {
				if role := countedRoleBefore(toks, text, j); role != "" {
					return role
				}
			}
			list, known = true, true
			continue
		}
		if t.isWord(text, "and") {
			list, known = true, true
		}
		if t.word(text) == ":" {
			return countedRoleBefore(toks, text, j)
		}
		// "for senior advisors Jo Roe and Al Lind", "rock musicians such
		// as Jo Roe and Al Lind", "several officials, including Jo Roe":
		// the plural right before the list
		p, such := j, false
		if t.isWord(text, "as") && j >= 2 && toks[j-1].isWord(text, "such") {
			p, such = j-2, true
		}
		if t.isWord(text, "including") && j >= 2 {
			p, such = j-1, true
			if toks[p].word(text) == "," {
				p--
			}
		}
		if toks[j+1].capital() && toks[p].alnum() && (!toks[p].capital() || toks[p].sent() || titlePluralAt(toks, text, p)) && pluralRole(toks[p].word(text)) && (such || inList()) {
			w := toks[p].word(text)
			if toks[p].sent() && !toks[p].is(cTitle) {
				return strings.ToLower(w[:len(w)-1]) // "Openers Jo Roe and Al Lind"
			}
			return w[:len(w)-1]
		}
		if !t.alnum() || !(t.capital() || t.isWord(text, "and")) {
			// "two Presidents, Jo Roe, in 1974, and Al Lind": past a
			// short aside after a name of the list
			if a := asideBefore(toks, text, j); a > 0 {
				j, list, known = a+1, true, true // (the loop steps onto the comma)
				continue
			}
			return ""
		}
	}
	return ""
}

// asideBefore returns the comma that opens a short aside of place or
// time after a name (", in 1974,", ", from Ohio,") when token j is inside
// it, or -1.
func asideBefore(toks []token, text string, j int) int {
	for k := j; k >= 1 && j-k < 4; k-- {
		if toks[k].kind == tPunct {
			if toks[k].word(text) != "," || k+1 > j || !toks[k-1].capital() {
				return -1
			}
			switch new(foldBuf).of(toks[k+1].word(text)) {
			case "in", "from", "of", "at", "on":
				return k
			}
			return -1
		}
	}
	return -1
}

// listAhead reports whether the name at nameFirst is followed by more of
// a list: "and" or a comma, then a capitalised word.
func listAhead(toks []token, text string, nameFirst int) bool {
	k := nameFirst
	for k < len(toks) && k-nameFirst < 6 && toks[k].alnum() && toks[k].capital() {
		k++
	}
	// past a short aside: "Jo Roe, in 1974, and Al Lind"
	if k+1 < len(toks) && toks[k].word(text) == "," && toks[k+1].alnum() && !toks[k+1].capital() {
		for e := k + 2; e < len(toks) && e <= k+5; e++ {
			if toks[e].kind == tPunct {
				if toks[e].word(text) == "," && asideBefore(toks, text, e-1) == k {
					k = e
					if k+1 < len(toks) && toks[k+1].isWord(text, "and") {
						k++ // ", in 1974, and Al Lind"
					}
				}
				break
			}
		}
	}
	return k+1 < len(toks) && (toks[k].isWord(text, "and") || toks[k].word(text) == ",") && toks[k+1].alnum() && toks[k+1].capital()
}

// titlePluralAt reports a title or role in the plural written with its capital
// inside a sentence ("two Presidents", "for Senior Advisors"), after a
// lower-case word or a capitalised modifier that is no name's: a count
// of people, not a name.
func titlePluralAt(toks []token, text string, k int) bool {
	if k < 1 || toks[k].sent() || !toks[k-1].alnum() {
		return false
	}
	if p := toks[k-1]; p.capital() && (p.is(cGiven) || p.is(cPart) && !p.is(cCommon) || p.sent() || k < 2 || toks[k-2].capital()) {
		return false
	}
	return pluralRole(toks[k].word(text))
}

// oneOf reports "one of the" (or "one of") before the plural at token p.
func oneOf(toks []token, text string, p int) bool {
	k := p - 1
	if k >= 0 && toks[k].isWord(text, "the") {
		k--
	}
	return k >= 1 && toks[k].isWord(text, "of") && toks[k-1].isWord(text, "one")
}

// countedRoleBefore reads the plural role a clause before the colon at
// token colon counts: "only two presidents have been impeached: Andrew
// Roe and Bill Lind" makes each a president. The role is a counted plural
// ("two", "both", "the") a few words back, in the same clause.
func countedRoleBefore(toks []token, text string, colon int) string {
	for k := colon - 1; k >= 1 && colon-k <= 9; k-- {
		t := toks[k]
		if !t.alnum() {
			return ""
		}
		// a place in the phrase between ("in the history of the United
		// States") is passed; a capitalised word that is no title plural
		// is passed only after "the" or "of"
		if t.capital() && !titlePluralAt(toks, text, k) {
			if !(toks[k-1].alnum() && (toks[k-1].capital() || toks[k-1].isWord(text, "the") || toks[k-1].isWord(text, "of"))) {
				return ""
			}
			continue
		}
		if pluralRole(t.word(text)) {
			p := toks[k-1]
			if p.alnum() && !p.capital() && !p.maybeNum() && k >= 2 && (toks[k-2].maybeNum() || toks[k-2].isWord(text, "both")) {
				p = toks[k-2] // "two different Presidents"
			}
			if p.alnum() && (p.maybeNum() || p.isWord(text, "both") || p.isWord(text, "the")) {
				w := t.word(text)
				return w[:len(w)-1]
			}
			return ""
		}
	}
	return ""
}

// spoken reports whether a speech verb stands next to the name
// (toks[first..last]): "Roe said", "Roe has said", "said Roe",
// "according to Roe".
func spoken(toks []token, text string, first, last int) bool {
	// "..., a security official, Jane Roe, said": an apposition between
	// commas, then the verb
	if i := last + 2; i < len(toks) && first > 0 && toks[i].alnum() && !toks[i].capital() && toks[i].is(cSpeech) &&
		toks[first-1].word(text) == "," && toks[last+1].word(text) == "," {
		return true
	}
	if i := last + 1; i < len(toks) && toks[i].alnum() {
		lw := new(foldBuf).of(toks[i].word(text))
		if toks[i].is(cSpeech) {
			return true
		}
		if (lw == "has" || lw == "had" || lw == "also" || lw == "then" || lw == "later" || lw == "was" || lw == "is") && i+1 < len(toks) && toks[i+1].is(cSpeech) {
			return true
		}
	}
	if j := first - 1; j >= 0 && toks[j].alnum() {
		lw := new(foldBuf).of(toks[j].word(text))
		// "..., said Roe." but not "said Azure remained strong": the
		// inverted speech verb has the name at the end of its clause
		if (lw == "said" || lw == "says" || lw == "added" || lw == "wrote" || lw == "asked") && clauseEnds(toks, text, last+1) {
			return true
		}
		// (not "according to Leeds' mayor, Jo Roe": the owner of the
		// role, not the source)
		if lw == "to" && j >= 1 && toks[j-1].isWord(text, "according") && !ownsNext(toks, text, last) {
			return true
		}
	}
	return false
}

// rankBefore returns the academic rank written as an honorific before
// the name at nameFirst ("Professor Greg Hale"), the role when nothing
// else gives one: unlike "Dr" or "Mr" it says what the person does.
func rankBefore(toks []token, text string, nameFirst int) string {
	j := nameFirst - 1
	if j < 0 || !toks[j].alnum() || !toks[j].capital() {
		return ""
	}
	switch w := toks[j].word(text); w {
	case "Professor", "Prof", "Prof.":
		return w
	}
	return ""
}

// spouseBefore reads a marriage said of a pronoun before the name at
// nameFirst: "She married Tom Hale in 1941", "He was married to Ann
// Ray", "she was married in turn to Al Lind, Tom Hale, and Bo Rusk" make
// them her husbands and his wife. A name as the subject leaves it
// unsaid: whose spouse, and which?
func spouseBefore(toks []token, text string, nameFirst int) string {
	j := nameFirst - 1
	// back over the list the name ends: names, commas and "and"
	for steps := 0; j >= 0 && steps < 16 && (toks[j].capital() || toks[j].word(text) == "," || toks[j].isWord(text, "and")); steps++ {
		j--
	}
	// (asked of nearly every name: one look at the word it reached)
	if j < 1 || toks[j].kind != tWord || text[toks[j].start] != 't' && text[toks[j].start] != 'm' {
		return ""
	}
	if j >= 0 && toks[j].isWord(text, "to") {
		j--
		if j >= 1 && toks[j].isWord(text, "turn") && toks[j-1].isWord(text, "in") {
			j -= 2
		}
	}
	if j < 1 || !toks[j].isWord(text, "married") {
		return ""
	}
	for j--; j >= 0 && toks[j].kind == tWord && (toks[j].isWord(text, "was") || toks[j].isWord(text, "had") || toks[j].isWord(text, "also") ||
		toks[j].isWord(text, "later") || toks[j].isWord(text, "then") || toks[j].isWord(text, "first") || toks[j].isWord(text, "once")); j-- {
	}
	switch {
	case j >= 0 && toks[j].isWord(text, "she"):
		return "husband"
	case j >= 0 && toks[j].isWord(text, "he"):
		return "wife"
	}
	return ""
}

// roleNamedAs reads the role of a name given by "identified as" or
// "named as": "The deceased seaman was identified as Jane Roe", "Police
// named the victim as Jane Roe" give "deceased seaman" and "victim".
func roleNamedAs(toks []token, text string, nameFirst int) string {
	j := nameFirst - 1
	if j >= 1 && toks[j].digit() {
		if _, ok := yearOld(toks[j].word(text)); ok {
			j-- // "identified the suspect as 21-year-old Jo Roe"
		}
	}
	// "by a prisoner, suspected to be 23-year-old Jo Roe": the role before
	// the comma
	if j >= 4 && isStop(toks[j], text, "be") && isStop(toks[j-1], text, "to") &&
		(toks[j-2].isWord(text, "suspected") || toks[j-2].isWord(text, "believed") || toks[j-2].isWord(text, "thought")) && toks[j-3].word(text) == "," {
		if end := j - 4; toks[end].alnum() && !toks[end].capital() && isRoleWord(toks[end], text) {
			for i := end - 1; i >= 0 && end-i < 4; i-- {
				switch new(foldBuf).of(toks[i].word(text)) {
				case "the", "a", "an", "one":
					return text[toks[i+1].start:toks[end].wordEnd(text)]
				}
				if !toks[i].alnum() || toks[i].capital() || toks[i].is(cStop) {
					return ""
				}
			}
		}
		return ""
	}
	if j < 2 || !isStop(toks[j], text, "as") {
		return ""
	}
	j--
	// "named locally as", "identified formally as": an adverb between
	if j >= 1 && toks[j].alnum() && !toks[j].capital() && strings.HasSuffix(toks[j].word(text), "ly") &&
		(toks[j-1].isWord(text, "identified") || toks[j-1].isWord(text, "named")) {
		j--
	}
	end := -1
	if toks[j].isWord(text, "identified") || toks[j].isWord(text, "named") {
		// "... seaman was identified as": the subject before the verb
		j--
		for j >= 0 && toks[j].alnum() && (toks[j].isWord(text, "was") || toks[j].isWord(text, "were") || toks[j].isWord(text, "been") || toks[j].isWord(text, "has") || toks[j].isWord(text, "is")) {
			j--
		}
		// "The victim, named locally as Tom Reed,": the subject before a comma
		if j >= 1 && toks[j].kind == tPunct && toks[j].word(text) == "," {
			j--
		}
		end = j
	} else if isRoleWord(toks[j], text) && !toks[j].capital() {
		end = j // "named the victim as"
	}
	if end < 1 || !toks[end].alnum() || toks[end].capital() || !isRoleWord(toks[end], text) {
		return ""
	}
	start := end
	for i := end - 1; i >= 0 && end-i < 4; i-- {
		t := toks[i]
		if !t.alnum() || t.capital() && !t.sent() {
			return ""
		}
		switch new(foldBuf).of(t.word(text)) {
		case "the", "a", "an", "one", "his", "her", "their":
			return text[toks[start].start:toks[end].wordEnd(text)]
		}
		if t.is(cStop) || t.digit() {
			return ""
		}
		start = i
	}
	return ""
}

// headlineRole gives the article's main person the role its headline
// names them by when the body gives none: "Driver in motorway crash
// pleads not guilty" ... "Ivan Petrov, 23, pleaded not guilty". The
// headline must name no one and open with the role ("United States
// doctor", "Greek prime minister"), a verb or preposition after it; the
// main person is the first the body names, mentioned no less than anyone.
func headlineRole(text string, toks []token, people []model.Person, hl lineSpan) {
	if len(people) == 0 || people[0].Role != "" || hl.hi == 0 {
		return
	}
	end := 0
	for end < len(toks) && toks[end].kind != tBreak {
		end++
	}
	if end == 0 || end == len(toks) {
		return
	}
	for i, p := range people {
		if len(p.Mentions) == 0 || p.Mentions[0].Start < int(toks[end-1].end) || i > 0 && len(p.Mentions) > len(people[0].Mentions) {
			return
		}
	}
	// the role phrase: capitalised words (places, demonyms), then role
	// words; "Police arrest doctor" opens with no role
	k := -1
	for i := 0; i < end && i < 4 && k < 0; i++ {
		t := toks[i]
		switch {
		case !t.alnum() || t.digit() || t.poss():
			return // "Brazilian soccer player's mother freed": not the player
		case isRoleWord(t, text):
			k = i
		case !t.capital():
			return
		}
	}
	for k >= 0 && k+1 < end && toks[k+1].kind == tWord && !toks[k+1].capital() && isRoleWord(toks[k+1], text) && !toks[k+1].poss() {
		k++ // "Greek prime minister"
	}
	if k < 0 || k+1 >= end || toks[k+1].kind != tWord || toks[k+1].capital() || toks[k+1].poss() {
		return
	}
	role := text[toks[0].start:toks[k].wordEnd(text)]
	// "Driver in ...": the capital is the headline's, not the role's
	if w := toks[0]; w.upper() && !w.acronym() && isRoleWord(w, text) && role[0] < utf8.RuneSelf {
		role = strings.ToLower(role[:1]) + role[1:]
	}
	people[0].Role = role
}
