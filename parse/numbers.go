package parse

import (
	"math"
	"strings"
)

// The number grammar: how news writes an amount. A number is digits
// ("1,250", "12.5", "3bn"), words ("seven", "twenty-three", "one hundred
// and five", "a dozen") or a vague amount ("dozens", "tens of thousands"),
// with a scale ("1.2 million"), a currency ("$4.5 billion", "2.5 billion
// lira"), a unit ("17 per cent", "three months", "magnitude 6.3"), a
// qualifier before it ("more than", "up to") and a second end ("between 20
// and 30", "seven to 11"). This file reads the number itself; units.go its
// unit and currency, ranges.go its qualifier and second end. nonFigure
// (nonfigures.go) then rejects what only looks like a number of things:
// years, dates, times, ordinals, ages, scores, phone, street, model and
// article numbers, and numbers inside names.

// numKind says what a number's unit makes it.
type numKind uint8

const (
	nkCount numKind = iota
	nkMoney
	nkPercent
	nkDuration
	nkMeasure
	nkReject // an age or a date found while reading the unit
)

// numExpr is one number as the text writes it.
type numExpr struct {
	first, last int // tokens of the number and its unit; the qualifier is not included
	start, end  int // byte span of the mention
	value       float64
	max         float64
	hasMax      bool
	approx      bool
	qual        string
	unit        string
	kind        numKind
	// isOne marks a bare "one" or "1": far more often a determiner ("one
	// activist") than a count, so it is kept only where the clause says
	// what happened to that one.
	isOne bool
	// earlier marks the first value of a revision ("rose from 45 to 61").
	earlier bool
	// compound is the noun glued to the number by a hyphen ("ten-storey").
	compound string
	// qFirst is the first token of the qualifier or currency before the
	// number (first when there is none): the clause is read from there.
	qFirst int
	// scaled marks a number written with a scale word ("107 million").
	scaled bool
}

// parseDigits reads a written number at the start of s: digits with
// thousands commas and one decimal point. It returns the value and the
// bytes read.
func parseDigits(s string) (v float64, n int, commas, decimal bool) {
	div := 1.0
	for n < len(s) {
		c := s[n]
		switch {
		case isASCIIDigit(c):
			v = v*10 + float64(c-'0')
			if decimal {
				div *= 10
			}
		case c == ',' && !decimal && n+1 < len(s) && isASCIIDigit(s[n+1]):
			commas = true
		case c == '.' && !decimal && n+1 < len(s) && isASCIIDigit(s[n+1]):
			decimal = true
		default:
			return v / div, n, commas, decimal
		}
		n++
	}
	return v / div, n, commas, decimal
}

// core is a number without qualifier or unit word.
type core struct {
	first, last int
	value       float64
	approx      bool
	words       bool   // written in words
	rest        string // what follows the number inside its token ("week" of "14-week")
	digits      string // the digit token as written, for year, time and phone tests
	isOne       bool
	skip        bool // a non-figure already recognised inside the token
	scaled      bool
	currency    string // the ISO code of a currency glued before the digits ("RM120")
	negative    bool   // a minus sign or "minus" before it
	seconds     bool   // a clock-style time read as a span in seconds ("2:07:31")
}

