package parse

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
)

// Attachment: what a person carries besides the name — mentions in lines
// written in capitals, an age stated of a role, and the output record.

// linkCaps finds the people named in the body in the lines written in
// capitals ("MAYOR JACKSON WINS SECOND TERM"), where no name is read: a
// full name, or a surname only one person has.
func (lk *linker) linkCaps() {
	if len(lk.art.caps) == 0 || len(lk.people) == 0 {
		return
	}
	byFirst := map[uint64][]*personAcc{}
	bySurname := map[uint64][]*personAcc{}
	for _, p := range lk.people {
		if len(p.words) >= 2 {
			byFirst[p.words[0]] = append(byFirst[p.words[0]], p)
		}
		w := p.words[len(p.words)-1]
		bySurname[w] = append(bySurname[w], p)
	}
	toks, text := lk.art.toks, lk.text
	for _, line := range lk.art.caps {
		for i := line.first; i <= line.last; i++ {
			if toks[i].kind != tWord {
				continue
			}
			key := foldKey(toks[i].word(text))
			matched := false
			for _, p := range byFirst[key] {
				n := len(p.words)
				if i+n-1 > line.last {
					continue
				}
				ok := true
				for k := 1; k < n && ok; k++ {
					ok = toks[i+k].kind == tWord && foldKey(toks[i+k].word(text)) == p.words[k]
				}
				if ok {
					lk.capsMention(p, i, i+n-1)
					i += n - 1
					matched = true
					break
				}
			}
			if !matched && len(bySurname[key]) == 1 && !toks[i].is(cStop) {
				lk.capsMention(bySurname[key][0], i, i)
			}
		}
	}
}

// agesByRole gives an age the text states of a role, not a name, to the
// one person with that role: "Toronto serial killer Bruce McArthur ... The
// 67-year-old killer had kept a bracelet".
func (lk *linker) agesByRole() {
	var byRole map[string]*personAcc
	var ends []mentionEnd // every mention's end, sorted, made for the first anaphoric age
	toks, text := lk.art.toks, lk.text
	for _, i := range lk.art.ages {
		n, ok := yearOld(toks[i].word(text))
		if !ok || int(i)+1 >= len(toks) {
			continue
		}
		// the noun after it, in lower case, then no name: "the
		// 21-year-old student Jane Roe" is hers (ageBefore)
		next := toks[i+1]
		// "Police arrested Tom Cole. The 45-year-old was charged": no
		// noun, a verb after it, and one person named just before
		// ("The 16-year-old Swede is": a nationality between)
		v := next
		if next.kind == tWord && next.capital() && next.is(cDemonym|cGroup) && int(i)+2 < len(toks) {
			v = toks[i+2]
		}
		if i > 0 && toks[i-1].isWord(text, "the") && v.kind == tWord && !v.capital() &&
			(v.isWord(text, "was") || v.isWord(text, "is") || v.isWord(text, "has") || v.isWord(text, "had") || v.isWord(text, "will") || v.is(cSpeech)) {
			if ends == nil {
				ends = lk.mentionEnds()
			}
			if p := onlyPersonBefore(ends, int(toks[i].start)); p != nil && p.age == 0 {
				p.age = int32(n)
			}
			continue
		}
		// "A 25-year-old man was arrested. Police named him as Jo
		// Roe": the one named as someone next
		if i > 0 && toks[i-1].isWord(text, "a") && next.kind == tWord && !next.capital() && (int(i)+2 >= len(toks) || !toks[i+2].capital()) &&
			namedAsAhead(text, int(toks[i].start)) {
			if ends == nil {
				ends = lk.mentionEnds()
			}
			if p := namedAsAfter(toks, text, lk.sc.mentions, ends, int(toks[i].start)); p != nil && p.age == 0 {
				p.age = int32(n)
				continue
			}
		}
		// "the 89-year-old retired general": past a modifier to the noun
		if r := int(i) + 2; r+1 < len(toks) && next.kind == tWord && !next.capital() && !isRoleWord(next, text) &&
			toks[r].kind == tWord && !toks[r].capital() && isRoleWord(toks[r], text) && !toks[r+1].capital() {
			next = toks[r]
		}
		if next.kind != tWord || next.capital() || !isRoleWord(next, text) || int(i)+2 < len(toks) && toks[i+2].capital() {
			continue
		}
		if byRole == nil {
			byRole = lk.roleHeads()
		}
		p, known := byRole[next.word(text)]
		if !known && i > 0 && toks[i-1].isWord(text, "the") {
			// "Gen. Roe's home ... The 89-year-old retired general": no
			// one's role says so, but only Roe is named just before
			if ends == nil {
				ends = lk.mentionEnds()
			}
			p = onlyPersonBefore(ends, int(toks[i].start))
		}
		if p != nil && p.age == 0 {
			p.age = int32(n)
		}
	}
}

