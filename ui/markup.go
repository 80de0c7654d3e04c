package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
)

// markupOf turns an article's headings and links into what the pane
// draws: spans inside the text, on rune boundaries, sorted and not
// overlapping (a bad offset costs a decoration, never a panic), and only
// links whose targets are safe to hand to a terminal.
func markupOf(a model.Article, text string, osc8 bool) markup {
	m := markup{osc8: osc8}
	for _, h := range a.Headings {
		if sp, ok := clampSpan(h.Start, h.End, text); ok {
			m.headings = append(m.headings, sp)
		}
	}
	m.headings = disjoint(m.headings)
	for _, l := range a.Links {
		if sp, ok := clampSpan(l.Start, l.End, text); ok && safeURL(l.URL) {
			m.links = append(m.links, link{span: sp, url: l.URL})
		}
	}
	sort.SliceStable(m.links, func(i, j int) bool { return m.links[i].start < m.links[j].start })
	kept := m.links[:0]
	for _, l := range m.links {
		if n := len(kept); n > 0 && l.start < kept[n-1].end {
			continue // overlapping links: the first keeps its text
		}
		kept = append(kept, l)
	}
	m.links = kept
	for _, l := range m.links {
		m.linkSpan = append(m.linkSpan, l.span)
	}
	return m
}

// clampSpan makes [s, e) a span of text on rune boundaries, if anything
// of it is left.
func clampSpan(s, e int, text string) (span, bool) {
	s, e = min(max(s, 0), len(text)), min(max(e, 0), len(text))
	for s > 0 && s < len(text) && !utf8.RuneStart(text[s]) {
		s--
	}
	for e < len(text) && !utf8.RuneStart(text[e]) {
		e++
	}
	return span{s, e}, s < e
}

// disjoint sorts spans and merges those that overlap.
func disjoint(spans []span) []span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	kept := spans[:0]
	for _, sp := range spans {
		if n := len(kept); n > 0 && sp.start < kept[n-1].end {
			kept[n-1].end = max(kept[n-1].end, sp.end)
			continue
		}
		kept = append(kept, sp)
	}
	return kept
}

// safeURL reports whether url may go into an OSC 8 sequence: a web or
// mail address of printable ASCII (no byte that could end the sequence or
// start another), of a sane length. A terminal opens what it is given,
// so file: and javascript: targets are not given.
func safeURL(url string) bool {
	if len(url) > 2048 {
		return false
	}
	for i := 0; i < len(url); i++ {
		if c := url[i]; c <= ' ' || c >= 0x7f {
			return false
		}
	}
	l := strings.ToLower(url)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:")
}