// digitCore reads the number written in digits s, the start of token
// c.first or what follows its currency prefix, with its glued suffix.
func (ln *figLine) digitCore(c core, s string) core {
	i := c.first
	v, n, _, _ := parseDigits(s)
	c.value, c.digits, c.rest = v, s[:n], s[n:]
	// "1" written in digits is a count when a noun follows ("won 1
	// seat") or it is what remains ("earned the remaining 1"); alone, it
	// is as often a score or a list number
	c.isOne = v == 1 && c.digits == "1" && !ln.is(i-1, "remaining") &&
		!(c.rest == "" && i+1 < len(ln.toks) && ln.toks[i+1].kind == tWord && !ln.toks[i+1].upper() && !ln.functionWord(i+1) && !ln.numberTok(i+1))
	if c.rest != "" && c.rest[0] == '-' {
		c.rest = c.rest[1:]
	} else if c.rest != "" {
		// glued suffix: 3bn, 45m, 5k, 6am, 1st, 1990s, 10km
		switch suf := lowerASCII(c.rest); suf {
		case "k":
			c.value *= 1e3
			c.rest, c.scaled = "", true
		case "m", "mn", "mln":
			if suf == "m" && c.currency == "" && ln.lengthAfter(i) {
				break // "a 10m wall", "1.85m tall", "42m (138ft)": metres
			}
			c.value *= 1e6
			c.rest, c.scaled = "", true
		case "bn", "b", "bln":
			c.value *= 1e9
			c.rest, c.scaled = "", true
		case "tn", "trn":
			c.value *= 1e12
			c.rest, c.scaled = "", true
		default:
			if fw := loadLexicon().keyword(suf); fw != nil && fw.cls&(fcMeasure|fcDuration) != 0 && fw.unit != "magnitude" {
				break // "10km", "48h", "512GB": a unit, read below
			}
			if suf == "h" || c.rest == "g" || c.rest == "W" || c.rest == "p" && isPence(c.value) || (c.rest == "C" || c.rest == "F") && c.value <= 150 {
				break // "250g" is grams ("5G" a generation), "45W" watts, "95.5p" pence
			}
			if c.rest[0] == ':' {
				if d, ok := clockSpan(s); ok && ln.spanContext(i) {
					c.value, c.rest, c.seconds = d, "", true // "finished in 2:07:31"
					return c
				}
			}
			c.skip = true // 1st, 6am, 1990s, 5G, 3D: not a count of things
		}
	}
	return ln.scaleWords(c)
}

// parseCore reads the number starting at token i.
func (ln *figLine) parseCore(i int) (c core, ok bool) {
	c.first, c.last = i, i
	t := ln.toks[i]
	s := ln.str(i)
	if t.kind == tNum {
		return ln.digitCore(c, s), true
	}
	if t.kind == tWord && t.maybeNum() && t.kw() == nil {
		// "USD25m", "RM120": a currency glued before the digits
		if code, n := currencyPrefix(s); code != "" {
			c = ln.digitCore(c, s[n:])
			c.currency = code
			return c, !c.skip
		}
	}
	lw := new(foldBuf).of(s)
	// "magnitude-6.3"
	if h := strings.IndexByte(lw, '-'); h > 0 && h+1 < len(lw) && isASCIIDigit(lw[h+1]) && strings.HasPrefix(lw, "magnitude") {
		v, n, _, _ := parseDigits(s[h+1:])
		if h+1+n != len(s) {
			return c, false
		}
		c.value, c.digits, c.rest = v, s[h+1:], "magnitude"
		return c, true
	}
	switch {
	case lw == "a" || lw == "an":
		n := ln.toks[i+1].kw()
		c.last = i + 1
		c.words = true
		switch {
		case ln.is(i+1, "dozen"):
			c.value, c.approx = 12, true
		case ln.is(i+1, "handful"):
			c.value, c.approx = 5, true
		case n != nil && n.scale == 100 && ln.is(i+2, "and"):
			// "a hundred and seventeen thousand": the number words go on
			// after "a hundred", as after "one hundred"
			w, ok := ln.wordNumber(core{first: i + 1})
			if !ok {
				return c, false
			}
			w.first = i
			return w, true
		case n != nil && n.scale >= 100:
			c.value = n.scale
			c.scaled = true
			c = ln.scaleWords(c)
		case n != nil && n.cls&fcOrdinalWord != 0:
			// "a quarter million", "a quarter of a million": that share of the scale
			sc := i + 2
			if ln.is(sc, "of") && (ln.is(sc+1, "a") || ln.is(sc+1, "an")) {
				sc += 2
			}
			if d := fractionDenominator(ln.str(i + 1)); d > 0 && ln.kwAt(sc) != nil && ln.kwAt(sc).scale >= 1000 {
				c.value, c.last, c.scaled = ln.kwAt(sc).scale/d, sc, true
				return ln.scaleWords(c), true
			}
			return ln.fraction(c, 1, ln.str(i+1))
		default:
			return c, false
		}
		return c, true
	case lw == "half":
		c.words = true
		if ln.is(i+1, "a") && ln.is(i+2, "dozen") {
			c.value, c.approx, c.last = 6, true, i+2
			return c, true
		}
		// "half a million": half the scale; "half an hour": half the unit
		if (ln.is(i+1, "a") || ln.is(i+1, "an")) && ln.kwAt(i+2) != nil && ln.kwAt(i+2).scale >= 1000 {
			c.value, c.last, c.scaled = ln.kwAt(i+2).scale/2, i+2, true
			return ln.scaleWords(c), true
		}
		if (ln.is(i+1, "a") || ln.is(i+1, "an")) && ln.cls(i+2, fcDuration) {
			c.value, c.last = 0.5, i+1
			return c, true
		}
		return ln.fraction(c, 1, "half")
	case lw == "tens":
		c.words, c.approx, c.last = true, true, i+2
		c.value = 10 * ln.toks[i+2].kw().vague
		return c, true
	case lw == "several" || lw == "many" || lw == "few":
		c.words, c.approx, c.last = true, true, i+1
		c.value = ln.toks[i+1].kw().scale
		c.scaled = true
		return c, true
	}
	if kw := t.kw(); kw != nil && kw.vague > 0 {
		c.words, c.approx = true, true
		c.value = kw.vague
		if lw == "scores" && !ln.is(i+1, "of") && !ln.is(i+1, "more") && !ln.is(i+1, "others") {
			return c, false // "he scores", but "scores more were hurt"
		}
		// hundreds of thousands, thousands of millions
		if ln.is(i+1, "of") && i+2 < len(ln.toks) {
			if n := ln.toks[i+2].kw(); n != nil && n.vague > kw.vague {
				c.value *= n.vague
				c.last = i + 2
			}
		}
		return c, true
	}
	return ln.wordNumber(c)
}