// mentionEnd is where a mention of a person ends.
type mentionEnd struct {
	end int
	p   *personAcc
}

// mentionEnds returns the ends of every person's mentions, in text order.
func (lk *linker) mentionEnds() []mentionEnd {
	n := 0
	for _, p := range lk.people {
		n += int(p.mentions.n)
	}
	ends := make([]mentionEnd, 0, n)
	recs := lk.sc.mentions
	for _, p := range lk.people {
		for i, k := int32(0), p.mentions.head; i < p.mentions.n; i, k = i+1, recs[k].next {
			ends = append(ends, mentionEnd{int(recs[k].end), p})
		}
	}
	slices.SortFunc(ends, func(a, b mentionEnd) int { return cmp.Compare(a.end, b.end) })
	return ends
}

// onlyPersonBefore returns the person with the last mention before byte
// at, when no other person is mentioned in the few sentences before it
// (maxAnaphorBytes), or nil. ends is mentionEnds: the search is a binary
// one, so a long text with many people stays linear.
func onlyPersonBefore(ends []mentionEnd, at int) *personAcc {
	const maxAnaphorBytes = 300
	var found *personAcc
	k := sort.Search(len(ends), func(k int) bool { return ends[k].end > at })
	for k--; k >= 0 && ends[k].end >= at-maxAnaphorBytes; k-- {
		if found != nil && found != ends[k].p {
			return nil // two people: whose age is it?
		}
		found = ends[k].p
	}
	return found
}

// namedAsAhead reports whether "named" or "identified" comes in the few
// sentences after byte at: only then are the mentions sorted for
// namedAsAfter.
func namedAsAhead(text string, at int) bool {
	w := text[at:min(len(text), at+300)]
	return strings.Contains(w, "named") || strings.Contains(w, "identified")
}

// namedAsAfter returns the person whose mention next after byte at is
// the one an unnamed person is "named as" or "identified as" ("Police
// named him on Sunday as Jo Roe"), within a few sentences and with no
// other person mentioned between, or nil.
func namedAsAfter(toks []token, text string, recs []mentionRec, ends []mentionEnd, at int) *personAcc {
	const maxAnaphorBytes = 300
	k := sort.Search(len(ends), func(k int) bool { return ends[k].end > at })
	if k == len(ends) || ends[k].end > at+maxAnaphorBytes {
		return nil
	}
	p := ends[k].p
	var start int
	for i, m := int32(0), p.mentions.head; i < p.mentions.n; i, m = i+1, recs[m].next {
		if int(recs[m].end) == ends[k].end {
			start = int(recs[m].start)
		}
	}
	j := tokenBefore(toks, start)
	// "as Leeds resident and British national Jo Roe": past the role
	for s := 0; j >= 0 && s < 6 && toks[j].kind == tWord && !toks[j].isWord(text, "as"); s++ {
		j--
	}
	if j < 0 || !toks[j].isWord(text, "as") {
		return nil
	}
	for s := j - 1; s >= 0 && j-s <= 6 && toks[s].kind == tWord; s-- {
		if toks[s].isWord(text, "named") || toks[s].isWord(text, "identified") {
			return p
		}
	}
	return nil
}

// roleHeads maps the head noun of each person's role (its last word, or
// the last before "of") to the person, when only one person's role has it.
func (lk *linker) roleHeads() map[string]*personAcc {
	m := map[string]*personAcc{}
	for _, p := range lk.people {
		if p.role == "" {
			continue
		}
		head := strings.ToLower(roleHead(p.role))
		if q, ok := m[head]; ok && q != p {
			m[head] = nil // two people: neither
			continue
		}
		m[head] = p
	}
	return m
}

// roleHead is the head noun of a role: its last word, or the last
// before "of" ("mayor of Leeds" is a mayor).
func roleHead(role string) string {
	if of := strings.Index(role, " of "); of > 0 {
		role = role[:of]
	}
	return role[strings.LastIndexByte(role, ' ')+1:]
}

