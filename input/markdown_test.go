package input

import (
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

Read the full report or see inline html the budget_2026.xlsx file.
A hard break came before this line; 5 < 6 & *stars* stay.

"We cannot wait," said Whitlock.

code block line`
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

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, title, text string
	}{
		{"setext heading is the title", "Floods hit town\n===============\n\nBody *text*.\n", "Floods hit town", "Floods hit town\n\nBody text."},
		{"first heading of any level", "Intro para.\n\n### Later heading\n\n# Top\n", "Later heading", "Intro para.\n\nLater heading\n\nTop"},
		{"no heading", "Just **bold** and _em_ and __strong__.\n", "", "Just bold and em and strong."},
		{"intraword emphasis", "snake_case_name and a*b*c\n", "", "snake_case_name and abc"},
		{"code span keeps stars", "Use `a*b*c` here\n", "", "Use a*b*c here"},
		{"autolink", "See <https://example.org/x>.\n", "", "See https://example.org/x."},
		{"link reference", "Read [the report][r].\n\n[r]: https://example.org\n", "", "Read the report."},
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
		{"escape in source is text", "Hi \x1b[2J there\n", "", "Hi \x1b[2J there"},
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