// fraction reads "a third of", "two-thirds", "half of" as a percentage.
func (ln *figLine) fraction(c core, num float64, den string) (core, bool) {
	d := fractionDenominator(den)
	if d == 0 || num >= d {
		return c, false
	}
	if !ln.fractionShare(c.first, c.last) {
		return c, false
	}
	c.value = math.Round(num/d*1000) / 10
	c.rest = "%"
	return c, true
}

// fractionDenominator is the denominator a fraction word names ("third"
// 3), or 0.
func fractionDenominator(den string) float64 {
	switch new(foldBuf).of(den) {
	case "half":
		return 2
	case "third", "thirds":
		return 3
	case "quarter", "quarters":
		return 4
	case "fifth", "fifths":
		return 5
	case "tenth", "tenths":
		return 10
	}
	return 0
}

// fractionShare reports whether the fraction word in tokens first..last is
// a share of something, not an ordinal ("a third attack", "a third time")
// or part of a unit ("a quarter of an hour" is a span, "half a mile" a
// length). A share is "a third of" or "half the", or a bare fraction
// after a bound or a change with no noun after it: "nearly a third in
// five years", "more than a third to veto", "fell by a quarter".
func (ln *figLine) fractionShare(first, last int) bool {
	next := last + 1
	switch {
	case ln.is(next, "of"):
		return !((ln.is(next+1, "a") || ln.is(next+1, "an")) && ln.cls(next+2, fcDuration|fcMeasure))
	case ln.is(next, "the"):
		return !ln.is(first, "half") // "half the" is read only after "of"
	}
	p := first - 1
	if !(ln.is(p, "by") || ln.cls(p, fcQualEnd|fcChange)) || ln.is(p, "of") {
		return false
	}
	return next >= len(ln.toks) || ln.toks[next].kind == tPunct && !ln.punct(next, "-") ||
		ln.cls(next, fcStopNP|fcStop|fcTimeAdv) && !ln.is(next, "as") && !ln.is(next, "an") && !ln.is(next, "a") ||
		ln.edVerb(next) // "more than a third voted against"
}

