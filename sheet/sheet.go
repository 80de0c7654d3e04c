// Package sheet writes an article's facts as a plain-text fact sheet: the
// output of --plain, of `factpane FILE` into a pipe, and of `ssh host facts
// NAME`. It writes no escape sequences, and each of its lines is one line
// of the sheet: a title, a source or a label with a line break in it is
// flattened, so it cannot forge a heading (a file name is anyone's choice).
package sheet

import (
	"fmt"
	"io"
	"slices"
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
	if lead, ok := Lead(a); ok {
		b.WriteString("\nMain figure: " + FigureLine(lead) + "\n")
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

// Headlines summarises an article in a few figures, its main figure
// first (Lead), then one of each other kind in sidebar order: "129 killed
// · 400+ wounded · 128 raids". It takes the first figure of each kind
// (category and subtype), so a summary names different things rather
// than the main death toll and a later, smaller one.
func Headlines(a model.Article, n int) string {
	if n <= 0 {
		return ""
	}
	lead, ok := Lead(a)
	if !ok {
		return ""
	}
	parts := []string{lead.Short()}
	seen := map[[2]string]bool{{string(lead.Category), lead.Subtype}: true}
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

// ledeFigures is how many figures, in the order the article reads them,
// make its lede: a story about a toll gives it there.
const ledeFigures = 3

// Lead returns the article's main figure: the figure its title states
// (its toll when it states several and one is a toll, else the first);
// else, when the story is about a toll (a casualty figure is among the
// first it gives), that toll; else the first figure it gives that counts
// or costs something, a span or a measure only when there is nothing
// else early on. Never a figure chosen by its size. ok is false when the
// article has no figures.
func Lead(a model.Article) (lead model.Figure, ok bool) {
	if len(a.Figures) == 0 {
		return model.Figure{}, false
	}
	byStart := slices.Clone(a.Figures)
	slices.SortStableFunc(byStart, func(x, y model.Figure) int { return firstStart(x) - firstStart(y) })
	var titled []model.Figure
	for _, f := range byStart {
		if inTitle(a.Title, f) {
			titled = append(titled, f)
		}
	}
	for _, f := range titled {
		if f.Category == model.Casualties { // "temperatures hit 44C as 3 die"
			return f, true
		}
	}
	if len(titled) > 0 {
		return titled[0], true
	}
	early := byStart[:min(len(byStart), ledeFigures)]
	for _, f := range early {
		if f.Category == model.Casualties {
			return f, true
		}
	}
	for _, f := range early {
		if f.Category != model.Duration && f.Category != model.Measure {
			return f, true
		}
	}
	return byStart[0], true
}

// titleSlack is how far into the text the title line may start: blank
// lines or spaces before it.
const titleSlack = 16

// inTitle reports whether a mention of f is in the title: it starts
// within the title line's length of the text's start and its text is the
// title's.
func inTitle(title string, f model.Figure) bool {
	if title == "" {
		return false
	}
	for _, m := range f.Mentions {
		if m.End <= len(title)+titleSlack && m.Text != "" && strings.Contains(title, m.Text) {
			return true
		}
	}
	return false
}

// firstStart is where the figure is first mentioned, or a large offset
// for a figure without mentions.
func firstStart(f model.Figure) int {
	start := int(^uint(0) >> 1)
	for _, m := range f.Mentions {
		start = min(start, m.Start)
	}
	return start
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
