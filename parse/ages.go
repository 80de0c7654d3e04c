package parse

import (
	"strconv"
	"strings"
)

// Ages: the age the text states of a person, after the name (", 26,",
// ", aged 67", "(29 years)", "dies at 97", "is 44.") or before it ("the
// 21-year-old Jane Roe"). The people finder reads them (evidence.go);
// the figure finder asks ageAfter of the mentions before a number and
// leaves the ages out (nonfigures.go, personAge).

// ageAfter reads ", 26" (then a comma, dash, full stop, line end or
// "from"), ", aged 26", ", aged seven", ", now 26", ", who is 26" and
// " (26)", " (26 years)", " (aged 26)" after the name ending at token last.
func ageAfter(toks []token, text string, last int) (int, bool) {
	i := last + 1
	if i+1 >= len(toks) {
		return 0, false
	}
	switch toks[i].word(text) {
	case "aged":
		return ageOf(toks[i+1].word(text)) // "Bryant aged 41, his daughter"
	case "died", "dies":
		return ageAtDeath(toks, text, i+1) // "Jo Roe dies aged 86"
	case "and":
		// "Jo Roe and Ann Lee, aged 45 and 32": the first name is the
		// first age's
		k := i + 1
		for k < len(toks) && k-i <= 4 && toks[k].alnum() && toks[k].capital() {
			k++
		}
		if k > i+1 && k+4 < len(toks) && toks[k].word(text) == "," && toks[k+1].isWord(text, "aged") && toks[k+2].digit() &&
			toks[k+3].isWord(text, "and") && toks[k+4].digit() {
			return ageValue(toks[k+2].word(text))
		}
		return 0, false
	case "has", "had":
		if toks[i+1].isWord(text, "died") && i+2 < len(toks) {
			return ageAtDeath(toks, text, i+2) // "Jo Roe has died at 86"
		}
		return 0, false
	case ",":
		n := toks[i+1]
		k := i + 1
		if !n.digit() {
			if !n.alnum() {
				return 0, false
			}
			// "Roe, aged 26", and "Lee Roe, now 36, coaches", "Ann Roe,
			// who is 19, won": an age stated in a clause of its own,
			// closed like a bare one (the words in lower case, as
			// written mid-sentence)
			switch n.word(text) {
			case "aged", "age":
				if i+2 < len(toks) {
					// "Jo Roe and Ann Lee, aged 45 and 32": the last name
					// is the last age's
					if k := i + 3; k+1 < len(toks) && toks[k].isWord(text, "and") && toks[k+1].digit() {
						return ageOf(toks[k+1].word(text))
					}
					return ageOf(toks[i+2].word(text))
				}
				return 0, false
			case "a", "an":
				// "Harry Roe, a 19-year-old motorcyclist,"
				if i+2 < len(toks) && toks[i+2].digit() {
					return yearOld(toks[i+2].word(text))
				}
				return ageAfterApposition(toks, text, i)
			case "now", "is":
				k = i + 2
			case "who":
				// ", who is 19,", ", who was 45,", ", who turned 45",
				// ", who is aged 45"
				if i+2 >= len(toks) || !(toks[i+2].isWord(text, "is") || toks[i+2].isWord(text, "was") || toks[i+2].isWord(text, "turned")) {
					return 0, false
				}
				k = i + 3
				if k < len(toks) && toks[k].isWord(text, "aged") {
					k++
				}
				if toks[i+2].isWord(text, "turned") && k < len(toks) && toks[k].digit() {
					return ageValue(toks[k].word(text))
				}
			case "the":
				return ageAfterApposition(toks, text, i)
			default:
				return 0, false
			}
			// "Roe, who is 23 years old, won"
			if k+2 < len(toks) && toks[k].digit() && toks[k+1].isWord(text, "years") && toks[k+2].isWord(text, "old") {
				return ageOf(toks[k].word(text))
			}
		}
		return ageClosed(toks, text, k, k == i+1)
	case "is", "was":
		// "Ian Roe is 44.", "Roe is about 20 years old", "Roe was 45 when
		// he died" ("Roe is 5 points clear" is no age)
		k := i + 1
		if toks[i].word(text) == "was" && k+1 < len(toks) && toks[k].digit() && toks[k+1].isWord(text, "when") {
			return ageValue(toks[k].word(text))
		}
		if toks[k].isWord(text, "about") || toks[k].isWord(text, "around") || toks[k].isWord(text, "nearly") || toks[k].isWord(text, "almost") {
			k++
		}
		if k+2 < len(toks) && toks[k+1].isWord(text, "years") && toks[k+2].isWord(text, "old") {
			return ageOf(toks[k].word(text))
		}
		return ageClosed(toks, text, k, false)
	case "(":
		k := i + 1
		if toks[k].alnum() && toks[k].isWord(text, "aged") {
			k++
		}
		if k >= len(toks) || !toks[k].digit() {
			return 0, false
		}
		// "(29)", "(29 years)", "(29 years old)"
		j := k + 1
		if j < len(toks) && toks[j].alnum() && (toks[j].isWord(text, "years") || toks[j].isWord(text, "yrs")) {
			j++
			if j < len(toks) && toks[j].isWord(text, "old") {
				j++
			}
		}
		if j < len(toks) && toks[j].word(text) == ")" {
			return ageValue(toks[k].word(text))
		}
	}
	return 0, false
}

