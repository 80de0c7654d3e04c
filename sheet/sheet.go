// Package sheet writes an article's facts as a plain-text fact sheet: the
// output of --plain, of `factpane FILE` into a pipe, and of `ssh host facts
// NAME`. It writes no escape sequences, and each of its lines is one line
// of the sheet: a title, a source or a label with a line break in it is
// flattened, so it cannot forge a heading (a file name is anyone's choice).
package sheet

import (
	"fmt"
	"io"
	"strings"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
)

// Write prints the fact sheet of a: the title, the figures grouped by
// category and the people.
func Write(w io.Writer, a model.Article) error {
	var b strings.Builder
	title := a.Title
	if title == "" {
		title = "(untitled)"
	}
	b.WriteString(input.OneLine(title) + "\n")
	if a.Source != "" {
		b.WriteString("source: " + input.OneLine(a.Source) + "\n")
	}
	if len(a.Figures) == 0 && len(a.People) == 0 {
		b.WriteString("\nNo figures or people found.\n")
	}
	for _, g := range Groups(a.Figures) {
		b.WriteString("\n" + g.Category.Heading() + "\n")
		for _, f := range g.Figures {
			b.WriteString("  " + FigureLine(f) + "\n")
		}
	}
	if len(a.People) > 0 {
		b.WriteString("\nPeople\n")
		for _, p := range a.People {
			b.WriteString("  " + PersonLine(p) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// FigureLine is a figure as one line of text: "129 killed · people died in
// the attacks ×2".
func FigureLine(f model.Figure) string {
	s := f.Headline()
	if f.Label != "" {
		s += " · " + f.Label
	}
	return input.OneLine(s) + times(len(f.Mentions))
}

// PersonLine is a person as one line of text: "Bernard Cazeneuve ·
// Interior Minister ×3".
func PersonLine(p model.Person) string {
	return input.OneLine(p.Describe()) + times(len(p.Mentions))
}

// Headlines summarises an article in a few figures, casualties first:
// "129 killed · 400+ wounded · 128 raids". It takes the first figure of
// each kind (category and subtype), so a summary names three different
// things rather than the main death toll and a later, smaller one.
func Headlines(a model.Article, n int) string {
	var parts []string
	seen := map[[2]string]bool{}
	for _, g := range Groups(a.Figures) {
		for _, f := range g.Figures {
			kind := [2]string{string(f.Category), f.Subtype}
			if len(parts) < n && !seen[kind] {
				seen[kind] = true
				parts = append(parts, f.Short())
			}
		}
	}
	return input.OneLine(strings.Join(parts, " · "))
}

// Group is the figures of one category, in the order the article gives them.
type Group struct {
	Category model.Category
	Figures  []model.Figure
}

// Groups sorts figures into categories in model.Categories order, leaving
// out empty ones. A category this version does not know is shown under
// Other figures rather than lost. The sidebar and the fact sheet both
// group with it, so they always agree.
func Groups(figs []model.Figure) []Group {
	known := map[model.Category]int{}
	cats := model.Categories()
	for i, c := range cats {
		known[c] = i
	}
	byCat := make([][]model.Figure, len(cats))
	for _, f := range figs {
		i, ok := known[f.Category]
		if !ok {
			i = known[model.Count]
		}
		byCat[i] = append(byCat[i], f)
	}
	var out []Group
	for i, fs := range byCat {
		if len(fs) > 0 {
			out = append(out, Group{Category: cats[i], Figures: fs})
		}
	}
	return out
}

func times(n int) string {
	if n < 2 {
		return ""
	}
	return fmt.Sprintf(" ×%d", n)
}
