package ui

import (
	"sort"
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/list"
)

// pickerFilter is the library picker's filter (a list.FilterFunc). A
// fuzzy match alone is noise for a list of headlines: a storm's name
// matches, letter by letter, most titles of any length. So titles and
// names where every typed word starts a word come first, then those
// where every typed word appears inside them, and only when neither finds
// anything does it fall back to bubbles' fuzzy match. Matching ignores
// case. Within a tier the library's order is kept, whole-word matches
// first.
func pickerFilter(term string, targets []string) []list.Rank {
	var words [][]rune
	for _, w := range strings.Fields(term) {
		words = append(words, []rune(strings.ToLower(w)))
	}
	if len(words) == 0 {
		return nil
	}
	type hit struct {
		rank  list.Rank
		whole int // typed words matching a whole word
	}
	var starts, inside []hit
	for i, t := range targets {
		text := []rune(t)
		low := make([]rune, len(text))
		for j, r := range text {
			low[j] = unicode.ToLower(r)
		}
		var matched []int
		allStart, whole := true, 0
		for _, w := range words {
			at, atStart := findWord(low, w)
			if at < 0 {
				matched = nil
				allStart = false
				break
			}
			if !atStart {
				allStart = false
			} else if end := at + len(w); end == len(low) || !wordRune(low[end]) {
				whole++
			}
			for k := range w {
				matched = append(matched, at+k)
			}
		}
		if matched == nil {
			continue
		}
		sort.Ints(matched)
		h := hit{rank: list.Rank{Index: i, MatchedIndexes: matched}, whole: whole}
		if allStart {
			starts = append(starts, h)
		} else {
			inside = append(inside, h)
		}
	}
	if len(starts)+len(inside) == 0 {
		return list.DefaultFilter(term, targets)
	}
	out := make([]list.Rank, 0, len(starts)+len(inside))
	for _, tier := range [][]hit{starts, inside} {
		sort.SliceStable(tier, func(a, b int) bool { return tier[a].whole > tier[b].whole })
		for _, h := range tier {
			out = append(out, h.rank)
		}
	}
	return out
}

// findWord returns where w first starts a word of s, or else where it first
// occurs inside one; -1 if nowhere. atStart says which.
func findWord(s, w []rune) (at int, atStart bool) {
	at = -1
	for i := 0; i+len(w) <= len(s); i++ {
		if !runesAt(s, w, i) {
			continue
		}
		if i == 0 || !wordRune(s[i-1]) {
			return i, true
		}
		if at < 0 {
			at = i
		}
	}
	return at, false
}

func runesAt(s, w []rune, i int) bool {
	for k, r := range w {
		if s[i+k] != r {
			return false
		}
	}
	return true
}

// wordRune reports whether r is part of a word (a letter or a digit).
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