// scaleWords applies the scale words after a number: "1.2 million",
// "two dozen", "5 thousand".
func (ln *figLine) scaleWords(c core) core {
	// "two and a half years", "one and a half million"
	if c.rest == "" && !c.approx && c.value == math.Trunc(c.value) && ln.is(c.last+1, "and") && ln.is(c.last+2, "a") && ln.is(c.last+3, "half") {
		// "a million and a half" is half a million more, not half a one
		half := 0.5
		if kw := ln.toks[c.last].kw(); c.scaled && kw != nil && kw.scale > 0 {
			half = kw.scale / 2
		}
		c.value += half
		c.last += 3
		c.isOne = false
	}
	for c.last+1 < len(ln.toks) && c.rest == "" {
		n := ln.toks[c.last+1]
		if n.kind != tWord {
			break
		}
		switch {
		case n.kw() != nil && n.kw().scale > 0:
			c.value *= n.kw().scale
		case ln.is(c.last+1, "dozen"):
			c.value *= 12
		default:
			return c
		}
		c.scaled = true
		c.last++
	}
	return c
}

// scaledMoneyCompound reads the rest of a hyphenated amount written as
// an adjective: "million-dollar" (of "2-million-dollar"), "dollar" (of
// "seven-hundred-million-dollar"), "billion-euro". It gives the scale
// the rest multiplies by and the currency. A pound is left to the
// weights and money rules that read "-pound" ("a 300-pound cover").
func scaledMoneyCompound(r string) (scale float64, currency string, ok bool) {
	lx := loadLexicon()
	scale = 1
	for {
		head, rest, more := strings.Cut(r, "-")
		fw := lx.keyword(head)
		switch {
		case fw == nil:
			return 0, "", false
		case fw.scale >= 1000 && more:
			scale *= fw.scale
			r = rest
			continue
		case fw.cls&fcCurrency != 0 && !more && fw.unit != "" && fw.unit != "GBP":
			return scale, fw.unit, true
		}
		return 0, "", false
	}
}