// ageAfterApposition reads the age stated after an apposition that opens
// with the comma at token comma: "Jo Roe, a landscape painter, died at
// 80", "Jo Roe, the band's drummer, has died aged 71", "Jo Roe, the
// former party leader, was 90."
func ageAfterApposition(toks []token, text string, comma int) (int, bool) {
	for k := comma + 1; k < len(toks) && k-comma <= 10; k++ {
		if toks[k].kind != tPunct {
			continue
		}
		if toks[k].word(text) != "," || k+2 >= len(toks) {
			return 0, false
		}
		v := k + 1
		if toks[v].isWord(text, "was") || toks[v].isWord(text, "is") {
			return ageClosed(toks, text, v+1, false)
		}
		if toks[v].isWord(text, "has") || toks[v].isWord(text, "had") {
			v++
		}
		if toks[v].isWord(text, "died") || toks[v].isWord(text, "dies") {
			return ageAtDeath(toks, text, v+1)
		}
		return 0, false
	}
	return 0, false
}

// ageAtDeath reads the age after "died" at token i: "aged 86", "at 86",
// "at age 86", "at the age of 86".
func ageAtDeath(toks []token, text string, i int) (int, bool) {
	// "died on Monday at the age of 95", "died Saturday, aged 78": when
	// comes between the verb and the age; "dies, aged 78": a comma
	if i < len(toks) && toks[i].kind == tPunct && toks[i].word(text) == "," {
		i++
	}
	if i < len(toks) && toks[i].isWord(text, "on") {
		i++
	}
	if i < len(toks) && toks[i].alnum() && (toks[i].is(cTime) || toks[i].isWord(text, "yesterday") || toks[i].isWord(text, "today")) {
		i++
		if i < len(toks) && toks[i].word(text) == "," {
			i++
		}
	}
	if i+1 >= len(toks) {
		return 0, false
	}
	if toks[i].isWord(text, "aged") {
		return ageOf(toks[i+1].word(text))
	}
	if !toks[i].isWord(text, "at") {
		return 0, false
	}
	i++
	switch {
	case toks[i].isWord(text, "age"):
		i++
	case toks[i].isWord(text, "the") && i+2 < len(toks) && toks[i+1].isWord(text, "age") && toks[i+2].isWord(text, "of"):
		i += 3
	}
	return ageClosed(toks, text, i, false)
}

