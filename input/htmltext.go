package input

import (
	"bytes"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/factpane/factpane/model"
)

// htmlWriter writes the text of HTML as a browser's innerText shows it
// (readability's render.InnerText, which it follows, is the model):
// white space collapsed, a blank line around paragraphs, headings, lists
// and tables, a line break around other blocks and at <br>, a tab between
// table cells, <pre> as written. It also records headings and numbers
// links (textBuf.link). It reads a DOM (node) or, for pages a DOM cannot
// hold, the page's tags one by one (tags).
//
// Space and line breaks are held back until the next word, so nothing is
// written at a line's end or a link's end that would have to be taken
// back, and the text needs no tidying after.
type htmlWriter struct {
	out   textBuf
	links linkSet
	base  *url.URL
	// space is the space to write before the next word (' ', a
	// no-break space, or a tab between cells); breaks the line breaks.
	space  rune
	breaks int
	// pre counts the <pre> elements open: their text is kept as written.
	pre int
	// link is the open <a>'s target and where its text starts; heading
	// is where the open heading starts, -1 when none is open.
	link      string
	linkStart int
	inLink    bool
	heading   int
}

func newHTMLWriter(base *url.URL) htmlWriter {
	return htmlWriter{base: base, heading: -1}
}

func (w *htmlWriter) empty() bool { return w.out.Len() == 0 }

// flush writes the space or line breaks held back before a word. At most
// one blank line separates blocks, and a line ends without spaces.
func (w *htmlWriter) flush() {
	switch {
	case w.out.Len() == 0:
	case w.breaks > 0:
		t := &w.out
		t.truncate(len(bytes.TrimRightFunc(t.b, isLineEndSpace)))
		have := len(t.b) - len(bytes.TrimRight(t.b, "\n"))
		for ; have < min(w.breaks, 2); have++ {
			t.raw("\n")
		}
	case w.space != 0:
		w.out.b = utf8.AppendRune(w.out.b, w.space)
	}
	w.breaks, w.space = 0, 0
}

// isLineEndSpace is the white space a line of the text does not end in.
func isLineEndSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' }

// queueSpace holds back a space before the next word, unless one is held.
func (w *htmlWriter) queueSpace(r rune) {
	if w.space == 0 {
		w.space = r
	}
}

// newline holds back n line breaks; when collapse is set they merge with
// those already held back (a paragraph after a paragraph), else they add
// to them (<br>).
func (w *htmlWriter) newline(n int, collapse bool) {
	if collapse {
		w.breaks = max(w.breaks, n)
	} else {
		w.breaks += n
	}
}

// text writes a text node's data.
func (w *htmlWriter) text(s string) {
	if w.pre > 0 {
		for i, line := range strings.Split(Sanitize(s), "\n") {
			if i > 0 {
				w.newline(1, false)
			}
			if line != "" {
				w.flush()
				w.out.raw(line)
			}
		}
		return
	}
	start := -1
	for i, r := range s {
		if !unicode.IsSpace(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w.word(s[start:i])
			start = -1
		}
		if r == '\u00a0' {
			w.queueSpace(r)
		} else {
			w.queueSpace(' ')
		}
	}
	if start >= 0 {
		w.word(s[start:])
	}
}

func (w *htmlWriter) word(s string) {
	w.flush()
	w.out.WriteString(s)
}

// Elements whose content is not shown, or not text.
var hiddenElements = map[atom.Atom]bool{
	atom.Head: true, atom.Meta: true, atom.Title: true, atom.Style: true, atom.Script: true,
	atom.Noscript: true, atom.Template: true, atom.Iframe: true, atom.Audio: true, atom.Video: true,
	atom.Track: true, atom.Source: true, atom.Canvas: true, atom.Svg: true, atom.Map: true,
	atom.Area: true, atom.Object: true, atom.Select: true, atom.Textarea: true,
}

// open writes what an element's start tag does; href is an <a>'s.
func (w *htmlWriter) open(a atom.Atom, href string) {
	switch a {
	case atom.Br:
		w.newline(1, false)
	case atom.Hr, atom.P, atom.Blockquote, atom.Ul, atom.Ol, atom.Dl, atom.Table:
		w.newline(2, true)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.closeHeading()
		w.newline(2, true)
		w.heading = w.out.Len()
	case atom.Pre:
		w.newline(2, true)
		w.pre++
	case atom.Th, atom.Td:
		w.queueSpace('\t')
	case atom.Div, atom.Figure, atom.Figcaption, atom.Picture, atom.Li, atom.Dt, atom.Dd,
		atom.Header, atom.Footer, atom.Main, atom.Section, atom.Article, atom.Aside, atom.Nav,
		atom.Address, atom.Details, atom.Summary, atom.Dialog, atom.Form, atom.Fieldset,
		atom.Caption, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr:
		w.newline(1, true)
	case atom.A:
		w.closeLink() // an <a> inside an <a> ends it, as the parser does
		if t := LinkTarget(href, w.base); t != "" {
			w.link, w.linkStart, w.inLink = t, w.out.Len(), true
		}
	}
}