// wordNumber reads number words: "seven", "twenty-three", "twenty three",
// "one hundred and five", "two million". A hyphenated token may carry a
// noun after the number ("ten-storey", "three-month"): it is left in rest.
func (ln *figLine) wordNumber(c core) (core, bool) {
	const (
		none = iota
		unit
		tens
		hundred
		big
	)
	var total, cur, lastScale float64
	last := none
	atoms := 0
	c.words = true
	for j := c.first; j < len(ln.toks); j++ {
		if ln.toks[j].kind != tWord {
			break
		}
		if j > c.first && !ln.adjacentSpace(j-1, j) {
			break
		}
		s := ln.str(j)
		// most words have no hyphen: one part, split without allocating,
		// whose keyword (with no apostrophe either) is the token's
		var one [1]string
		parts, plain := one[:], true
		if strings.IndexByte(s, '-') >= 0 {
			parts, plain = strings.Split(s, "-"), false
		} else {
			one[0] = s
			plain = strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "’")
		}
		used := 0
		for pi, p := range parts {
			var fw *figWord
			if plain {
				fw = ln.toks[j].kw()
			} else {
				fw = loadLexicon().keyword(p)
			}
			// "million-and-a-half": half the scale more
			if last == big && pi+2 < len(parts) && new(foldBuf).of(p) == "and" && strings.EqualFold(parts[pi+1], "a") && strings.EqualFold(parts[pi+2], "half") {
				total += lastScale / 2
				used, atoms = pi+3, atoms+1
				break
			}
			// "an additional million-and-a-half": a scale word alone after
			// an article counts one of it
			if fw != nil && fw.scale >= 1000 && last == none && j == c.first && pi == 0 && ln.bareScaleAfter(j) {
				cur, last = 1, unit
			}
			if new(foldBuf).of(p) == "and" && (last == hundred || last == big) && pi == 0 && len(parts) == 1 {
				// "one hundred and five": only when a number follows
				if j+1 < len(ln.toks) && ln.toks[j+1].kw() != nil && ln.toks[j+1].kw().isNum && ln.toks[j+1].kw().num < 100 {
					used = 1
					break
				}
				fw = nil
			}
			if fw == nil {
				break
			}
			switch {
			case fw.isNum && !fw.isTens && (last == none || last == hundred || last == big || last == tens && fw.num < 10 && fw.num > 0):
				cur += fw.num
				last = unit
			case fw.isTens && (last == none || last == hundred || last == big):
				cur += fw.num
				last = tens
			case fw.scale == 100 && (last == unit || last == tens) && cur < 100:
				cur *= 100
				last = hundred
			case fw.scale == 100 && last == none && j == c.first && pi == 0 && (ln.is(j-1, "a") || ln.is(j-1, "an")):
				cur, last = 100, hundred // "a hundred and five"
			case fw.scale >= 1000 && last != none && last != big:
				total += cur * fw.scale
				cur = 0
				last = big
				lastScale = fw.scale
				c.scaled = true
			default:
				fw = nil
			}
			if fw == nil {
				break
			}
			used = pi + 1
			atoms++
		}
		if used == 0 {
			break
		}
		if new(foldBuf).of(s) == "and" {
			c.last = j
			continue
		}
		c.last = j
		if used < len(parts) {
			c.rest = strings.Join(parts[used:], "-")
			break
		}
	}
	if atoms == 0 {
		return c, false
	}
	c.value = total + cur
	c.isOne = atoms == 1 && c.value == 1
	if strings.EqualFold(ln.str(c.last), "and") {
		c.last--
	}
	// "two-thirds", "three quarters of"
	if c.rest != "" {
		if fw := loadLexicon().keyword(c.rest); fw != nil && fw.cls&fcOrdinalWord != 0 {
			return ln.fraction(core{first: c.first, last: c.last, words: true}, c.value, c.rest)
		}
	} else if n := ln.toks; c.last+1 < len(n) && n[c.last+1].kw() != nil && n[c.last+1].kw().cls&fcOrdinalWord != 0 && ln.is(c.last+2, "of") &&
		(strings.HasSuffix(new(foldBuf).of(ln.str(c.last+1)), "s") || c.value == 1) {
		f, ok := ln.fraction(core{first: c.first, last: c.last + 1, words: true}, c.value, ln.str(c.last+1))
		if ok {
			return f, true
		}
	}
	return ln.scaleWords(c), true
}

