package input

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/factpane/factpane/parse"
)

// mdCase is one Markdown input and what it reads as: the whole text, the
// links as "N:anchor" and the headings' text.
type mdCase struct {
	name     string
	in       string
	text     string
	links    []string
	headings []string
}

func runMarkdownCases(t *testing.T, base *url.URL, cases []mdCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := markdownDoc([]byte(tt.in), base)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.text {
				t.Errorf("text =\n%s\nwant\n%s", doc.Text, tt.text)
			}
			checkSpans(t, doc)
			if got := linkTexts(doc); !reflect.DeepEqual(got, tt.links) {
				t.Errorf("links = %q, want %q", got, tt.links)
			}
			if got := headingTexts(doc); !reflect.DeepEqual(got, tt.headings) {
				t.Errorf("headings = %q, want %q", got, tt.headings)
			}
		})
	}
}

func TestMarkdownLinks(t *testing.T) {
	runMarkdownCases(t, nil, []mdCase{
		{
			name:  "inline link",
			in:    "Read [the report](https://example.org/r) today.\n",
			text:  "Read the report [1] today.\n\nLinks\n\n[1] https://example.org/r",
			links: []string{"1:the report"}, headings: []string{"Links"},
		},
		{
			name:  "nested markup in the anchor",
			in:    "See [the **full** *report* on `x`](https://example.org/r).\n",
			text:  "See the full report on x [1].\n\nLinks\n\n[1] https://example.org/r",
			links: []string{"1:the full report on x"}, headings: []string{"Links"},
		},
		{
			name:  "reference-style links, full, collapsed and shortcut",
			in:    "[One][a], [Two][] and [Three].\n\n[a]: https://example.org/1\n[two]: https://example.org/2 \"Title\"\n[three]: <https://example.org/3>\n",
			text:  "One [1], Two [2] and Three [3].\n\nLinks\n\n[1] https://example.org/1\n[2] https://example.org/2\n[3] https://example.org/3",
			links: []string{"1:One", "2:Two", "3:Three"}, headings: []string{"Links"},
		},
		{
			name:  "autolinks: URL and e-mail",
			in:    "Write to <desk@example.org> or see <https://example.org/live>.\n",
			text:  "Write to desk@example.org [1] or see https://example.org/live [2].\n\nLinks\n\n[1] mailto:desk@example.org\n[2] https://example.org/live",
			links: []string{"1:desk@example.org", "2:https://example.org/live"}, headings: []string{"Links"},
		},
		{
			name:  "a repeated target keeps its number",
			in:    "[Police](https://example.org/p) said... [the police](https://example.org/p) and [others](https://example.org/o).\n",
			text:  "Police [1] said... the police [1] and others [2].\n\nLinks\n\n[1] https://example.org/p\n[2] https://example.org/o",
			links: []string{"1:Police", "1:the police", "2:others"}, headings: []string{"Links"},
		},
		{
			name: "images are not text, a linked image is no link",
			in:   "A ![chart](c.png) and [![logo](l.png)](https://example.org/) here.\n",
			text: "A  and  here.",
		},
		{
			name: "schemes that are not links stay text",
			in:   "[Run](javascript:alert(1)), [file](file:///etc/passwd), [data](data:text/html,x) and [relative](/x).\n",
			text: "Run, file, data and relative.",
		},
		{
			name:  "escapes and entities in a destination",
			in:    "[a](https://example.org/a\\_b?x=1&amp;y=2)\n",
			text:  "a [1]\n\nLinks\n\n[1] https://example.org/a_b?x=1&y=2",
			links: []string{"1:a"}, headings: []string{"Links"},
		},
		{
			name: "control bytes in anchor and target",
			in:   "[red \x1b[31malert](https://example.org/\x1b[2J) and [ok](https://example.org/%1b)\n",
			// goldmark reads "[31malert](…␛[2J)" as the link: its target
			// holds ESC, so it is none.
			text:  "[red ␛31malert and ok [1]\n\nLinks\n\n[1] https://example.org/%1b",
			links: []string{"1:ok"}, headings: []string{"Links"},
		},
		{
			name:     "link in a heading: marked in the text, not in the title",
			in:       "# Storm [hits](https://example.org/h) coast\n\nText.\n",
			text:     "Storm hits [1] coast\n\nText.\n\nLinks\n\n[1] https://example.org/h",
			links:    []string{"1:hits"},
			headings: []string{"Storm hits [1] coast", "Links"},
		},
		{
			name:  "link in a list item",
			in:    "- see [this](https://example.org/a)\n- and [that](https://example.org/b)\n",
			text:  "• see this [1]\n• and that [2]\n\nLinks\n\n[1] https://example.org/a\n[2] https://example.org/b",
			links: []string{"1:this", "2:that"}, headings: []string{"Links"},
		},
		{
			name:  "anchor across a line break",
			in:    "the [regional\nemergency office](https://example.org/e) said\n",
			text:  "the regional emergency office [1] said\n\nLinks\n\n[1] https://example.org/e",
			links: []string{"1:regional emergency office"}, headings: []string{"Links"},
		},
	})
	doc, err := markdownDoc([]byte("# Storm [hits](https://example.org/h) coast[^n]\n\n[^n]: x\n"), nil)
	if err != nil || doc.Title != "Storm hits coast" {
		t.Errorf("title = %q (%v), want it without marks", doc.Title, err)
	}
}

