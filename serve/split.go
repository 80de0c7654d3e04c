package serve

import (
	"errors"
	"strings"
	"unicode"
)

var (
	errOpenQuote  = errors.New("a quotation mark is not closed")
	errLoneEscape = errors.New("the command ends with a backslash")
)

// splitCommand splits a session's command line into words as charmbracelet/ssh's
// Session.Command does with go-shlex (POSIX mode): whitespace separates
// words; a backslash keeps the next character as it is; single quotes keep
// everything inside; double quotes keep everything but \" and \\, whose
// backslash goes; empty words are dropped.
//
// It differs in two ways. It runs in linear time: go-shlex builds each word
// by string concatenation, so one 255 KB word took seconds of CPU (issue
// 12, item 3). And an open quote or a trailing backslash is an error, where
// Session.Command returned the words read so far as if nothing was wrong.
func splitCommand(s string) ([]string, error) {
	var words []string
	var w strings.Builder
	const (
		space  = iota // between words
		word          // in a word, outside quotes
		quote         // inside quotes (q says which)
		escape        // after a backslash (in says where)
	)
	state, in := space, space
	var q rune
	end := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
		}
		w.Reset()
	}
	// Ranging over a string yields U+FFFD for an invalid byte, as
	// go-shlex's ReadRune does.
	for _, r := range s {
		switch state {
		case space, word:
			switch {
			case unicode.IsSpace(r):
				end()
				state = space
			case r == '\\':
				state, in = escape, word
			case r == '\'' || r == '"':
				state, q = quote, r
			default:
				w.WriteRune(r)
				state = word
			}
		case quote:
			switch {
			case r == q:
				state = word
			case r == '\\' && q == '"':
				state, in = escape, quote
			default:
				w.WriteRune(r)
			}
		case escape:
			if in == quote && r != '\\' && r != q {
				w.WriteByte('\\')
			}
			w.WriteRune(r)
			state = in
		}
	}
	switch state {
	case quote:
		return nil, errOpenQuote
	case escape:
		return nil, errLoneEscape
	}
	end()
	return words, nil
}
