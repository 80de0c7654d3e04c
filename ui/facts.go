package ui

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/sheet"
)

// fact is one sidebar entry: a figure or a person, as the sidebar shows it
// and as the article highlights it.
type fact struct {
	// key identifies the fact across reloads, where IDs (f3, p2) shift as
	// facts are added or removed above it.
	key     string
	heading string
	text    string // sheet.FigureLine / sheet.PersonLine, so every output reads the same
	spans   []span // valid, in text order
}

// factsOf lists an article's facts in sidebar order: figures grouped by
// category in model.Categories order (unknown categories under "Other
// figures", as the fact sheet does), then people.
func factsOf(a model.Article, text string) []fact {
	var out []fact
	known := map[model.Category]bool{}
	for _, c := range model.Categories() {
		known[c] = true
	}
	for _, c := range model.Categories() {
		for _, f := range a.Figures {
			if f.Category != c && !(c == model.Count && !known[f.Category]) {
				continue
			}
			out = append(out, fact{
				key:     "f\x00" + string(f.Category) + "\x00" + f.Subtype + "\x00" + strconv.FormatFloat(f.Value, 'g', -1, 64) + "\x00" + f.Label,
				heading: c.Heading(),
				text:    clean(sheet.FigureLine(f)),
				spans:   spansOf(f.Mentions, text),
			})
		}
	}
	for _, p := range a.People {
		out = append(out, fact{
			key:     "p\x00" + p.Name,
			heading: "People",
			text:    clean(sheet.PersonLine(p)),
			spans:   spansOf(p.Mentions, text),
		})
	}
	return out
}

// spansOf turns mentions into spans the pane can draw: inside the text, on
// rune boundaries, non-empty, sorted and not overlapping. A bad offset from
// a buggy extractor must cost a highlight, never a panic.
func spansOf(ms []model.Mention, text string) []span {
	out := make([]span, 0, len(ms))
	for _, m := range ms {
		s, e := min(max(m.Start, 0), len(text)), min(max(m.End, 0), len(text))
		for s > 0 && s < len(text) && !utf8.RuneStart(text[s]) {
			s--
		}
		for e < len(text) && !utf8.RuneStart(text[e]) {
			e++
		}
		if s < e {
			out = append(out, span{s, e})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	kept := out[:0]
	for _, sp := range out {
		if n := len(kept); n > 0 && sp.start < kept[n-1].end {
			kept[n-1].end = max(kept[n-1].end, sp.end)
			continue
		}
		kept = append(kept, sp)
	}
	return kept
}

// clean makes a fact's line safe to draw: its label and name come from the
// article, and nothing from the article may reach the terminal raw.
func clean(s string) string {
	var b strings.Builder
	display(&b, s, 0)
	return b.String()
}
