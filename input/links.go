package input

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/idna"

	"github.com/factpane/factpane/model"
)

// maxLinkLen bounds a link's address. Longer ones are tracking blobs or
// data, not places a reader goes, and terminals cap OSC 8 targets anyway.
const maxLinkLen = 4096

// LinkTarget is the address a link of the article may point a reader to:
// raw resolved against base (the page's own address, nil for a file) and
// made printable ASCII, so that neither the text's list of links nor an
// OSC 8 hyperlink built from it can carry a control byte to the terminal.
// It is "" when the link is not one to offer: a scheme other than http,
// https or mailto (javascript:, data:, file:...), a relative address with
// nothing to resolve it against, an in-page anchor, or no valid URL at all.
func LinkTarget(raw string, base *url.URL) string {
	// What a browser does to an href first: trim C0 controls and spaces
	// at the ends and drop tabs and line breaks inside.
	raw = strings.TrimFunc(raw, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(raw, "\t\n\r") {
		raw = dropBreaks.Replace(raw)
	}
	if raw == "" || raw[0] == '#' || len(raw) > maxLinkLen {
		return ""
	}
	u, err := url.Parse(raw) // refuses any other control byte
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
		host, err := idna.Lookup.ToASCII(u.Hostname())
		if err != nil {
			return ""
		}
		if p := u.Port(); p != "" {
			host += ":" + p
		}
		u.Host = host
	case "mailto":
		if u.Opaque == "" && u.Path == "" {
			return ""
		}
	default:
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	s := printableURL(u.String())
	if len(s) > maxLinkLen {
		return ""
	}
	return s
}

var dropBreaks = strings.NewReplacer("\t", "", "\n", "", "\r", "")

// printableURL percent-encodes every byte of s outside printable ASCII
// (spaces, controls, DEL and all of UTF-8), as URLs are written on the
// wire. url.URL.String leaves some of them in a query or fragment.
func printableURL(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// linkSet numbers an article's link targets in the order they first
// appear. A target linked again keeps its first number: the list at the
// end names each place once, the reader's link N opens one place, and a
// repeated mark tells the reader that two anchors lead to the same page.
type linkSet struct {
	urls []string
	num  map[string]int
}

// number returns target's number, giving it the next one if it is new.
func (l *linkSet) number(target string) int {
	if n, ok := l.num[target]; ok {
		return n
	}
	if l.num == nil {
		l.num = make(map[string]int)
	}
	l.urls = append(l.urls, target)
	l.num[target] = len(l.urls)
	return len(l.urls)
}

// textBuf is article text being written, with the spans of its links and
// headings. Everything written goes through Sanitize first, so offsets are
// taken in the final text: Sanitize's changes of length (a control byte
// becomes a three-byte picture) happen before a span is measured.
type textBuf struct {
	b        []byte
	links    []model.Link
	headings []model.Span
}

// Len is the length of the text so far.
func (t *textBuf) Len() int { return len(t.b) }

// String is the text so far.
func (t *textBuf) String() string { return string(t.b) }

// WriteString writes s, neutralised.
func (t *textBuf) WriteString(s string) {
	t.b = append(t.b, Sanitize(s)...)
}

// writeBytes writes b, neutralised, without copying it to a string when
// it is clean (as nearly all text is).
func (t *textBuf) writeBytes(b []byte) {
	if isCleanBytes(b) {
		t.b = append(t.b, b...)
		return
	}
	t.WriteString(string(b))
}

// isCleanBytes is isClean for bytes.
func isCleanBytes(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if unsafeRune(r) {
			return false
		}
		i += size
	}
	return true
}

// raw writes s, which the caller knows to be clean (marks, bullets,
// separators, padding).
func (t *textBuf) raw(s string) { t.b = append(t.b, s...) }

// truncate drops the text from n on, and the spans that start there; a
// span running past n ends at n.
func (t *textBuf) truncate(n int) {
	if n >= len(t.b) {
		return
	}
	t.b = t.b[:n]
	for len(t.links) > 0 && t.links[len(t.links)-1].Start >= n {
		t.links = t.links[:len(t.links)-1]
	}
	for len(t.headings) > 0 && t.headings[len(t.headings)-1].Start >= n {
		t.headings = t.headings[:len(t.headings)-1]
	}
	for i := range t.links {
		t.links[i].End = min(t.links[i].End, n)
	}
	for i := range t.headings {
		t.headings[i].End = min(t.headings[i].End, n)
	}
}

// trimSpace removes the white space at both ends of the text written
// since start, moving the spans that start after it.
func (t *textBuf) trimSpace(start int) {
	t.truncate(start + len(bytes.TrimRightFunc(t.b[start:], unicode.IsSpace)))
	lead := len(t.b) - start - len(bytes.TrimLeftFunc(t.b[start:], unicode.IsSpace))
	if lead == 0 {
		return
	}
	t.b = append(t.b[:start], t.b[start+lead:]...)
	shift := func(p *int) {
		if *p >= start+lead {
			*p -= lead
		} else if *p > start {
			*p = start
		}
	}
	for i := len(t.links) - 1; i >= 0 && t.links[i].End > start; i-- {
		shift(&t.links[i].Start)
		shift(&t.links[i].End)
	}
	for i := len(t.headings) - 1; i >= 0 && t.headings[i].End > start; i-- {
		shift(&t.headings[i].Start)
		shift(&t.headings[i].End)
	}
}

// link makes the text written since start the anchor of a link to target
// (a linkTarget result; "" for none) and writes its mark " [N]" after it.
// White space at the anchor's ends stays outside it; an anchor with no
// text (a linked image, say) is no link, there being nothing to show it on.
func (t *textBuf) link(start int, target string, set *linkSet) {
	if target == "" {
		return
	}
	start = min(start, len(t.b))
	end := start + len(bytes.TrimRightFunc(t.b[start:], unicode.IsSpace))
	start = end - len(bytes.TrimLeftFunc(t.b[start:end], unicode.IsSpace))
	if start == end {
		return
	}
	t.truncate(end)
	n := set.number(target)
	t.links = append(t.links, model.Link{N: n, URL: target, Start: start, End: end})
	t.raw(" [" + strconv.Itoa(n) + "]")
}

// heading records the text from start to the end, white space at its ends
// left out, as a heading.
func (t *textBuf) heading(start int) {
	start = min(start, len(t.b))
	end := start + len(bytes.TrimRightFunc(t.b[start:], unicode.IsSpace))
	start = end - len(bytes.TrimLeftFunc(t.b[start:end], unicode.IsSpace))
	if start < end {
		t.headings = append(t.headings, model.Span{Start: start, End: end})
	}
}

// appendBuf writes o's text and spans after t's.
func (t *textBuf) appendBuf(o *textBuf) {
	off := len(t.b)
	t.b = append(t.b, o.b...)
	for _, l := range o.links {
		l.Start += off
		l.End += off
		t.links = append(t.links, l)
	}
	for _, h := range o.headings {
		t.headings = append(t.headings, model.Span{Start: h.Start + off, End: h.End + off})
	}
}

// linksHeading heads the list of links that ends an article's text.
const linksHeading = "Links"

// listLinks ends the text with the numbered list of its link targets,
// under a heading: "[1] https://…", one a line.
func (t *textBuf) listLinks(set *linkSet) {
	if len(set.urls) == 0 {
		return
	}
	if len(t.b) > 0 {
		t.raw("\n\n")
	}
	start := len(t.b)
	t.raw(linksHeading)
	t.heading(start)
	t.raw("\n")
	for i, u := range set.urls {
		t.raw("\n[" + strconv.Itoa(i+1) + "] " + u)
	}
}

// fill sets a Doc's text, links and headings. The text is the buffer
// itself, not a copy of it (as strings.Builder does), so a large input's
// text is held once: t must not be written to again.
func (t *textBuf) fill(d *Doc) {
	d.Text, d.Links, d.Headings = unsafe.String(unsafe.SliceData(t.b), len(t.b)), t.links, t.headings
	*t = textBuf{}
}
