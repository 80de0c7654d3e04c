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
		num = FormatNumber(f.Value) + "–" + FormatNumber(*f.Max)
	}
	switch f.Qualifier {
	case "more than", "over", "at least", "above", "upwards of", "in excess of":
		num += "+"
	case "up to", "fewer than", "less than", "under", "at most", "no more than":
		num = "≤" + num
	case "about", "around", "nearly", "almost", "some", "approximately", "roughly", "close to":
		num = "~" + num
	}
	return num + f.suffix()
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