func TestMarkdownRelativeLinks(t *testing.T) {
	page, _ := url.Parse("https://news.example.org/2026/03/storm.md")
	runMarkdownCases(t, page, []mdCase{{
		name:  "resolved against the page",
		in:    "[Map](map.png), [home](/), [up](../feb/) and [anchor](#top).\n",
		text:  "Map [1], home [2], up [3] and anchor.\n\nLinks\n\n[1] https://news.example.org/2026/03/map.png\n[2] https://news.example.org/\n[3] https://news.example.org/2026/feb/",
		links: []string{"1:Map", "2:home", "3:up"}, headings: []string{"Links"},
	}})
}

func TestMarkdownTables(t *testing.T) {
	runMarkdownCases(t, nil, []mdCase{
		{
			name: "alignment",
			in:   "| District | Killed | Aid | Note |\n|:--|--:|:-:|---|\n| North | 7 | $1.2 million | calm |\n| South | 12 | none | x |\n",
			text: "" +
				"District │ Killed │     Aid      │ Note\n" +
				"─────────┼────────┼──────────────┼─────\n" +
				"North    │      7 │ $1.2 million │ calm\n" +
				"South    │     12 │     none     │ x",
		},
		{
			name: "wide cell widens its column only",
			in:   "| a | b |\n|---|---|\n| " + strings.Repeat("w", 60) + " | 1 |\n",
			text: "a" + strings.Repeat(" ", 59) + " │ b\n" + strings.Repeat("─", 60) + "─┼──\n" + strings.Repeat("w", 60) + " │ 1",
		},
		{
			name: "CJK cells count two columns a character",
			in:   "| 地区 | 死亡 |\n|---|--:|\n| 東京 | 3 |\n| Osaka-shi | 12 |\n",
			text: "" +
				"地区      │ 死亡\n" +
				"──────────┼─────\n" +
				"東京      │    3\n" +
				"Osaka-shi │   12",
		},
		{
			name:  "inline markup and links in cells",
			in:    "| Who | Source |\n|---|---|\n| **Police** | [statement](https://example.org/s) |\n| `Fire` \\| rescue | [site](https://example.org/f) |\n",
			links: []string{"1:statement", "2:site"},
			text: "" +
				"Who           │ Source\n" +
				"──────────────┼──────────────\n" +
				"Police        │ statement [1]\n" +
				"Fire | rescue │ site [2]\n\n" +
				"Links\n\n[1] https://example.org/s\n[2] https://example.org/f",
			headings: []string{"Links"},
		},
		{
			name: "short and long rows are evened out to the header",
			in:   "| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n",
			text: "a │ b │ c\n──┼───┼──\n1 │   │\n1 │ 2 │ 3",
		},
		{
			name: "table between paragraphs, and in a list item",
			in:   "Before.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter.\n\n- | x | y |\n  |---|---|\n  | 3 | 4 |\n",
			text: "Before.\n\na │ b\n──┼──\n1 │ 2\n\nAfter.\n\n• x │ y\n  ──┼──\n  3 │ 4",
		},
	})
}