// close writes what an element's end tag does.
func (w *htmlWriter) close(a atom.Atom) {
	switch a {
	case atom.P, atom.Blockquote, atom.Ul, atom.Ol, atom.Dl, atom.Table:
		w.newline(2, true)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.closeHeading()
		w.newline(2, true)
	case atom.Pre:
		w.newline(2, true)
		w.pre = max(w.pre-1, 0)
	case atom.Div, atom.Figure, atom.Figcaption, atom.Picture, atom.Li, atom.Dt, atom.Dd,
		atom.Header, atom.Footer, atom.Main, atom.Section, atom.Article, atom.Aside, atom.Nav,
		atom.Address, atom.Details, atom.Summary, atom.Dialog, atom.Form, atom.Fieldset,
		atom.Caption, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr:
		w.newline(1, true)
	case atom.A:
		w.closeLink()
	}
}

func (w *htmlWriter) closeLink() {
	if w.inLink {
		w.out.link(w.linkStart, w.link, &w.links)
		w.inLink = false
	}
}

func (w *htmlWriter) closeHeading() {
	if w.heading >= 0 {
		w.out.heading(w.heading)
		w.heading = -1
	}
}

// node writes the text of a DOM node and its descendants.
func (w *htmlWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.node(c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if hiddenElements[n.DataAtom] || ariaHidden(n.Attr) {
		return
	}
	w.open(n.DataAtom, attr(n.Attr, "href"))
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	w.close(n.DataAtom)
}

func attr(attrs []html.Attribute, key string) string {
	for _, a := range attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// ariaHidden reports an element the page hides from screen readers (icons,
// duplicated labels): readability's renderer leaves them out too.
func ariaHidden(attrs []html.Attribute) bool {
	for _, a := range attrs {
		if a.Key == "aria-hidden" {
			return a.Val == "" || a.Val == "true"
		}
	}
	return false
}

// tags writes the visible text of a page from its tags, without building
// a DOM: for pages too deeply nested for the parser, or too large for a
// DOM to fit in proportion. Memory is the text and the tokenizer's buffer.
// An element's content is skipped as node skips it, but an element must
// be closed to end: an unclosed <template> hides the rest of the page, as
// in a browser. It returns the page's <title>.
func (w *htmlWriter) tags(b []byte) (title string) {
	z := html.NewTokenizer(bytes.NewReader(b))
	var (
		skip     atom.Atom // the element whose content is being skipped
		skipName string
		depth    int // how many of skip are open
		inHead   bool
	)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return OneLine(title)
		case html.TextToken:
			switch {
			case skip == atom.Title && depth > 0 && title == "":
				title = string(z.Text())
			case depth > 0 || inHead:
			default:
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			a := atom.Lookup(name)
			if depth > 0 {
				if string(name) == skipName && tt == html.StartTagToken {
					depth++
				}
				continue
			}
			switch a {
			case atom.Head:
				inHead = true
				continue
			case atom.Body:
				inHead = false
			}
			if hiddenElements[a] && a != atom.Head && a != atom.Meta && a != atom.Track && a != atom.Source && a != atom.Area {
				if tt == html.StartTagToken {
					skip, skipName, depth = a, string(name), 1
				}
				continue
			}
			if inHead {
				continue
			}
			href := ""
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if a == atom.A && string(k) == "href" {
					href = string(v)
				}
			}
			w.open(a, href)
			if tt == html.SelfClosingTagToken {
				w.close(a)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if depth > 0 {
				if string(name) == skipName {
					depth--
				}
				continue
			}
			if a == atom.Head {
				inHead = false
				continue
			}
			if !inHead {
				w.close(a)
			}
		}
	}
}

// finish ends the text: the open link and heading closed, the headline
// leading the text (as a heading) unless the text already starts with it,
// and the list of links at the end.
func (w *htmlWriter) finish(title string) Doc {
	w.closeLink()
	w.closeHeading()
	title = OneLine(title)
	if title != "" && !bytes.HasPrefix(w.out.b, []byte(title)) {
		var t textBuf
		t.raw(title) // OneLine: clean
		t.heading(0)
		if w.out.Len() > 0 {
			t.raw("\n\n")
			t.appendBuf(&w.out)
		}
		w.out = t
	} else if title != "" && (len(w.out.headings) == 0 || w.out.headings[0].Start != 0) {
		if rest := w.out.b[len(title):]; len(rest) == 0 || rest[0] == '\n' {
			w.out.headings = append([]model.Span{{Start: 0, End: len(title)}}, w.out.headings...)
		}
	}
	w.out.listLinks(&w.links)
	var d Doc
	w.out.fill(&d)
	d.Title = title
	return d
}