// parseExprs reads the number at token i with its qualifier, currency,
// unit and second end, appends it (two for a revision) to out and returns
// out and the last token read.
func (ln *figLine) parseExprs(i int, out []numExpr) ([]numExpr, int) {
	c, ok := ln.parseCore(i)
	if !ok {
		return out, i
	}
	e := numExpr{first: c.first, last: c.last, value: c.value, approx: c.approx, isOne: c.isOne && !c.scaled}
	e.start, e.end = int(ln.toks[c.first].start), int(ln.toks[c.last].end)
	if last, ok := ln.score(c); ok && !c.skip {
		return out, last
	}
	if c.skip || ln.nonFigure(c) || c.rest == "fold" || ln.is(c.last+1, "fold") {
		return out, ln.rejectTail(c)
	}
	qual, qFirst := ln.qualifierBefore(c.first)
	e.qual = qual
	if qFirst < c.first && (ln.is(qFirst-1, "aged") || ln.is(qFirst-1, "ages")) {
		return out, ln.rejectTail(c) // "children aged between 8 and 12"
	}
	// "one in three": a proportion
	if k := c.last + 1; c.value > 0 && c.value <= 10 && !c.scaled && c.rest == "" && ln.is(k, "in") && k+1 < len(ln.toks) && ln.startsNumber(k+1) {
		if c2, ok := ln.parseCore(k + 1); ok && !c2.skip && !c2.approx && c2.value > c.value && c2.value <= 1000 && c2.rest == "" {
			e.value = math.Round(c.value/c2.value*1000) / 10
			e.kind, e.unit, e.isOne = nkPercent, "%", false
			e.last, e.end, e.qual, e.qFirst = c2.last, int(ln.toks[c2.last].end), qual, qFirst
			return append(out, e), e.last
		}
	}

	// A minus sign glued to the number, or "minus" before it: "-2.4%",
	// "minus 40 degrees". A hyphen between two numbers is a range.
	if p := c.first - 1; qFirst == c.first && c.digits != "" && c.currency == "" {
		if ln.punct(p, "-−") && ln.adjacent(p, c.first) && (p == 0 || !ln.adjacent(p-1, p) || ln.punct(p-1, "(")) || ln.is(p, "minus") {
			e.value, e.start, qFirst = -e.value, int(ln.toks[p].start), p
			c.negative = true
		}
	}
	switch {
	case c.currency != "":
		e.kind, e.unit = nkMoney, c.currency
	case c.seconds:
		e.kind, e.unit = nkDuration, "seconds"
	case c.rest == "g":
		e.kind, e.unit = nkMeasure, "g"
	case c.rest == "W":
		e.kind, e.unit = nkMeasure, "W"
	case c.rest == "C" || c.rest == "F":
		e.kind, e.unit = nkMeasure, "°"+c.rest // "44C (111F)"
	case c.rest == "p":
		e.kind, e.unit = nkMoney, "GBX" // pence sterling, as markets write it
	}
	// Currency before the number: $, US$, £, USD, Rs.
	if p := c.first - 1; p >= 0 && qFirst == c.first && e.kind == nkCount {
		if code, ok := currencySign(ln.str(p)); ok && ln.adjacentSpace(p, c.first) {
			e.kind, e.unit, e.start, qFirst = nkMoney, code, int(ln.toks[p].start), p
			if code == "USD" && p > 0 && ln.adjacent(p-1, p) {
				if alt, ok := dollarPrefixes[ln.str(p-1)]; ok {
					e.unit, e.start, qFirst = alt, int(ln.toks[p-1].start), p-1
					p--
				}
			}
			if q2, f2 := ln.qualifierBefore(p); q2 != "" && qual == "" {
				e.qual, qFirst = q2, f2
			}
		} else if ln.toks[p].upper() && ln.currencyWord(p) != "" && ln.adjacentSpace(p, c.first) {
			code := ln.currencyWord(p)
			e.kind, e.unit, e.start, qFirst = nkMoney, code, int(ln.toks[p].start), p
			if q2, f2 := ln.qualifierBefore(p); q2 != "" && qual == "" {
				e.qual, qFirst = q2, f2
			}
		}
	}
	// Glued million/billion after a currency ("£45m") was read by parseCore.

	// The unit inside the token: "14-week", "6.3-magnitude", "two-thirds", "10km".
	if c.rest != "" && e.kind == nkCount {
		r := lowerASCII(c.rest)
		switch {
		case r == "%" || r == "percent" || r == "per-cent":
			e.kind, e.unit = nkPercent, "%" // "a 40-percent cut"
		case isAgeSuffix(r):
			return out, c.last
		default:
			// "a 2-million-dollar grant", "a seven-hundred-million-dollar
			// plan": a scale, then a currency, in the word
			if sc, cur, ok := scaledMoneyCompound(r); ok {
				e.value *= sc
				e.kind, e.unit = nkMoney, cur
				break
			}
			head, _, _ := strings.Cut(r, "-")
			if fw := loadLexicon().keyword(head); fw != nil && fw.cls&fcDuration != 0 {
				e.kind, e.unit = nkDuration, fw.unit
			} else if fw != nil && fw.cls&fcMeasure != 0 {
				e.kind, e.unit = nkMeasure, fw.unit
			} else if mod, u, ok := strings.Cut(r, "-"); ok && unitModifiers[mod] && loadLexicon().keyword(u) != nil && loadLexicon().keyword(u).cls&fcMeasure != 0 {
				e.kind, e.unit = nkMeasure, mod+" "+loadLexicon().keyword(u).unit // "a 1,200-square-metre plant"
			} else if head == "h" {
				e.kind, e.unit = nkDuration, "hours"
			} else if head == "pound" && ln.poundWeighs {
				e.kind, e.unit = nkMeasure, "lb" // "a 300-pound manhole cover"
			} else if hi := strings.TrimPrefix(r, "to-"); c.words && hi != r && loadLexicon().keyword(hi) != nil && loadLexicon().keyword(hi).isNum &&
				loadLexicon().keyword(hi).num > e.value {
				// "one-to-two hundred", "two-to-three thousand": a range
				// in one word, the scale after it applying to both ends
				// ("a two-to-one vote", "one-to-one talks" are no amounts)
				e.max, e.hasMax, e.isOne = loadLexicon().keyword(hi).num, true, false
				for e.last+1 < len(ln.toks) && ln.toks[e.last+1].kw() != nil && ln.toks[e.last+1].kw().scale >= 100 {
					sc := ln.toks[e.last+1].kw().scale
					e.value, e.max = e.value*sc, e.max*sc
					e.last++
					e.end = int(ln.toks[e.last].end)
				}
			} else if c.digits != "" && isASCIIDigit(r[0]) {
				// 30-40, 2007-12, 555-1234, 2-1: a pair inside one token
				v2, n2, _, _ := parseDigits(r)
				if n2 != len(r) || ln.pairIsNotFigure(c, v2, r) {
					return out, c.last
				}
				e.max, e.hasMax = v2, true
				// "5-10 million": the scale applies to both ends
				for e.last+1 < len(ln.toks) && ln.toks[e.last+1].kw() != nil && ln.toks[e.last+1].kw().scale >= 1000 {
					sc := ln.toks[e.last+1].kw().scale
					e.value, e.max = e.value*sc, e.max*sc
					e.last++
					e.end = int(ln.toks[e.last].end)
				}
			} else if e.kind == nkCount {
				// "an eight-speed gearbox", "a four-bed house", "two-handed
				// tapping" (an adjective in -ed): a thing described,
				// nothing counted; "a one-pack limit" is the limit
				limit := limitNouns[new(foldBuf).of(ln.str(c.last+1))]
				if (descriptiveCompounds[r] || len(r) > 4 && strings.HasSuffix(r, "ed")) && !limit {
					return out, c.last
				}
				e.compound = r
				e.isOne = e.isOne && !limit
			}
		}
	}

	// "the six - member team": a compound whose hyphen the text spaced
	if c.rest == "" && c.words && e.kind == nkCount && ln.punct(c.last+1, "-") && ln.adjacentSpace(c.last, c.last+1) &&
		c.last+3 < len(ln.toks) && ln.toks[c.last+2].kind == tWord && !ln.toks[c.last+2].upper() && ln.toks[c.last+2].kw() == nil &&
		ln.toks[c.last+3].kind == tWord && !ln.functionWord(c.last+3) {
		r := lowerASCII(ln.str(c.last + 2))
		if descriptiveCompounds[r] {
			return out, c.last + 2
		}
		e.compound, e.last, e.end = r, c.last+2, int(ln.toks[c.last+2].end)
		e.start = int(ln.toks[c.first].start)
	}
	// "6½ minutes", "6 ½ minutes": a fraction glyph after a whole number
	if f := e.last + 1; !e.hasMax && f < len(ln.toks) && e.value == math.Trunc(e.value) && int(ln.toks[f].start)-e.end <= 1 {
		if v, ok := vulgarFraction(ln.str(f)); ok {
			e.value += v
			e.last, e.end = f, int(ln.toks[f].end)
		}
	}
	k := e.last + 1
	// Units after the number.
	if e.kind == nkCount || e.kind == nkMoney {
		k = ln.unitAfter(&e, k)
		if e.kind == nkReject {
			return out, e.last
		}
		if ln.indexClose(e) {
			e.kind, e.unit = nkMeasure, "points"
		}
	}
	if e.kind == nkDuration {
		k = ln.compoundSpan(&e, k)
		// "his daughter Kaiarahi (10 months)": an infant's age in
		// brackets after the name
		if (e.unit == "months" || e.unit == "weeks" || e.unit == "days") && ln.punct(qFirst-1, "(") && ln.punct(e.last+1, ")") &&
			qFirst >= 2 && ln.toks[qFirst-2].kind == tWord && ln.toks[qFirst-2].upper() {
			return out, e.last
		}
	}
	if e.kind == nkMeasure && e.unit == "feet" {
		k = ln.feetAndInches(&e, k)
	}
	// "one bitcoin is worth $8,000", "one dollar buys 80 yen": a rate of
	// exchange, whose "one" is the unit
	if e.isOne && e.kind == nkMoney && (ln.is(k, "is") || ln.is(k, "was") || ln.is(k, "equals") || ln.is(k, "buys") || ln.punct(k, "=")) {
		return out, e.last
	}
	// A second end: "20 to 30", "30-40", "between 36 and 40", "seven to 11".
	if !e.hasMax && k < len(ln.toks) {
		before := len(out)
		e, out = ln.secondEnd(e, k, qFirst, out)
		if len(out) > before { // a revision: e is now the later value
			return append(out, e), e.last
		}
		if e.kind == nkReject {
			return out, e.last
		}
	}
	if e.hasMax && e.qual == "" {
		if q, f := ln.qualifierBefore(qFirst); q == "between" {
			e.qual, qFirst = q, f
		}
	}
	e.qFirst = qFirst
	if ln.threshold(e) {
		return out, e.last
	}
	// "one" counts where a list or a limit says so: "including one
	// child", "two and one package", "one pack per order"
	if e.isOne && (ln.is(qFirst-1, "including") || (ln.is(qFirst-1, "and") || ln.is(qFirst-1, "or")) && ln.numberTok(qFirst-2) ||
		ln.is(e.last+2, "per") && ln.toks[e.last+1].kind == tWord && !ln.functionWord(e.last+1)) {
		e.isOne = false
	}
	e.scaled = c.scaled
	return append(out, e), e.last
}

