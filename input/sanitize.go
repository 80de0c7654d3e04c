package input

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes text safe to show in a terminal and to slice by byte. The
// result is valid UTF-8 whose only control characters are tab and newline:
//
//   - invalid UTF-8 and the noncharacters U+FFFE/U+FFFF become U+FFFD;
//   - CRLF, lone CR, NEL (U+0085) and the Unicode line and paragraph
//     separators (U+2028, U+2029) become LF, so every line break is one byte;
//   - other C0 controls become visible Control Pictures (ESC ␛, BEL ␇,
//     backspace ␈, NUL ␀...), DEL becomes ␡, and the C1 controls, which have
//     no pictures, become U+FFFD. With its ESC or CSI (U+009B) replaced, an
//     escape sequence is left as harmless printable text ("␛]0;title␇"), so an
//     article can never move the cursor, clear the screen, retitle the
//     window, write the clipboard (OSC 52) or plant a hyperlink (OSC 8);
//   - the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069) are removed: they can make text display in an order
//     other than the one it is read and parsed in ("Trojan Source"), and
//     right-to-left scripts display correctly without them. The marks
//     LRM/RLM/ALM, which cannot reorder a run, are kept;
//   - soft hyphens (U+00AD), which web pages put inside long words as
//     places to break them, are removed: terminals disagree on whether
//     one takes a column, and inside a word one splits it for the
//     extractor ("Vladi\u00admir Putin", "Netan\u00adyahu");
//   - a stray byte-order mark (U+FEFF) inside the text is removed, and so
//     are the prepended concatenation marks (the Arabic number signs
//     U+0600–U+0605 and a few others), whose width terminals disagree on.
//
// Tabs are kept for the reader to expand; zero-width joiners and spaces
// are kept because emoji sequences and several scripts need them.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				size = 2
			}
		case !unsafeRune(r):
			b.WriteString(s[i : i+size])
		default:
			writeReplacement(&b, r)
		}
		i += size
	}
	return b.String()
}

// OneLine makes s safe to show on one line, as a title, a name or an
// error is: Sanitize's visible controls, every run of whitespace and line
// breaks one space, none at the ends.
func OneLine(s string) string {
	return strings.Join(strings.Fields(Sanitize(s)), " ")
}

// writeReplacement writes what an unsafe rune becomes (nothing for the
// invisible formatting characters Sanitize removes).
func writeReplacement(b *strings.Builder, r rune) {
	switch {
	case r < 0x20:
		b.WriteRune(0x2400 + r) // ␀..␟
	case r == 0x7f:
		b.WriteRune('␡')
	case r == 0x85 || r == 0x2028 || r == 0x2029:
		b.WriteByte('\n')
	case r >= 0x80 && r < 0xa0, r == utf8.RuneError, r == 0xfffe, r == 0xffff:
		b.WriteRune(utf8.RuneError)
	default:
		// bidi embeddings, overrides and isolates; a stray BOM; soft hyphens
	}
}

// unsafeRune reports whether r must not reach the terminal as it is. An
// invalid UTF-8 byte decodes as utf8.RuneError, and so is replaced too.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n'
	case r < 0x7f:
		return false
	case r < 0xa0:
		return true // DEL and C1
	case r == 0xad:
		return true // the soft hyphen
	case r < 0x600:
		return false
	case r < 0x2028:
		return prependedMark(r)
	}
	switch r {
	case 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
		0x2066, 0x2067, 0x2068, 0x2069, 0xfeff, utf8.RuneError, 0xfffe, 0xffff:
		return true
	}
	return prependedMark(r)
}

// prependedMark reports the prepended concatenation marks (Unicode's
// Prepended_Concatenation_Mark: the Arabic number and year signs, U+0600–
// U+0605 and others). They join the character after them into one
// cluster, so terminals and width tables disagree on how wide the pair
// is, and a line with one is drawn wider or narrower than it was laid out.
func prependedMark(r rune) bool {
	if r >= 0x600 && r <= 0x605 {
		return true
	}
	switch r {
	case 0x6dd, 0x70f, 0x890, 0x891, 0x8e2, 0x110bd, 0x110cd:
		return true
	}
	return false
}

// isClean is the fast path: most articles need no change at all. An
// encoded U+FFFD is treated as unclean too; Sanitize writes it back as is.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unsafeRune(r) {
			return false
		}
		i += size
	}
	return true
}

// ControlAt returns the byte offset of the first thing in s that could
// drive a terminal — a C0 control other than tab and newline, DEL, a C1
// control, or a byte that is not UTF-8 (a lone 0x9b is CSI to many
// terminals) — or -1 if there is none. Output that went through Sanitize
// has none; tests of every output path check that with it.
func ControlAt(s string) int {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return i
			}
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r < 0xa0:
			return i
		}
	}
	return -1
}
