package parse

import (
	"math"
	"strings"

	"github.com/factpane/factpane/parse/lexicons"
)

// The number grammar: how news writes an amount. A number is digits
// ("1,250", "12.5", "3bn"), words ("seven", "twenty-three", "one hundred
// and five", "a dozen") or a vague amount ("dozens", "tens of thousands"),
// with a scale ("1.2 million"), a currency ("$4.5 billion", "2.5 billion
// lira"), a unit ("17 per cent", "three months", "magnitude 6.3"), a
// qualifier before it ("more than", "up to") and a second end ("between 20
// and 30", "seven to 11"). nonFigure then rejects what only looks like a
// number of things: years, dates, times, ordinals, ages, scores, phone,
// street, model and article numbers, and numbers inside names.

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
}

// lengthAfter reports whether what follows token i says it is a length:
// a word such as "tall", "high" or "deep", or a length in brackets that
// converts it ("42m (138ft)"), so a glued "m" is metres, not million.
func (ln *figLine) lengthAfter(i int) bool {
	if ln.punct(i+1, "(") && i+2 < len(ln.toks) && ln.toks[i+2].kind == tNum {
		s := ln.str(i + 2)
		_, n, _, _ := parseDigits(s)
		u := loadLexicon().keyword(s[n:])
		if s[n:] == "" {
			u = ln.kwAt(i + 3)
		}
		if u != nil && u.cls&fcMeasure != 0 && isLength(u.unit) {
			return true
		}
	}
	switch new(foldBuf).of(ln.str(i + 1)) {
	case "tall", "high", "long", "wide", "deep", "away", "above", "below", "-", "wall", "waves", "wave", "sprint", "race", "hurdles", "freestyle", "metres", "meters":
		return true
	}
	return false
}