// carryCurrency makes e money when it is a scaled amount with no unit
// after an amount of money in its sentence, and counts nothing: "a 947
// million pounds turnover for a 107 million loss", "$4 billion, from 5
// billion". before are the line's figures read so far.
func (ln *figLine) carryCurrency(e *numExpr, before []figCand) {
	if e.kind != nkCount || e.unit != "" || !e.scaled || e.approx || e.value < 1e6 || !ln.amountNoun(e.last+1) {
		return
	}
	lo, _ := ln.sentenceBounds(e.first)
	for k := len(before) - 1; k >= 0 && before[k].e.first >= lo; k-- {
		if p := before[k].e; p.kind == nkMoney && p.unit != "" {
			e.kind, e.unit = nkMoney, p.unit
			return
		}
	}
}

// amountNoun reports whether token k, after a number, lets it be an
// amount of money: the clause's end, a function word, or a noun in the
// singular ("loss", "profit"); a plural counts things ("2 million users").
func (ln *figLine) amountNoun(k int) bool {
	if k >= len(ln.toks) || ln.toks[k].kind != tWord || ln.functionWord(k) {
		return true
	}
	w := new(foldBuf).of(ln.str(k))
	return !ln.toks[k].upper() && !ln.cls(k, fcPlural|fcPersonnel|fcCasualty|fcMeasure|fcDuration) && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"))
}

// vulgarFraction returns the value of a fraction glyph written after a
// whole number ("½"), if s is one. A switch, not a map: it is asked of
// the token after nearly every number, which a switch tells apart by
// its length and first bytes without hashing it.
func vulgarFraction(s string) (float64, bool) {
	switch s {
	case "½":
		return 0.5, true
	case "¼":
		return 0.25, true
	case "¾":
		return 0.75, true
	case "⅓":
		return 1.0 / 3, true
	case "⅔":
		return 2.0 / 3, true
	case "⅛":
		return 0.125, true
	}
	return 0, false
}
