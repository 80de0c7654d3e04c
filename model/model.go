// Package model holds factpane's plain data: an article and the figures and
// people extracted from it. Its JSON tags are the public --json schema, so a
// field rename here is a breaking change for every script that reads it.
//
// The package has no dependencies beyond the standard library; parse/ fills
// it, ui/, sheet/ and serve/ read it.
package model

// Article is one news article and what it reports.
type Article struct {
	// Source names where the text came from: a path, a URL, "-" for stdin
	// or "sample:NAME" for an embedded sample.
	Source string `json:"source"`
	Title  string `json:"title"`
	// Text is the text that mention offsets index. It is set only when that
	// text differs from the input's bytes (converted HTML or Markdown,
	// decoded UTF-16, neutralised control bytes), so every mention can still
	// be checked against it; for plain UTF-8 input the file itself is the text.
	Text string `json:"text,omitempty"`
	// URL is the address a fetched page or feed item was read from; empty
	// for files, stdin and samples.
	URL string `json:"url,omitempty"`
	// Byline and Date are what the input itself states of the author and
	// of the time of publication (an HTML page's metadata, a feed item, a
	// Markdown front matter); empty when it states nothing. Date is RFC
	// 3339 when the input's date could be read, else as written.
	Byline string `json:"byline,omitempty"`
	Date   string `json:"date,omitempty"`
	// Site is the name of the publication the input says it comes from
	// (an HTML page's og:site_name or JSON-LD publisher, "The Daily
	// Ledger"), for the reader's header; empty when it says none.
	Site string `json:"site,omitempty"`
	// Feed names the feed a feed item's article came from (the name the
	// feeds file gives it, else the feed's own title); empty for articles
	// that are not a feed's.
	Feed string `json:"feed,omitempty"`
	// Links are the article's hyperlinks in the order they appear. Each
	// link's anchor text spans [Start, End) of the text and is followed
	// there by its reference mark " [N]"; the text ends with a numbered
	// list of them.
	Links []Link `json:"links,omitempty"`
	// Headings are the spans of the text that are headings of the input's
	// own (Markdown and HTML headings), for the reader to show as such.
	// Not part of the JSON: they say how to show the text, not what it
	// reports.
	Headings []Span   `json:"-"`
	Figures  []Figure `json:"figures"`
	People   []Person `json:"people"`
}

// Link is a hyperlink of the article: its number N (from 1, as in the
// text's reference marks), its target and the byte span of its anchor
// text.
type Link struct {
	N     int    `json:"n"`
	URL   string `json:"url"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Span is a byte range [Start, End) of the article text.
type Span struct {
	Start int
	End   int
}

// Category says what kind of thing a figure counts or measures.
type Category string

// The categories of ../shared/eval/GUIDE.md, in sidebar order.
const (
	Casualties Category = "casualties"
	Raids      Category = "raids"
	Arrests    Category = "arrests"
	Personnel  Category = "personnel"
	Money      Category = "money"
	Percent    Category = "percent"
	Duration   Category = "duration"
	Measure    Category = "measure"
	Count      Category = "count"
)

// Categories lists every figure category in the order the sidebar and the
// fact sheet show them.
func Categories() []Category {
	return []Category{Casualties, Raids, Arrests, Personnel, Money, Percent, Duration, Measure, Count}
}

// Heading is the group title the sidebar and the fact sheet give a category.
func (c Category) Heading() string {
	switch c {
	case Casualties:
		return "Casualties"
	case Raids:
		return "Raids"
	case Arrests:
		return "Arrests"
	case Personnel:
		return "Personnel"
	case Money:
		return "Money"
	case Percent:
		return "Percentages"
	case Duration:
		return "Durations"
	case Measure:
		return "Measures"
	default:
		return "Other figures"
	}
}

// Subtypes of casualties and arrests (GUIDE.md).
const (
	Killed    = "killed"
	Wounded   = "wounded"
	Missing   = "missing"
	Arrested  = "arrested"
	Detained  = "detained"
	Charged   = "charged"
	Released  = "released"
	Convicted = "convicted"
)

// Figure is one fact stated as a number, with every place the text states it.
type Figure struct {
	ID string `json:"id"`
	// Value is the number; for a range, its low end.
	Value float64 `json:"value"`
	// Max is the high end of a range ("between 20 and 30"), else nil.
	Max *float64 `json:"max"`
	// Text is the number as first written ("115,000", "Seven", "dozens").
	Text string `json:"text"`
	// Qualifier is a bound as written: "at least", "more than", "nearly"...
	Qualifier string `json:"qualifier"`
	// Approx marks vague amounts (dozens, hundreds, a handful) whose value
	// is only a conventional lower bound.
	Approx bool `json:"approx"`
	// Unit is an ISO currency code for money, "%" for percent, hours, days,
	// months or years for durations, or the unit as written for measures.
	Unit     string   `json:"unit"`
	Category Category `json:"category"`
	// Subtype refines casualties (killed, wounded, missing) and arrests
	// (arrested, detained, charged, released, convicted).
	Subtype string `json:"subtype"`
	// Label says in a few words what the number is ("people died in the attacks").
	Label    string    `json:"label"`
	Mentions []Mention `json:"mentions"`
}

// Person is a named person with every proper-name mention of them.
type Person struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Role     string    `json:"role"`
	Age      *int      `json:"age"`
	Mentions []Mention `json:"mentions"`
}

// Mention is a span of the article text: byte offsets [Start, End) and the
// bytes themselves, so Text == article[Start:End] always holds.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
