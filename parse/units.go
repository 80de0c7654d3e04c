package parse

import (
	"strings"

	"github.com/factpane/factpane/parse/lexicons"
)

// Units: what follows a number and says what it measures. Currencies
// written before or after it ("RM120", "USD 25m", "2.5 million Hong Kong
// dollars"), percentages, units of measure ("50 sq km", "180 pounds" of
// weight), spans of time, including those written like a clock
// ("2:07:31") or in parts ("1 hour 58 minutes"). parseExprs in
// numbers.go calls unitAfter once it has the number.

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

var currencySymbols = lexicons.Pairs("sets.txt", "currency-signs")

// currencySignStarts are the first bytes of the currency signs.
var currencySignStarts = func() (starts [256]bool) {
	for s := range currencySymbols {
		if s != "" {
			starts[s[0]] = true
		}
	}
	return starts
}()

// currencySign looks s up in currencySymbols. It is asked of the token
// before most numbers, nearly always a word: one whose first byte starts
// no sign is answered without hashing it.
func currencySign(s string) (code string, ok bool) {
	if s != "" && !currencySignStarts[s[0]] {
		return "", false
	}
	code, ok = currencySymbols[s]
	return code, ok
}

// currencyCode is the code of the currency sign s, or "".
func currencyCode(s string) string {
	code, _ := currencySign(s)
	return code
}

var dollarPrefixes = lexicons.Pairs("sets.txt", "dollar-prefixes")

// currencyAdjectives name whose dollar, pound, peso or rupee it is.
var currencyAdjectives = lexicons.Pairs("sets.txt", "currency-adjectives")

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

// feetAndInches reads the inches after a length in feet ("six feet five
// inches", "6 ft 2 in") and makes one length in inches, as compoundSpan
// does for spans; it returns the next token.
func (ln *figLine) feetAndInches(e *numExpr, k int) int {
	j := k
	if ln.is(j, "and") {
		j++
	}
	if j >= len(ln.toks) || ln.toks[j].kind != tNum && !(ln.toks[j].kw() != nil && ln.toks[j].kw().isNum) {
		return k
	}
	c, ok := ln.parseCore(j)
	if !ok || c.skip || c.rest != "" || c.scaled || c.approx || c.value >= 12 {
		return k
	}
	if u := ln.kwAt(c.last + 1); u == nil || u.unit != "inches" || e.hasMax {
		return k
	}
	e.value = e.value*12 + c.value
	e.unit, e.last, e.end = "inches", c.last+1, int(ln.toks[c.last+1].end)
	return e.last + 1
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
	case lk == "points" && e.kind == nkCount && ln.marketSentence(e.first):
		return set(nkMeasure, "points", k) // "the Sensex gained 76.51 points"
	case lk == "cents" && e.kind == nkCount && !e.approx:
		// "75 cents": an amount in hundredths of a currency the text
		// names elsewhere, if at all, so the value is in the whole unit
		// and the currency is left unsaid
		e.value /= 100
		return set(nkMoney, "", k)
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
		switch mod {
		case "sq":
			mod = "square"
		case "metric":
			return set(nkMeasure, ln.kwAt(k+1).unit, k+1) // "2.5 metric tons": tonnes
		}
		return set(nkMeasure, mod+" "+ln.kwAt(k+1).unit, k+1)
	}
	// A nationality before a currency's name: a name several countries
	// share takes the code currencyAdjectives gives ("six million US
	// dollars", "Canadian dollars"), one only one country has its own
	// ("100,000 Georgian lari")
	if k+1 < n && ln.toks[k].kind == tWord {
		if fw := ln.toks[k+1].kw(); fw != nil && fw.cls&fcCurrency != 0 && fw.unit != "" {
			shared := sharedCurrencyName(new(foldBuf).of(ln.str(k + 1)))
			if code, ok := currencyAdjectives[new(foldBuf).of(ln.str(k))]; ok && shared {
				return set(nkMoney, code, k+1)
			}
			if !shared && ln.toks[k].upper() && ln.toks[k].is(cDemonym) {
				return set(nkMoney, fw.unit, k+1)
			}
		}
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
		if (ln.is(k, "pound") || ln.is(k, "pounds")) && (ln.is(k+1, "of") || ln.weighs(*e, k) || ln.poundWeighs && !ln.sterling(k)) {
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
	}
	// "2.5 million Hong Kong dollars"
	if k+2 < n && (ln.is(k+2, "dollars") || ln.is(k+2, "dollar")) {
		if code, ok := currencyAdjectives[new(foldBuf).of(ln.str(k+1))]; ok {
			return set(nkMoney, code, k+2)
		}
	}
	return k
}

// sharedCurrencyName reports the currency names several countries use,
// whose code the nationality before them decides.
func sharedCurrencyName(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "dollar", "pound", "peso", "rupee", "franc", "dinar", "krone", "kroner", "krona", "kronor", "riyal", "rial",
		"shilling", "dirham", "real", "lira", "euro", "sterling":
		return true
	}
	return false
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

// marketSentence reports whether the sentence around token i is about a
// stock index ("the index closed", "the Nifty rose", "the Dow fell"):
// its points and closes are the index's level, a measure.
func (ln *figLine) marketSentence(i int) bool {
	lo, hi := ln.sentenceBounds(i)
	for j := lo; j < hi; j++ {
		if ln.toks[j].kind == tWord && stockIndices[new(foldBuf).of(ln.str(j))] {
			return true
		}
	}
	return false
}

// stockIndices: "index", "Sensex", "Dow"... (lexicons/figures.txt).
var stockIndices = lexicons.Named("figures.txt", "stock-indices")

// indexClose reports whether the number e, with no unit, is the level a
// stock index closed at: "closed at 2,115", "closed at a new high of
// 6,679.20" (a close before it in its sentence, an index named).
func (ln *figLine) indexClose(e numExpr) bool {
	if e.kind != nkCount || e.unit != "" || e.value < 100 || !(ln.is(e.first-1, "at") || ln.is(e.first-1, "of")) {
		return false
	}
	closed := false
	for j := e.first - 1; j >= 0 && j >= e.first-8; j-- {
		if ln.is(j, "closed") || ln.is(j, "ended") || ln.is(j, "finished") {
			closed = true
			break
		}
	}
	return closed && ln.marketSentence(e.first)
}

// sterling reports whether the "pounds" at k are money whatever the
// text's currency: "pounds sterling", or a conversion into dollars after
// them ("1.2 billion pounds ($1.5 billion)").
func (ln *figLine) sterling(k int) bool {
	return ln.is(k+1, "sterling") || ln.punct(k+1, "(") && ln.punct(k+2, "$")
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