// ageClosed reads the age at token k when the clause ends after it, as a
// stated age does: "44," "44." "44 –"; a bare age after a comma may go on
// with "from", "of" or "years" ("Roe, 29, from Leeds").
func ageClosed(toks []token, text string, k int, bare bool) (int, bool) {
	if k >= len(toks) || !toks[k].digit() {
		return 0, false
	}
	n := toks[k]
	if k+1 < len(toks) {
		f := toks[k+1]
		switch {
		case f.kind == tBreak:
		case f.kind == tPunct && strings.Contains(",;.–—-)", f.word(text)):
			// "2,000", "1.5" and "12–18": the number goes on after the mark
			if f.start == n.end && k+2 < len(toks) && toks[k+2].digit() && toks[k+2].start == f.end {
				return 0, false
			}
		case f.alnum() && (f.isWord(text, "from") || f.isWord(text, "years") || f.isWord(text, "of")) && bare:
		case f.alnum() && bare && !f.capital() && len(f.word(text)) > 4 && strings.HasSuffix(f.word(text), "ly"):
			// "Salah Abdeslam, 26 urgently sought": an adverb opens the
			// clause the age is set off from
		default:
			return 0, false
		}
	}
	return ageValue(n.word(text))
}

// ageOf reads an age written in digits or in words: "26", "seven",
// "twenty-one".
func ageOf(w string) (int, bool) {
	if w != "" && isASCIIDigit(w[0]) {
		return ageValue(w)
	}
	lx := loadLexicon()
	total := 0
	tens, h := w, strings.IndexByte(w, '-')
	if h > 0 {
		tens = w[:h]
	}
	fw := lx.keyword(tens)
	if fw == nil || !fw.isNum || fw.num < 1 || fw.num > 99 {
		return 0, false
	}
	total = int(fw.num)
	if h > 0 {
		u := lx.keyword(w[h+1:])
		if !fw.isTens || u == nil || !u.isNum || u.isTens || u.num < 1 || u.num > 9 {
			return 0, false
		}
		total += int(u.num)
	}
	return total, true
}

// ageBefore reads "the 21-year-old Jane Roe" or "Fourteen-year-old Zoe"
// (also with a role between: "21-year-old student Jane Roe") at or just
// before token i.
func ageBefore(toks []token, text string, i int) (int, bool) {
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		t := toks[j]
		if !t.alnum() {
			return 0, false
		}
		w := t.word(text)
		if !t.digit() && !(len(w) > len("-year-old") && strings.EqualFold(w[len(w)-4:], "-old")) {
			continue // (an age in words is "Fourteen-year-old")
		}
		n, ok := yearOld(w)
		if !ok {
			return 0, false
		}
		// within three words any words may stand between; beyond them
		// only a role's ("54-year-old Metropolitan Police sergeant Jo
		// Roe", not "21-year-old to Facebook creator Jo Roe"); "of" makes
		// the name another's complement ("the four-year-old son of Jo
		// Roe", "the four-year-old Department of Homelessness")
		for k := j + 1; k < i; k++ {
			if i-j > 3 && !toks[k].capital() && !isRoleWord(toks[k], text) || isStop(toks[k], text, "of") {
				return 0, false
			}
		}
		return n, true
	}
	return 0, false
}

// yearOld parses "21-year-old".
func yearOld(w string) (int, bool) {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	rest := strings.ToLower(strings.ReplaceAll(w[d:], "‐", "-"))
	if d == 0 {
		// "sixteen-year-old", "twenty-one-year-old": the age in words
		for _, suffix := range [...]string{"-year-old", "-years-old"} {
			if n := len(rest) - len(suffix); n > 0 && rest[n:] == suffix {
				return ageOf(rest[:n])
			}
		}
		return 0, false
	}
	if rest != "-year-old" && rest != "-years-old" {
		return 0, false
	}
	return ageValue(w[:d])
}

func ageValue(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 120 {
		return 0, false
	}
	return n, true
}