// betterRole reports whether a mention's role (role, from) replaces the
// role a person has so far (had, hadFrom), which the first mention with
// one gives: a list's role gives way to one the person is given alone
// ("artists such as Jo Roe" … "folk musician Jo Roe"), and a headline's
// to the body's fuller spelling of the same role ("US President" …
// "United States President", not "Texas student" … "student"; a
// different role in the body, "former Foreign
// Secretary" after a headline's "Conservative leader", is not the
// story's).
func betterRole(had string, hadFrom roleSource, role string, from roleSource) bool {
	switch {
	case had == "":
		return true
	case role == "" || from != roleOwn:
		return false
	case hadFrom == roleListed:
		return true
	case hadFrom == roleHeadline:
		return len(role) > len(had) && strings.EqualFold(roleHead(had), roleHead(role))
	}
	return false
}

func (lk *linker) capsMention(p *personAcc, first, last int) {
	toks := lk.art.toks
	lk.sc.addMention(&p.mentions, int(toks[first].start), toks[last].wordEnd(lk.text))
}

// personAcc collects one person while linking.
type personAcc struct {
	words []uint64 // folded words of the fullest name
	// shape of the fullest name (nameCand)
	surnameFirst bool
	particleAt   uint8
	display      string
	role         string
	roleFrom     roleSource
	age          int32
	mentions     mentionList  // in linkScratch.mentions
	copula       string       // a role its first mention with one is given by a copula ("Roe is the founder")
	copulaAt     int          // where that mention starts
	hasFull      bool         // a full name (linker.full), whose mentions before linkShorts are full-name ones
	firstFull    int          // where its first full-name mention starts, when hasFull
	sets         []membership // the mention sets the person has joined and notes its mentions on
	lastAt       int          // the start of its last mention swept
	aliases      int          // the aliases it was given
	indexed      bool         // a full name kept after merging, indexed by its words
	ev           evidence     // the evidence of all its mentions
}

// add makes c a mention of p; its record goes to sc.
func (p *personAcc) add(sc *linkScratch, text string, c nameCand) {
	sc.addMention(&p.mentions, c.start, c.end)
	if c.copula != "" && (p.copula == "" || c.start < p.copulaAt) {
		p.copula, p.copulaAt = c.copula, c.start
	}
	if len(c.words) > len(p.words) {
		p.words, p.display = c.words, text[c.start:c.end]
		p.surnameFirst, p.particleAt = c.surnameFirst, c.particleAt
	}
	if betterRole(p.role, p.roleFrom, c.role, c.roleFrom) {
		p.role, p.roleFrom = c.role, c.roleFrom
	}
	if p.age == 0 {
		p.age = c.age
	}
	p.ev |= c.ev
}

// firmNamed reports whether the text uses the word a person is known by
// alone as a firm's name somewhere ("the Boeing company"): a notable's
// surname alone is then the firm's. Only people known by one word and
// nothing else are asked, and the text is searched, not re-read.
func (lk *linker) firmNamed(name string) bool {
	toks, text := lk.art.toks, lk.text
	for at := 0; ; {
		i := strings.Index(text[at:], name)
		if i < 0 {
			return false
		}
		at += i + len(name)
		k := tokenBefore(toks, at)
		if k >= 0 && int(toks[k].end) == at && companyNounAfter(toks, text, k) {
			return true
		}
	}
}

// tokenBefore returns the last token that starts before byte offset at,
// or -1: the token a span ending at at ends in.
func tokenBefore(toks []token, at int) int {
	return sort.Search(len(toks), func(k int) bool { return int(toks[k].start) >= at }) - 1
}

// mentionTokens are the first and last tokens of mention m.
func mentionTokens(toks []token, m mentionRec) (first, last int) {
	return tokenBefore(toks, int(m.start)+1), tokenBefore(toks, int(m.end))
}

// fullerSpelling reports whether the mention now writes the same name
// more fully than the display chosen so far: with its accents (a
// headline's "Jaroslaw Kaczynski", the body's "Jarosław Kaczyński") or
// with a regnal number ("Queen Elizabeth II").
func fullerSpelling(display, now string) bool {
	if len(now) <= len(display) {
		return false // (most mentions: the same spelling, or a surname)
	}
	if len(now) > len(display)+1 && now[len(display)] == ' ' && strings.HasPrefix(now, display) {
		return romanNumeral(now[len(display)+1:])
	}
	return utf8.RuneCountInString(now) == utf8.RuneCountInString(display) && isASCII(display) && !isASCII(now)
}