// isLength reports whether a measure unit is one of length.
func isLength(unit string) bool {
	switch unit {
	case "km", "miles", "m", "cm", "mm", "feet", "inches", "yards":
		return true
	}
	return false
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

// currencyPrefix returns the currency of the letters that open s before
// its digits ("RM120", "USD25m") and their length, or "".
func currencyPrefix(s string) (string, int) {
	n := 0
	for n < len(s) && n < 4 && !isASCIIDigit(s[n]) {
		n++
	}
	if n == 0 || n == len(s) || !isASCIIDigit(s[n]) {
		return "", 0
	}
	if code := currencyPrefixes[s[:n]]; code != "" {
		return code, n
	}
	if n == 3 && strings.ToUpper(s[:n]) == s[:n] {
		if fw := loadLexicon().keyword(s[:n]); fw != nil && fw.cls&fcCurrency != 0 && fw.unit != "" {
			return fw.unit, n
		}
	}
	return "", 0
}

// currencyPrefixes are the letters that name a currency before an amount
// ("RM120", "Rs 500"), other than ISO codes.
var currencyPrefixes = lexicons.Pairs("figures.txt", "currency-prefixes")

// isPence reports whether a number glued to "p" is an amount in pence
// ("95.5p") rather than a video resolution ("720p").
func isPence(v float64) bool {
	switch v {
	case 144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320:
		return false
	}
	return true
}

// clockSpan reads a time written like a clock as a span in seconds:
// "2:07:31" (hours, minutes, seconds), "1:59:40.2", "3:43.13" (minutes,
// seconds and hundredths). A bare "14:30" is a time of day, not a span.
func clockSpan(s string) (float64, bool) {
	parts := strings.Count(s, ":") + 1
	if parts < 2 || parts > 3 || parts == 2 && !strings.Contains(s[strings.IndexByte(s, ':'):], ".") {
		return 0, false
	}
	total := 0.0
	for k, rest := 0, s; k < parts; k++ {
		var p string
		p, rest, _ = strings.Cut(rest, ":")
		v, n, commas, decimal := parseDigits(p)
		if n != len(p) || n == 0 || commas || k > 0 && (len(p) < 2 || p[2:] != "" && p[2] != '.' || v >= 60) || decimal && k < parts-1 {
			return 0, false
		}
		total = total*60 + v
	}
	return total, true
}

// spanContext reports whether a clock-style time at token i is how long
// something took ("finished in 2:07:31", "a time of 1:59:40", "clocked
// 3:43.13") rather than when it happened ("at 14:30:05").
func (ln *figLine) spanContext(i int) bool {
	if ln.cls(i+1, fcTimeZone) || ln.is(i+1, "am") || ln.is(i+1, "pm") || ln.is(i+1, "local") {
		return false
	}
	switch new(foldBuf).of(ln.str(i - 1)) {
	case "at", "from", "until", "till", "by", "before", "after", "around", "since", "to":
		return false
	}
	return true
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
		c.value += 0.5
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
	var total, cur float64
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
			case fw.scale >= 1000 && last != none && last != big:
				total += cur * fw.scale
				cur = 0
				last = big
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

// qualifiers are the bounds news puts before a number, longest first.
var qualifiers = [][]string{
	{"no", "more", "than"}, {"no", "fewer", "than"}, {"no", "less", "than"}, {"not", "more", "than"},
	{"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"}, {"in", "excess", "of"}, {"upwards", "of"},
	{"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"at", "least"}, {"at", "most"}, {"up", "to"},
	{"close", "to"}, {"an", "estimated"}, {"well", "over"}, {"just", "over"}, {"just", "under"}, {"well", "above"},
	{"some"}, {"about"}, {"around"}, {"nearly"}, {"almost"}, {"roughly"}, {"approximately"}, {"approx"},
	{"over"}, {"under"}, {"below"}, {"above"}, {"between"}, {"exactly"}, {"only"},
}

// qualifierBefore returns the qualifier ending right before token i and
// the token it starts at.
func (ln *figLine) qualifierBefore(i int) (string, int) {
	if !ln.cls(i-1, fcQualEnd) {
		return "", i
	}
	for _, q := range qualifiers {
		n := len(q)
		if i-n < 0 {
			continue
		}
		ok := true
		for k, w := range q {
			if !ln.is(i-n+k, w) {
				ok = false
				break
			}
		}
		if ok {
			if q[0] == "only" || q[0] == "exactly" {
				return "", i
			}
			return strings.ToLower(strings.Join(q, " ")), i - n
		}
	}
	return "", i
}

var currencySymbols = lexicons.Pairs("sets.txt", "currency-signs")

var dollarPrefixes = lexicons.Pairs("sets.txt", "dollar-prefixes")

// currencyAdjectives name whose dollar, pound, peso or rupee it is.
var currencyAdjectives = lexicons.Pairs("sets.txt", "currency-adjectives")

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
		if code, ok := currencySymbols[ln.str(p)]; ok && ln.adjacentSpace(p, c.first) {
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
		case r == "%":
			e.kind, e.unit = nkPercent, "%"
		case isAgeSuffix(r):
			return out, c.last
		default:
			head, _, _ := strings.Cut(r, "-")
			if fw := loadLexicon().keyword(head); fw != nil && fw.cls&fcDuration != 0 {
				e.kind, e.unit = nkDuration, fw.unit
			} else if fw != nil && fw.cls&fcMeasure != 0 {
				e.kind, e.unit = nkMeasure, fw.unit
			} else if mod, u, ok := strings.Cut(r, "-"); ok && unitModifiers[mod] && loadLexicon().keyword(u) != nil && loadLexicon().keyword(u).cls&fcMeasure != 0 {
				e.kind, e.unit = nkMeasure, mod+" "+loadLexicon().keyword(u).unit // "a 1,200-square-metre plant"
			} else if head == "h" {
				e.kind, e.unit = nkDuration, "hours"
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
				// "an eight-speed gearbox", "a four-bed house": a thing
				// described, nothing counted; "a one-pack limit" is the limit
				limit := limitNouns[new(foldBuf).of(ln.str(c.last+1))]
				if descriptiveCompounds[r] && !limit {
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
	k := e.last + 1
	// Units after the number.
	if e.kind == nkCount || e.kind == nkMoney {
		k = ln.unitAfter(&e, k)
		if e.kind == nkReject {
			return out, e.last
		}
	}
	if e.kind == nkDuration {
		k = ln.compoundSpan(&e, k)
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
	return append(out, e), e.last
}

// spanUnits are the units of time a span written in parts may use, in
// seconds; months and years make a second family of their own.
var spanUnits = map[string]float64{"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800, "months": 1e9}

// compoundSpan reads the rest of a span written in parts ("1 hour 58
// minutes 12.6 seconds", "two years and three months") after e, which it
// makes one span in the smallest unit, and returns the next token.
func (ln *figLine) compoundSpan(e *numExpr, k int) int {
	for parts := 0; parts < 3 && k < len(ln.toks); parts++ {
		j := k
		if ln.is(j, "and") || ln.punct(j, ",") {
			j++
		}
		if j >= len(ln.toks) || ln.toks[j].kind != tNum && !(ln.toks[j].kw() != nil && ln.toks[j].kw().isNum) {
			return k
		}
		c, ok := ln.parseCore(j)
		if !ok || c.skip || c.rest != "" || c.scaled || c.approx {
			return k
		}
		u := ln.kwAt(c.last + 1)
		if u == nil || u.cls&fcDuration == 0 {
			return k
		}
		from, to := spanFactor(e.unit), spanFactor(u.unit)
		if from == 0 || to == 0 || to >= from || (from >= spanUnits["months"]) != (to >= spanUnits["months"]) {
			return k
		}
		e.value = e.value*from/to + c.value
		e.unit, e.last, e.end = u.unit, c.last+1, int(ln.toks[c.last+1].end)
		k = e.last + 1
	}
	return k
}

// spanFactor is a unit of time in seconds, or for months and years in
// months times a large factor that keeps the two families apart.
func spanFactor(unit string) float64 {
	switch unit {
	case "months":
		return spanUnits["months"]
	case "years":
		return 12 * spanUnits["months"]
	}
	return spanUnits[unit]
}

// descriptiveCompounds are the nouns a hyphenated number describes a
// thing by ("eight-speed", "four-bed"); limitNouns the nouns of a limit
// such a modifier may set ("a one-pack limit").
var (
	descriptiveCompounds = lexicons.Named("figures.txt", "descriptive-compounds")
	limitNouns           = lexicons.Named("figures.txt", "limit-nouns")
)

// currencyWord returns the currency that the word at p names before an
// amount ("USD 25m", "Rs 500", "RM 120"), or "".
func (ln *figLine) currencyWord(p int) string {
	if ln.toks[p].kind != tWord {
		return ""
	}
	w := ln.str(p)
	if code := currencyPrefixes[w]; code != "" {
		return code
	}
	if len(w) == 3 && strings.ToUpper(w) == w && ln.cls(p, fcCurrency) {
		return ln.toks[p].kw().unit
	}
	return ""
}

// unitAfter reads the unit word after a number and returns the next token.
func (ln *figLine) unitAfter(e *numExpr, k int) int {
	n := len(ln.toks)
	if k >= n {
		return k
	}
	set := func(kind numKind, unit string, last int) int {
		if e.kind == nkMoney && kind != nkMoney {
			return k
		}
		e.kind, e.unit, e.last, e.end = kind, unit, last, int(ln.toks[last].end)
		return last + 1
	}
	lk := new(foldBuf).of(ln.str(k)) // the word after, compared once below
	switch {
	case lk == "%":
		return set(nkPercent, "%", k)
	case lk == "per" && ln.is(k+1, "cent"):
		return set(nkPercent, "%", k+1)
	case lk == "percent" || lk == "pct":
		return set(nkPercent, "%", k)
	case lk == "percentage" && (ln.is(k+1, "points") || ln.is(k+1, "point")):
		return set(nkPercent, "percentage points", k+1)
	case lk == "basis" && ln.is(k+1, "points"):
		return set(nkPercent, "basis points", k+1)
	case ln.str(k) == "°" && ln.adjacent(k-1, k):
		// "45°C", and "45°C." whose full stop the letter keeps as an
		// initial does: the mention ends before it
		if scale := strings.TrimSuffix(ln.str(k+1), "."); ln.adjacent(k, k+1) && (strings.EqualFold(scale, "C") || strings.EqualFold(scale, "F")) {
			next := set(nkMeasure, "°"+strings.ToUpper(scale), k+1)
			e.end = int(ln.toks[k+1].start) + len(scale)
			return next
		}
		return set(nkMeasure, "degrees", k)
	case e.approx && ln.is(k, "of") && ln.cls(k+1, fcCurrency) && ln.kwAt(k+1).unit != "" && !ln.is(k+1, "won"):
		// "hundreds of thousands of euros", "millions of dollars"
		return set(nkMoney, ln.kwAt(k+1).unit, k+1)
	case ln.cls(k+1, fcDuration) && e.kind != nkMoney && spanModifiers[new(foldBuf).of(ln.str(k))]:
		return set(nkDuration, ln.kwAt(k+1).unit, k+1) // "within twenty working days"
	case ln.cls(k+1, fcMeasure) && ln.kwAt(k+1).unit != "magnitude" && unitModifiers[new(foldBuf).of(ln.str(k))]:
		// "10 billion cubic metres", "1,300 route kilometres", "50 sq km"
		mod := lowerASCII(ln.str(k))
		if mod == "sq" {
			mod = "square"
		}
		return set(nkMeasure, mod+" "+ln.kwAt(k+1).unit, k+1)
	}
	kw := ln.toks[k].kw()
	if kw == nil || ln.toks[k].kind != tWord {
		return k
	}
	switch {
	case kw.cls&fcDuration != 0:
		if ln.is(k+1, "old") || ln.is(k+1, "of") && ln.is(k+2, "age") {
			e.kind = nkReject // an age: rejected by the caller
			return k
		}
		// "three years ago", "six minutes later", "two minutes into the
		// match": a point in time told from another, not a span the story
		// reports ("ten days before the festival" is the span between two
		// events; "a sentence of 18 months after she testified" is a span:
		// "of" after a noun makes it the noun's length)
		into := ln.is(k+1, "into") || ln.is(k+1, "in") && ln.is(k+2, "the") && (ln.is(k+3, "first") || ln.is(k+3, "second")) && ln.is(k+4, "half")
		if into {
			e.kind = nkReject
			return k
		}
		switch new(foldBuf).of(ln.str(k + 1)) {
		case "ago", "later", "earlier", "afterwards", "beforehand", "back":
			if !ln.is(e.first-1, "for") && !(ln.is(e.first-1, "of") && e.first >= 2 && ln.toks[e.first-2].kind == tWord && !ln.cls(e.first-2, fcStopNP|fcSkip) &&
				!ln.numberTok(e.first-2)) {
				e.kind = nkReject
				return k
			}
		}
		if e.kind == nkMoney {
			return k
		}
		return set(nkDuration, kw.unit, k)
	case kw.cls&fcCurrency != 0:
		if (ln.is(k, "pound") || ln.is(k, "pounds")) && (ln.is(k+1, "of") || ln.weighs(*e, k)) {
			return set(nkMeasure, "lb", k) // "50 pounds of rice", "he weighed 180 pounds"
		}
		if ln.is(k, "won") && !ln.toks[k-1].upper() && e.value < 100 {
			return k
		}
		return set(nkMoney, kw.unit, k)
	case kw.cls&fcMeasure != 0:
		if e.kind == nkMoney {
			return k
		}
		unit := kw.unit
		last := k
		switch {
		case unit == "km" && ln.str(k+1) == "/" && ln.is(k+2, "h"):
			unit, last = "km/h", k+2
		case (unit == "km" || unit == "miles") && ln.is(k+1, "per") && ln.is(k+2, "hour"):
			unit, last = map[string]string{"km": "km/h", "miles": "mph"}[unit], k+2 // "75 miles per hour"
		}
		return set(nkMeasure, unit, last)
	case k+1 < n && ln.toks[k+1].kw() != nil && ln.toks[k+1].kw().cls&fcCurrency != 0 && ln.toks[k+1].kw().unit != "" &&
		(ln.is(k+1, "dollars") || ln.is(k+1, "pounds") || ln.is(k+1, "pesos") || ln.is(k+1, "rupees") || ln.is(k+1, "francs") || ln.is(k+1, "dinars")):
		if code, ok := currencyAdjectives[new(foldBuf).of(ln.str(k))]; ok {
			return set(nkMoney, code, k+1)
		}
	}
	// "2.5 million Hong Kong dollars"
	if k+2 < n && (ln.is(k+2, "dollars") || ln.is(k+2, "dollar")) {
		if code, ok := currencyAdjectives[new(foldBuf).of(ln.str(k+1))]; ok {
			return set(nkMoney, code, k+2)
		}
	}
	return k
}

// unitModifiers are the words set between a number and its unit of
// measure ("cubic", "square", "route").
var unitModifiers = lexicons.Named("figures.txt", "unit-modifiers")

// spanModifiers are the words between a number and its unit of time
// ("working", "consecutive").
var spanModifiers = lexicons.Named("figures.txt", "span-modifiers")

// weighs reports whether "pounds" after the amount e (at token k) is a
// weight: the number is not scaled as money is ("5 million pounds"), and
// the sentence speaks of weight ("weighed", "heavier", "lost 20 pounds")
// or of a person's change ("He fell from 180 pounds to 165"), with no word
// of money in it.
func (ln *figLine) weighs(e numExpr, k int) bool {
	if e.kind == nkMoney || e.value >= 1000 || k > e.first+1 {
		return false
	}
	lo, hi := ln.sentenceBounds(e.first)
	weight, person, shed := false, false, false
	for j := lo; j < hi; j++ {
		switch new(foldBuf).of(ln.str(j)) {
		case "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavier", "lighter", "overweight", "obese", "diet":
			weight = true
		case "he", "she", "i":
			person = person || j < e.first
		case "lost", "gained", "shed", "put":
			shed = shed || j == e.first-1 // "she lost 12 pounds"
		case "cost", "costs", "price", "prices", "paid", "pay", "worth", "fine", "fined", "salary", "wage", "budget", "sold",
			"bought", "spent", "spend", "raised", "earn", "earned", "earns", "fund", "funds", "sterling", "shares":
			return false
		}
	}
	return weight || person && (ln.is(e.first-1, "from") || shed)
}

// sentenceBounds returns the tokens of the sentence around token i, at
// most sentenceWindow each way.
func (ln *figLine) sentenceBounds(i int) (lo, hi int) {
	lo, hi = i, i+1
	for lo > 0 && lo > i-sentenceWindow && !ln.punct(lo-1, ".!?;") {
		lo--
	}
	for hi < len(ln.toks) && hi < i+sentenceWindow && !ln.punct(hi, ".!?;") {
		hi++
	}
	return lo, hi
}

// secondEnd reads the high end of a range after token k-1, or the second
// value of a revision ("rose from 45 to 61"), which becomes its own number.
func (ln *figLine) secondEnd(e numExpr, k, qFirst int, out []numExpr) (numExpr, []numExpr) {
	// "rose from 29 on Wednesday to 34": a short time phrase may sit
	// between the two values of a revision
	if ln.is(qFirst-1, "from") && (ln.is(k, "on") || ln.is(k, "in") || ln.is(k, "last") || ln.is(k, "at")) {
		for j := k + 1; j < len(ln.toks) && j <= k+3; j++ {
			if ln.is(j, "to") {
				if ln.cls(j-1, fcWeekday|fcMonth) || ln.is(j-1, "week") || ln.is(j-1, "month") || ln.is(j-1, "year") {
					k = j
				}
				break
			}
			if ln.toks[j].kind != tWord {
				break
			}
		}
	}
	sep := ln.str(k)
	switch {
	case sep == "-" || sep == "–" || sep == "—":
		if !ln.adjacent(k-1, k) && !ln.adjacentSpace(k-1, k) {
			return e, out
		}
	case strings.EqualFold(sep, "to"):
	case strings.EqualFold(sep, "and") && e.qual == "between":
	case strings.EqualFold(sep, "or") && e.kind == nkCount:
	default:
		return e, out
	}
	// "between $5 and $10": the high end repeats the currency
	if e.kind == nkMoney && k+2 < len(ln.toks) && currencySymbols[ln.str(k+1)] != "" && ln.adjacent(k+1, k+2) {
		k++
	}
	if k+1 >= len(ln.toks) || !ln.startsNumber(k+1) {
		return e, out
	}
	c2, ok := ln.parseCore(k + 1)
	if ok && !c2.skip && (e.kind == nkDuration || e.kind == nkCount) && ln.isAge(c2) {
		e.kind, e.last = nkReject, c2.last // "between six months and 19 years of age": both ends are ages
		return e, out
	}
	if !ok || c2.skip || c2.approx || ln.nonFigure(c2) {
		return e, out
	}
	e2 := numExpr{first: c2.first, last: c2.last, value: c2.value, start: int(ln.toks[c2.first].start), end: int(ln.toks[c2.last].end), kind: e.kind, unit: e.unit}
	ln.unitAfter(&e2, c2.last+1) // "20 to 30 per cent": the unit of the high end is the range's
	if e2.kind == nkReject {
		return e, out
	}
	if e.kind == nkCount && e2.kind != nkCount {
		e.kind, e.unit = e2.kind, e2.unit
	}
	// "by 0.3 percentage points to 6.1%": a change and a level, no range
	if e2.kind != e.kind || e.kind != nkCount && e2.unit != e.unit {
		return e, out
	}
	// Revision: "the toll rose from 45 to 61", "increasing the death toll from fourteen to 31".
	if strings.EqualFold(sep, "to") && ln.is(qFirst-1, "from") {
		for j := qFirst - 2; j >= 0 && j >= qFirst-6; j-- {
			if ln.cls(j, fcChange) || ln.is(j, "toll") {
				e.earlier = true
				e.qFirst = qFirst
				out = append(out, e)
				e2.qual = ""
				e2.qFirst = e2.first
				return e2, out
			}
		}
	}
	// "between 2 and 3 million": the scale of the high end applies to both
	lo := e.value
	if sc := ln.toks[c2.last].kw(); sc != nil && (c2.scaled && sc.scale >= 1000 && lo < 1000 || sc.scale == 100 && lo < 10 && c2.value < 1000) &&
		(ln.toks[e.last].kw() == nil || ln.toks[e.last].kw().scale == 0) {
		lo *= sc.scale // "between 2 and 3 million", "two to three hundred"
	}
	if e2.value <= lo || e2.value > lo*100+100 {
		return e, out
	}
	// "two or three": only small word numbers make a range with "or".
	if strings.EqualFold(sep, "or") && e2.value > 20 && e.kind == nkCount {
		return e, out
	}
	e.value, e.max, e.hasMax = lo, e2.value, true
	e.last, e.end = e2.last, e2.end
	return e, out
}

// rejectTail returns the last token of a rejected number together with
// the second end that goes with it: "aged 8–10 years", "2007 to 2012",
// "police posts 542 and 543".
func (ln *figLine) rejectTail(c core) int {
	k := c.last + 1
	if !(ln.punct(k, "-–—") || ln.is(k, "to") || c.digits != "" && (ln.is(k, "and") || ln.is(k, "or"))) {
		return c.last
	}
	if k+1 >= len(ln.toks) || !ln.startsNumber(k+1) || c.digits != "" && ln.toks[k+1].kind != tNum {
		return c.last
	}
	c2, ok := ln.parseCore(k + 1)
	if !ok {
		return c.last
	}
	if ln.cls(c2.last+1, fcDuration|fcMeasure) {
		return c2.last + 1
	}
	return c2.last
}
