package feed

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/factpane/factpane/input"
)

// Bounds on what one item keeps, so a hostile or bloated feed cannot make
// the cache or the picker hold more than a reader needs.
const (
	maxTitle   = 1 << 10   // bytes of a title or author
	maxSummary = 4 << 10   // bytes of a summary's text
	maxContent = 256 << 10 // bytes of an item's content HTML
	maxID      = 1 << 10   // bytes of an ID before it is digested
)

// cleanLine turns a feed's title, name or author into one line of plain
// text. isHTML says the format declares it HTML (Atom type="html", JSON
// Feed never); a title that merely looks like markup ("&lt;b&gt;" decoded
// to "<b>", or "AT&amp;T" from a double-escaping feed) is reduced too, as
// every reader does, since feeds put HTML in RSS titles whatever the spec
// says.
func cleanLine(s string, isHTML bool) string {
	if isHTML || looksHTML(s) {
		s = htmlToText(s)
	}
	return cut(input.OneLine(s), maxTitle)
}

// cleanText turns a description into plain paragraphs of at most
// maxSummary bytes.
func cleanText(s string, isHTML bool) string {
	if isHTML || looksHTML(s) {
		s = htmlToText(s)
	}
	return cut(tidy(input.Sanitize(s)), maxSummary)
}

// looksHTML reports whether s holds a tag (a '<' starting a name, end tag
// or comment and closed by '>') or an entity. "x<y" and "Q&A" are not
// markup; "<b>x</b>" and "AT&amp;T" are.
func looksHTML(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			if i+1 < len(s) && (isLetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!') {
				if j := strings.IndexAny(s[i+1:], "<>"); j >= 0 && s[i+1+j] == '>' {
					return true
				}
			}
		case '&':
			j := i + 1
			for j < len(s) && j-i < 32 && (isLetter(s[j]) || s[j] >= '0' && s[j] <= '9' || s[j] == '#') {
				j++
			}
			if j > i+1 && j < len(s) && s[j] == ';' {
				return true
			}
		}
	}
	return false
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// htmlToText is the text of an HTML fragment: tags dropped, entities
// decoded, scripts and styles left out, block elements and <br> line
// breaks. It is for short fragments (titles, descriptions); whole pages go
// through input's readability pipeline.
func htmlToText(s string) string {
	if !strings.Contains(s, "<") {
		return html.UnescapeString(s) // entities only: no tokenizer (and its 4 KB buffer)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0 // inside <script> or <style>
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Script || a == atom.Style:
				skip++
			case a == atom.Br:
				b.WriteByte('\n')
			case blockElement(a):
				b.WriteString("\n\n")
			case a == atom.Img:
				// An image's alt text stands for it, as in a text browser.
				for {
					k, v, more := z.TagAttr()
					if string(k) == "alt" && len(v) > 0 {
						b.WriteString(" " + string(v) + " ")
					}
					if !more {
						break
					}
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case (a == atom.Script || a == atom.Style) && skip > 0:
				skip--
			case blockElement(a):
				b.WriteString("\n\n")
			}
		}
	}
}

func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Blockquote,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Tr,
		atom.Table, atom.Pre, atom.Section, atom.Article, atom.Figure,
		atom.Figcaption, atom.Hr, atom.Dd, atom.Dt:
		return true
	}
	return false
}

// tidy collapses runs of spaces within lines and keeps at most one blank
// line between paragraphs, with none at the ends.
func tidy(s string) string {
	var b strings.Builder
	blank := false
	for line := range strings.Lines(s) {
		f := strings.Fields(line)
		if len(f) == 0 {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		for i, w := range f {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return b.String()
}

// cut shortens s to at most n bytes at a rune boundary, marking the cut
// with an ellipsis.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n - len("…")
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strings.TrimRight(s[:i], " \n") + "…"
}

// firstWords is the start of s on one line, at most n runes, cut at a
// word.
func firstWords(s string, n int) string {
	s = input.OneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	var i, count int
	for i = range s {
		if count == n {
			break
		}
		count++
	}
	if j := strings.LastIndexByte(s[:i], ' '); j > 0 {
		i = j
	}
	return s[:i] + "…"
}
