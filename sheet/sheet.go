// Package sheet writes an article's facts as a plain-text fact sheet: the
// output of --plain, of `factpane FILE` into a pipe, and of `ssh host facts
// NAME`. It writes no escape sequences.
package sheet

import (
	"fmt"
	"io"
	"strings"

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
	b.WriteString(title + "\n")
	if a.Source != "" {
		b.WriteString("source: " + a.Source + "\n")
	}
	if len(a.Figures) == 0 && len(a.People) == 0 {
		b.WriteString("\nNo figures or people found.\n")
	}
	for _, c := range model.Categories() {
		first := true
		for _, f := range a.Figures {
			if f.Category != c && !(c == model.Count && !known(f.Category)) {
				continue
			}
			if first {
				b.WriteString("\n" + c.Heading() + "\n")
				first = false
			}
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
	return s + times(len(f.Mentions))
}

// PersonLine is a person as one line of text: "Bernard Cazeneuve ·
// Interior Minister ×3".
func PersonLine(p model.Person) string {
	return p.Describe() + times(len(p.Mentions))
}

// Headlines summarises an article in a few figures, casualties first:
// "129 killed · 400+ wounded · 128 raids". It takes the first figure of
// each kind (category and subtype), so a summary names three different
// things rather than the main death toll and a later, smaller one.
func Headlines(a model.Article, n int) string {
	var parts []string
	seen := map[[2]string]bool{}
	for _, c := range model.Categories() {
		for _, f := range a.Figures {
			kind := [2]string{string(f.Category), f.Subtype}
			if f.Category == c && len(parts) < n && !seen[kind] {
				seen[kind] = true
				parts = append(parts, f.Short())
			}
		}
	}
	return strings.Join(parts, " · ")
}

func known(c model.Category) bool {
	for _, k := range model.Categories() {
		if k == c {
			return true
		}
	}
	return false
}

func times(n int) string {
	if n < 2 {
		return ""
	}
	return fmt.Sprintf(" ×%d", n)
}
