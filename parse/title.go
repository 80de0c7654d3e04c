package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleWords bounds what still reads as a headline: news headlines run
// from a few words to about twenty.
const maxTitleWords = 24

// Title returns the article's title: its first non-blank line when that
// reads as a headline (short, not ending like a sentence, not a dateline),
// otherwise the opening words of the first sentence.
func Title(text string) string {
	return titleOf(text, titleSpan(text))
}

// titleOf is Title for a text whose headline line span has been found
// (the pipeline finds it once and hands it to each pass).
func titleOf(text string, hl lineSpan) string {
	if hl.hi > 0 {
		return strings.TrimSpace(text[hl.lo:hl.hi])
	}
	return derivedTitle(firstLine(text))
}

func firstLine(text string) string {
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}

func looksLikeHeadline(line string) bool {
	if line == "" || moreFields(line, maxTitleWords) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	// A headline does not end like a sentence; "?" and "!" headlines exist,
	// a full stop or a colon means prose or a dateline lead-in.
	if last == '.' || last == ':' || last == ',' || last == ';' {
		return false
	}
	// A dateline glued to the lead ("Paris, France (BBN)-France has...")
	// is prose, however short.
	if strings.Contains(line, ")-") || strings.Contains(line, ") -") || strings.Contains(line, ") –") {
		return false
	}
	return true
}

// derivedTitle shortens a sentence to its first words, cutting after a
// dateline and at a word boundary.
func derivedTitle(line string) string {
	for _, sep := range []string{")-", ") -", ") –", " — ", " – "} {
		// a dateline ends within its first 60 bytes: no need to search on
		if i := strings.Index(line[:min(len(line), 60+len(sep)-1)], sep); i >= 0 {
			line = strings.TrimSpace(line[i+len(sep):])
			break
		}
	}
	if i := strings.IndexAny(line, ".!?"); i > 0 {
		line = line[:i]
	}
	const keep = 12
	// the words in an array on the stack, joined once: a slice grown word
	// by word and then joined, with "…" added after, was most of the
	// allocations of Title
	var buf [keep + 1]string
	words := appendFields(buf[:0], line, keep+1)
	if len(words) <= keep {
		return strings.Join(words, " ")
	}
	words = words[:keep]
	n := len(words) - 1 + len("…")
	for _, w := range words {
		n += len(w)
	}
	var sb strings.Builder
	sb.Grow(n)
	for i, w := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if i == len(words)-1 {
			w = strings.TrimRightFunc(w, unicode.IsPunct)
		}
		sb.WriteString(w)
	}
	sb.WriteString("…")
	return sb.String()
}

// firstFields is the first n words of strings.Fields(s), found without
// splitting the rest: the first line of a text with no line breaks is the
// whole text.
func firstFields(s string, n int) []string { return appendFields(nil, s, n) }

// appendFields is firstFields appending to words.
func appendFields(words []string, s string, n int) []string {
	for len(words) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		words = append(words, s[:end])
		s = s[end:]
	}
	return words
}

// moreFields reports whether s has more than n words as strings.Fields
// splits it, without building the slice: the first line of a text with no
// headline is a whole paragraph, and Title and findFigures both ask.
func moreFields(s string, n int) bool {
	count, inField := 0, false
	for i := 0; i < len(s); {
		// ASCII read a byte at a time: decoding every rune and asking
		// unicode.IsSpace of it was most of what Title cost
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inField {
			if count++; count > n {
				return true
			}
		}
		inField = !space
	}
	return false
}
