package ui

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/sheet"
)

// fact is one sidebar entry: a figure or a person, as the sidebar shows it
// and as the article highlights it.
type fact struct {
	// key and nth identify the fact across reloads, where IDs (f3, p2)
	// shift as facts are added or removed above it. Two facts can share a
	// key (the same figure reported twice, two people of one name), so nth
	// counts the facts before this one with the same key: the k-th of equal
	// facts stays the k-th, rather than the selection jumping to another.
	key     string
	nth     int
	heading string
	text    string // sheet.FigureLine / sheet.PersonLine, so every output reads the same
	// what is the fact without its count ("129 killed · people died"),
	// for the line y copies.
	what  string
	spans []span // valid, in text order
}

// line is the fact as y copies it: "129 killed · people died · 2
// mentions".
func (f fact) line() string {
	n := len(f.spans)
	if n == 1 {
		return f.what + " · 1 mention"
	}
	return f.what + " · " + strconv.Itoa(n) + " mentions"
}

// factsOf lists an article's facts in sidebar order: figures grouped as
// the fact sheet groups them (sheet.Groups), then people.
func factsOf(a model.Article, text string) []fact {
	var out []fact
	for _, g := range sheet.Groups(a.Figures) {
		for _, f := range g.Figures {
			out = append(out, fact{
				key:     "f\x00" + string(f.Category) + "\x00" + f.Subtype + "\x00" + strconv.FormatFloat(f.Value, 'g', -1, 64) + "\x00" + f.Label,
				heading: g.Category.Heading(),
				text:    clean(sheet.FigureLine(f)),
				what:    clean(figureWhat(f)),
				spans:   spansOf(f.Mentions, text),
			})
		}
	}
	for _, p := range a.People {
		out = append(out, fact{
			key:     "p\x00" + p.Name,
			heading: "People",
			text:    clean(sheet.PersonLine(p)),
			what:    clean(p.Describe()),
			spans:   spansOf(p.Mentions, text),
		})
	}
	seen := make(map[string]int, len(out))
	for i := range out {
		out[i].nth = seen[out[i].key]
		seen[out[i].key]++
	}
	return out
}

// figureWhat is a figure as FigureLine writes it, without the count.
func figureWhat(f model.Figure) string {
	f.Mentions = nil
	return sheet.FigureLine(f)
}

// mentionIndex finds the facts with a mention in a byte range without
// walking every fact: scrolling must cost what is in view, and an article
// can hold tens of thousands of facts.
type mentionIndex struct {
	// short holds the mentions of at most maxIndexedSpan bytes, sorted by
	// start, so a range query is a binary search plus the mentions it
	// finds: nothing shorter can reach into the range from further back.
	short []indexedSpan
	// long holds the rest, checked one by one. Mentions are phrases, so
	// this is empty unless an extractor reports a paragraph as one.
	long []indexedSpan
}

type indexedSpan struct {
	span
	fact int
}

// maxIndexedSpan bounds the mentions in mentionIndex.short.
const maxIndexedSpan = 256

func newMentionIndex(facts []fact) mentionIndex {
	var x mentionIndex
	n := 0
	for _, f := range facts {
		n += len(f.spans)
	}
	x.short = make([]indexedSpan, 0, n)
	runs := make([]int, 1, len(facts)+1) // x.short[runs[k]:runs[k+1]] is sorted
	for i, f := range facts {
		for _, sp := range f.spans {
			if sp.end-sp.start > maxIndexedSpan {
				x.long = append(x.long, indexedSpan{sp, i})
				continue
			}
			x.short = append(x.short, indexedSpan{sp, i})
		}
		if len(x.short) > runs[len(runs)-1] {
			runs = append(runs, len(x.short))
		}
	}
	x.short = mergeRuns(x.short, runs)
	return x
}

// mergeRuns sorts s by start, given that each s[runs[k]:runs[k+1]] already
// is (each fact's spans are): merging the runs in pairs costs N·log(facts)
// where a sort costs N·log(N), which on a 10 MB article is a fifth of the
// time to open it.
func mergeRuns(s []indexedSpan, runs []int) []indexedSpan {
	if len(runs) <= 2 {
		return s
	}
	buf := make([]indexedSpan, len(s))
	for len(runs) > 2 {
		next := runs[:1]
		k := 0
		for ; k+2 < len(runs); k += 2 {
			lo, mid, hi := runs[k], runs[k+1], runs[k+2]
			i, j, o := lo, mid, lo
			for i < mid && j < hi {
				if s[j].start < s[i].start {
					buf[o] = s[j]
					j++
				} else {
					buf[o] = s[i]
					i++
				}
				o++
			}
			o += copy(buf[o:], s[i:mid])
			copy(buf[o:], s[j:hi])
			next = append(next, hi)
		}
		if k+1 < len(runs) { // an odd run out
			copy(buf[runs[k]:], s[runs[k]:runs[k+1]])
			next = append(next, runs[k+1])
		}
		runs = next
		s, buf = buf, s
	}
	return s
}

// inView appends to dst, in ascending order and once each, the facts with
// a mention overlapping v, and returns it.
func (x mentionIndex) inView(v span, dst []int) []int {
	dst = dst[:0]
	i := sort.Search(len(x.short), func(i int) bool { return x.short[i].start >= v.start-maxIndexedSpan })
	for ; i < len(x.short) && x.short[i].start < v.end; i++ {
		if x.short[i].end > v.start {
			dst = append(dst, x.short[i].fact)
		}
	}
	for _, m := range x.long {
		if m.start < v.end && m.end > v.start {
			dst = append(dst, m.fact)
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// spansOf turns mentions into spans the pane can draw: inside the text, on
// rune boundaries, non-empty, sorted and not overlapping. A bad offset from
// a buggy extractor must cost a highlight, never a panic.
func spansOf(ms []model.Mention, text string) []span {
	out := make([]span, 0, len(ms))
	for _, m := range ms {
		if sp, ok := clampSpan(m.Start, m.End, text); ok {
			out = append(out, sp)
		}
	}
	return disjoint(out)
}

// clean makes a fact's line safe to draw: its label and name come from the
// article, and nothing from the article may reach the terminal raw.
func clean(s string) string {
	var b strings.Builder
	display(&b, s, 0)
	return b.String()
}
