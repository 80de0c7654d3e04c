package model

import (
	"strconv"
	"strings"
)

// Headline is how a figure reads on its own: the qualifier, the number as
// written and what it counts ("more than 400 wounded", "129 killed",
// "three months"). The sidebar, the fact sheet and the SSH picker all use it
// so a figure reads the same everywhere.
func (f Figure) Headline() string {
	var b strings.Builder
	if f.Qualifier != "" {
		b.WriteString(f.Qualifier)
		b.WriteByte(' ')
	}
	b.WriteString(f.Text)
	b.WriteString(f.suffix())
	return b.String()
}

// Short is the compact form for one-line summaries: "400+ wounded",
// "129 killed", "128 raids". Lower bounds become a trailing +, upper bounds
// a leading ≤, ranges a dash.
func (f Figure) Short() string {
	num := f.Text
	if f.Max != nil {
		num = f.rangeText()
	}
	switch BoundOf(f.Qualifier) {
	case Lower:
		num += "+"
	case Upper:
		num = "≤" + num
	case About:
		num = "~" + num
	}
	if f.Max != nil && f.Category == Percent {
		return num // rangeText wrote the sign
	}
	return num + f.suffix()
}

// rangeText writes a range with its unit, which the number as written
// ("between $1m and $2m" keeps only "$1m") would lose: "$1,000,000–2,000,000",
// "20–30%", "3–4 hours".
func (f Figure) rangeText() string {
	r := FormatNumber(f.Value) + "–" + FormatNumber(*f.Max)
	switch {
	case f.Unit == "":
		return r
	case f.Unit == "%":
		return r + "%"
	case f.Category == Money:
		if sym, ok := currencySymbols[f.Unit]; ok {
			return sym + r
		}
	}
	return r + " " + f.Unit
}

// currencySymbols are the signs a money range is written with; other
// currencies keep their ISO code after the number.
var currencySymbols = map[string]string{"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"}

// Bound says which way a qualifier bounds its number.
type Bound int

// The bounds a qualifier can set.
const (
	Exact Bound = iota // no qualifier, or one that does not bound ("between")
	Lower              // the number or more: "more than", "at least", "well over"
	Upper              // the number or fewer: "up to", "fewer than", "just under"
	About              // near the number either way: "about", "nearly", "some"
)

// bounds classifies every qualifier the extractor writes (parse keeps its
// list in step: a test there checks each of its qualifiers is here).
var bounds = map[string]Bound{
	"more than": Lower, "over": Lower, "at least": Lower, "above": Lower, "upwards of": Lower,
	"in excess of": Lower, "well over": Lower, "just over": Lower, "well above": Lower,
	"no fewer than": Lower, "no less than": Lower, "as many as": Lower, "as much as": Lower,
	"up to": Upper, "fewer than": Upper, "less than": Upper, "under": Upper, "below": Upper,
	"at most": Upper, "no more than": Upper, "not more than": Upper, "just under": Upper, "as few as": Upper,
	"about": About, "around": About, "nearly": About, "almost": About, "some": About,
	"approximately": About, "approx": About, "roughly": About, "close to": About, "an estimated": About,
	"between": Exact,
}

// BoundOf classifies a qualifier as written; unknown ones bound nothing.
func BoundOf(qualifier string) Bound {
	return bounds[strings.ToLower(qualifier)]
}

// KnownQualifier reports whether BoundOf knows the qualifier.
func KnownQualifier(qualifier string) bool {
	_, ok := bounds[strings.ToLower(qualifier)]
	return ok
}

// suffix is the noun after the number, with the space it needs ("%" takes
// none).
func (f Figure) suffix() string {
	noun := f.noun()
	switch {
	case noun == "" || strings.HasSuffix(strings.ToLower(f.Text), noun):
		return ""
	case noun == "%":
		return noun
	}
	return " " + noun
}

// noun is the word that says what a bare number counts, for categories
// whose number alone does not (a money or duration figure's text already
// carries its unit).
func (f Figure) noun() string {
	switch f.Category {
	case Casualties, Arrests:
		return f.Subtype
	case Raids:
		return "raids"
	case Personnel:
		return "personnel"
	case Percent:
		// "a third", "one in three" are shares written in words: no sign after them
		if f.Unit == "%" && !strings.ContainsAny(f.Text, "%") && !strings.Contains(strings.ToLower(f.Text), "cent") &&
			strings.ContainsAny(f.Text, "0123456789") {
			return "%"
		}
	}
	return ""
}

// FormatNumber writes a value with thousands separators and without a
// trailing ".0": 115000 → "115,000", 4.5 → "4.5".
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Describe is how a person reads in a list: "Bernard Cazeneuve · Interior
// Minister", "Salah Abdeslam, 26".
func (p Person) Describe() string {
	s := p.Name
	if p.Age != nil {
		s += ", " + strconv.Itoa(*p.Age)
	}
	if p.Role != "" {
		s += " · " + p.Role
	}
	return s
}