// TestMarkdownTableFigures: the figures in a table are found in the text
// laid out, at offsets whose bytes are their text.
func TestMarkdownTableFigures(t *testing.T) {
	in := "# Storm toll\n\n| District | Killed | Aid |\n|:--|--:|--:|\n| North 東京 | 7 | $1.2 million |\n| [South](https://example.org/s) | 12 | 35% |\n"
	doc, err := markdownDoc([]byte(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, doc)
	a := parse.Extract(doc.Text)
	found := map[string]bool{}
	for _, f := range a.Figures {
		for _, m := range f.Mentions {
			if doc.Text[m.Start:m.End] != m.Text {
				t.Errorf("figure %s: bytes [%d,%d) are %q, mention says %q", f.ID, m.Start, m.End, doc.Text[m.Start:m.End], m.Text)
			}
			found[m.Text] = true
		}
	}
	for _, want := range []string{"7", "12", "$1.2 million", "35%"} {
		if !found[want] {
			t.Errorf("figure %q in the table not found; found %v in\n%s", want, found, doc.Text)
		}
	}
}

func TestMarkdownFootnotes(t *testing.T) {
	runMarkdownCases(t, nil, []mdCase{
		{
			name:     "notes after the text, numbered by first reference",
			in:       "Twelve died[^dead] and 40 were hurt[^hurt].\n\n[^hurt]: Police figures.\n[^dead]: Two more died [later](https://example.org/l).\n",
			text:     "Twelve died¹ and 40 were hurt².\n\nNotes\n\n1. Two more died later [1].\n2. Police figures.\n\nLinks\n\n[1] https://example.org/l",
			links:    []string{"1:later"},
			headings: []string{"Notes", "Links"},
		},
		{
			name:     "an unreferenced note is left out, a note referenced twice listed once",
			in:       "A[^a], B[^a].\n\n[^a]: Note.\n[^b]: Unused.\n",
			text:     "A¹, B¹.\n\nNotes\n\n1. Note.",
			headings: []string{"Notes"},
		},
		{
			name: "a reference without a note stays as written",
			in:   "Text[^x].\n",
			text: "Text[^x].",
		},
	})
}

func TestMarkdownHeadings(t *testing.T) {
	runMarkdownCases(t, nil, []mdCase{{
		name:     "ATX and setext headings of every level, in a block quote too",
		in:       "Lead\n====\n\nText.\n\n## Two\n\n### Three *em*\n\nSub\n---\n\n> #### Quoted\n",
		text:     "Lead\n\nText.\n\nTwo\n\nThree em\n\nSub\n\nQuoted",
		headings: []string{"Lead", "Two", "Three em", "Sub", "Quoted"},
	}})
}

func TestMarkdownFrontMatter(t *testing.T) {
	tests := []struct {
		name, in                  string
		title, byline, date, text string
	}{
		{"yaml", "---\ntitle: \"Storm hits coast\"\nauthor: Jane Doe\ndate: 2026-03-01\n---\nFour killed.\n",
			"Storm hits coast", "Jane Doe", "2026-03-01", "Four killed."},
		{"yaml, date and time with zone", "---\ntitle: T\ndate: 2026-03-01T09:30:00+01:00\n---\nx\n", "T", "", "2026-03-01T09:30:00+01:00", "x"},
		{"yaml, Jekyll date", "---\ndate: 2026-03-01 09:30:00 -0500\n---\nx\n", "", "", "2026-03-01T09:30:00-05:00", "x"},
		{"yaml, zone-less time is UTC", "---\ndate: 2026-03-01 09:30\n---\nx\n", "", "", "2026-03-01T09:30:00Z", "x"},
		{"yaml, author list inline", "---\nauthors: [\"Jane Doe\", Sam Roe]\n---\nx\n", "", "Jane Doe, Sam Roe", "", "x"},
		{"yaml, author block list", "---\nauthors:\n  - Jane Doe\n  - Sam Roe\ntitle: T\n---\nx\n", "T", "Jane Doe, Sam Roe", "", "x"},
		{"yaml, author map", "---\nauthor:\n  name: Jane Doe\n  email: j@example.org\n---\nx\n", "", "Jane Doe", "", "x"},
		{"yaml, unreadable date kept as written", "---\ndate: the day after the storm\n---\nx\n", "", "", "the day after the storm", "x"},
		{"yaml, comment after a value", "---\nauthor: Jane Doe # staff\n---\nx\n", "", "Jane Doe", "", "x"},
		{"toml", "+++\r\ntitle = 'Fire'\r\nauthor = \"Sam Roe\"\r\ndate = 2026-02-28T23:00:00Z\r\n+++\r\nTwo hurt.\r\n",
			"Fire", "Sam Roe", "2026-02-28T23:00:00Z", "Two hurt."},
		{"controls in values are neutralised", "---\ntitle: \"a\x1b[2Jb\"\nauthor: \"x\x07y\"\n---\nz\n", "a␛[2Jb", "x␇y", "", "z"},
		{"none", "# Head\n\nx\n", "Head", "", "", "Head\n\nx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := markdownDoc([]byte(tt.in), nil)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Byline != tt.byline || doc.Date != tt.date || doc.Text != tt.text {
				t.Errorf("got title %q byline %q date %q text %q\nwant      %q        %q      %q      %q", doc.Title, doc.Byline, doc.Date, doc.Text, tt.title, tt.byline, tt.date, tt.text)
			}
		})
	}
}
