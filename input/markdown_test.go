package input

import (
	"bytes"
	"strings"
	"testing"
)

func TestMarkdownFile(t *testing.T) {
	doc, err := Load("testdata/story.md", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := `Council approves £4.2 million budget for new schools

The council voted 31 to 12 on Monday to approve the plan, which its leader, Councillor Anne Whitlock, called "the biggest investment in a decade".

What the money pays for

• 3 new primary schools
• repairs to 17 buildings
  1. roofs first
  2. then heating

Read the full report [1] or see inline html the budget_2026.xlsx file.
A hard break came before this line; 5 < 6 & *stars* stay.

"We cannot wait," said Whitlock.

code block line

Links

[1] https://example.org/report.pdf`
	if doc.Text != want {
		t.Errorf("text =\n%s\nwant\n%s", doc.Text, want)
	}
	if doc.Title != "Council approves £4.2 million budget for new schools" {
		t.Errorf("title = %q", doc.Title)
	}
	if !doc.Converted {
		t.Error("Markdown text differs from the file: Converted must be set")
	}
}

// markdownText is markdownDoc's title and text, for tests of the text.
func markdownText(src []byte) (title, text string, err error) {
	doc, err := markdownDoc(src, nil)
	return doc.Title, doc.Text, err
}

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, title, text string
	}{
		{"setext heading is the title", "Floods hit town\n===============\n\nBody *text*.\n", "Floods hit town", "Floods hit town\n\nBody text."},
		{"first heading of any level", "Intro para.\n\n### Later heading\n\n# Top\n", "Later heading", "Intro para.\n\nLater heading\n\nTop"},
		{"no heading", "Just **bold** and _em_ and __strong__.\n", "", "Just bold and em and strong."},
		{"intraword emphasis", "snake_case_name and a*b*c\n", "", "snake_case_name and abc"},
		{"code span keeps stars", "Use `a*b*c` here\n", "", "Use a*b*c here"},
		{"autolink", "See <https://example.org/x>.\n", "", "See https://example.org/x [1].\n\nLinks\n\n[1] https://example.org/x"},
		{"link reference", "Read [the report][r].\n\n[r]: https://example.org\n", "", "Read the report [1].\n\nLinks\n\n[1] https://example.org"},
		{"entities", "&copy; 2026 &#8212; &#x41;\n", "", "© 2026 — A"},
		{"html block dropped", "<div>\nads\n</div>\n\nText.\n", "", "Text."},
		{"loose list", "- one\n\n- two\n", "", "• one\n\n• two"},
		{"ordered from 3", "3. c\n4. d\n", "", "3. c\n4. d"},
		{"empty", "", "", ""},
		{"whitespace", "  \n\n  \n", "", ""},
		{"fenced code", "```go\nx := 1\n```\n", "", "x := 1"},
		{"hard break in a setext heading", "Storm\\\nhits\n===\n", "Storm\nhits", "Storm\nhits"},
		{"yaml front matter", "---\ntitle: \"Storm hits coast\"\ndate: 2026-03-01\n---\nFour killed.\n", "Storm hits coast", "Four killed."},
		{"yaml front matter, heading too", "---\nlayout: post\n...\n# Heading\n", "Heading", "Heading"},
		{"toml front matter", "+++\r\ntitle = 'Fire'\r\n+++\r\nTwo hurt.\r\n", "Fire", "Two hurt."},
		{"rule and setext heading, not front matter", "---\nText one\n---\n", "Text one", "Text one"},
		{"a rule, not front matter", "---\nText one\n\nText two\n", "", "Text one\n\nText two"},
		{"escape in source is made visible", "Hi \x1b[2J there\n", "", "Hi ␛[2J there"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, text, err := markdownText([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if title != tt.title {
				t.Errorf("title = %q, want %q", title, tt.title)
			}
			if text != tt.text {
				t.Errorf("text = %q, want %q", text, tt.text)
			}
		})
	}
}

// deepInputs are Markdown inputs of about size bytes that nest block
// quotes or lists far past maxNesting, the shapes that made goldmark's
// parse quadratic (seconds to minutes for under a megabyte).
func deepInputs(size int) map[string][]byte {
	indented := func() []byte { // each item one level deeper than the last
		var b []byte
		for i := 0; len(b) < size; i++ {
			b = append(b, strings.Repeat("  ", i)...)
			b = append(b, "- x\n"...)
		}
		return b
	}
	return map[string][]byte{
		"quotes on one line":   []byte(strings.Repeat(">", size-3) + " x\n"),
		"spaced quotes":        []byte(strings.Repeat("> ", size/2-2) + "x\n"),
		"bullets on one line":  []byte(strings.Repeat("- ", size/2-2) + "x\n"),
		"numbers on one line":  []byte(strings.Repeat("1. ", size/3-2) + "x\n"),
		"quotes and bullets":   []byte(strings.Repeat("> * ", size/4-2) + "x\n"),
		"indented items":       indented(),
		"deep lines, repeated": bytes.Repeat([]byte(strings.Repeat(">", 1000)+" x\n"), size/1003),
	}
}

// TestMarkdownTooDeep: input nested past maxNesting is shown as written,
// without a parse; Markdown nested as deep as real articles is still read
// as Markdown.
func TestMarkdownTooDeep(t *testing.T) {
	for name, src := range deepInputs(64 << 10) {
		if !tooDeep(src) {
			t.Errorf("%s: not found too deep", name)
			continue
		}
		title, text, err := markdownText(src)
		if err != nil || title != "" || text != string(src) {
			t.Errorf("%s: got title %q, err %v, text changed: %v", name, title, err, text != string(src))
		}
	}
	var nested strings.Builder
	for i := range maxNesting / 2 { // lists indented two columns a level
		nested.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	for _, src := range []string{
		strings.Repeat("> ", maxNesting-1) + "quoted\n",
		strings.Repeat("-", 80) + "\n" + strings.Repeat("*", 80) + "\n",
		"1. one\n2. two\n   - a\n     > quote\n",
		"\t\t\tindented code\n" + strings.Repeat(" ", 2*maxNesting) + "deep code\n",
		"2026. A year\n",
		nested.String(),
	} {
		if tooDeep([]byte(src)) {
			t.Errorf("%q: found too deep", src)
		}
	}
	if _, text, _ := markdownText([]byte(strings.Repeat("> ", 3) + "*quoted*\n")); text != "quoted" {
		t.Errorf("three quotes deep: %q, want the Markdown read", text)
	}
}

// BenchmarkMarkdownDeep loads 1 MB of each deeply nested shape through
// Read's Markdown path (decode). Before the depth cap, 100,000 '>' alone
// took 3 s; now each is a scan and a Sanitize, milliseconds.
func BenchmarkMarkdownDeep(b *testing.B) {
	for name, src := range deepInputs(1 << 20) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := decode("deep.md", src, formatMarkdown, "", nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