// romanNumeral reports a regnal number from II to XX.
func romanNumeral(w string) bool {
	switch w {
	case "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX":
		return true
	}
	return false
}

// output gives the people in order of their first mention. Their
// mentions share one array, made here for this call: the people reach the
// caller, so nothing of them is pooled, but one allocation serves all
// (each person's slice is capped, so an append to one leaves the next).
// everydayGivenOnly reports whether p is a name of one word, never
// written in full, that is an everyday word as well as a given name
// ("Apple", "Summer"), or is written with its capital only where a
// sentence starts ("La", "Pero" of a Spanish text), and has nothing of
// a person's but being repeated: no title, role, age, speech, pronoun
// or act.
func (lk *linker) everydayGivenOnly(p *personAcc) bool {
	if len(p.words) != 1 || p.hasFull || p.ev&^(evBody|evGiven) != 0 || p.mentions.n == 0 {
		return false
	}
	toks := lk.art.toks
	i, _ := mentionTokens(toks, lk.sc.mentions[p.mentions.head])
	if i < 0 {
		return false
	}
	everyday, initial := toks[i].is(cCommon), true
	// a pronoun after any mention makes the name a person's ("Gloria's
	// eczema worsened; she was taken to hospital")
	for k := p.mentions.head; k >= 0; {
		m := lk.sc.mentions[k]
		first, last := mentionTokens(toks, m)
		if pronounAfter(toks, lk.text, last) {
			return false
		}
		initial = initial && first >= 0 && toks[first].sent()
		if k == p.mentions.tail {
			break
		}
		k = m.next
	}
	return everyday || initial
}

func (lk *linker) output() []model.Person {
	kept := lk.sc.kept[:0]
	total, aged := 0, 0
	for _, p := range lk.people {
		if !p.ev.isPerson() {
			continue // a name and nothing that says it is a person's
		}
		if lk.art.has(seqKey(p.words), factThing|factPlace) && p.ev&(evTitle|evRole|evAge) == 0 {
			continue // "the cargo ship Namse Bangdzod ... Namse Bangdzod was last seen"
		}
		if len(p.words) == 1 && p.ev&(evTitle|evRole|evAge|evSpeech|evNamed|evPronoun|evGiven) == 0 && lk.firmNamed(p.display) {
			continue // "The Boeing airframe company ... a contract with Boeing"
		}
		if lk.everydayGivenOnly(p) {
			continue // "Apple shipped ... Apple has partnered": a given name that is an everyday word, repeated and nothing more
		}
		kept = append(kept, p)
		total += int(p.mentions.n)
		if p.age > 0 {
			aged++
		}
	}
	lk.sc.kept = kept
	out := make([]model.Person, 0, len(kept))
	mentions := make([]model.Mention, 0, total)
	var ages []int
	if aged > 0 {
		ages = make([]int, 0, aged)
	}
	recs := lk.sc.mentions
	for _, p := range kept {
		from := len(mentions)
		for i, k := int32(0), p.mentions.head; i < p.mentions.n; i, k = i+1, recs[k].next {
			start, end := int(recs[k].start), int(recs[k].end)
			mentions = append(mentions, model.Mention{Start: start, End: end, Text: lk.text[start:end]})
		}
		pm := mentions[from:len(mentions):len(mentions)]
		slices.SortFunc(pm, func(a, b model.Mention) int { return cmp.Compare(a.Start, b.Start) })
		if p.role == "" {
			p.role = p.copula
		}
		for _, m := range pm {
			if fullerSpelling(p.display, m.Text) {
				p.display = m.Text
			}
		}
		person := model.Person{Name: singleSpaced(p.display), Role: p.role, Mentions: pm}
		if p.age > 0 {
			ages = append(ages, int(p.age))
			person.Age = &ages[len(ages)-1]
		}
		out = append(out, person)
	}
	slices.SortStableFunc(out, func(a, b model.Person) int { return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start) })
	return out
}

// singleSpaced is strings.Join(strings.Fields(s), " "): s itself when it
// is already single-spaced and trimmed, as nearly every name is.
func singleSpaced(s string) string {
	// most names are ASCII letters with single spaces: one byte loop
	// tells, and no rune is decoded
	ok := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; i < len(s) && ok; i++ {
		c := s[i]
		ok = c > ' ' && c < utf8.RuneSelf || c == ' ' && s[i-1] != ' '
	}
	if ok {
		return s
	}
	prevSpace := true // a leading space needs trimming
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
			continue
		}
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = false
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}
