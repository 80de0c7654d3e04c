package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/factpane/factpane/input"
)

// Namespaces of the elements feeds use.
const (
	nsAtom       = "http://www.w3.org/2005/Atom"
	nsAtom03     = "http://purl.org/atom/ns#"
	nsRDF        = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsRSS1       = "http://purl.org/rss/1.0/"
	nsRSS090     = "http://my.netscape.com/rdf/simple/0.9/"
	nsContent    = "http://purl.org/rss/1.0/modules/content/"
	nsDC         = "http://purl.org/dc/elements/1.1/"
	nsDCTerms    = "http://purl.org/dc/terms/"
	nsMedia      = "http://search.yahoo.com/mrss/"
	nsFeedburner = "http://rssnamespace.org/feedburner/ext/1.0"
	nsITunes     = "http://www.itunes.com/dtds/podcast-1.0.dtd"
	nsXML        = "http://www.w3.org/XML/1998/namespace"
)

// Bounds on one item's element tree.
const (
	maxDepth = 32   // nesting inside an item; deeper elements are skipped
	maxKids  = 4096 // elements inside an item
)

// elem is one element of an item (or of a feed's own metadata), read whole.
type elem struct {
	name  xml.Name
	attr  []xml.Attr
	text  string   // the character data directly inside it
	inner []byte   // its inner markup, when it has child elements
	base  *url.URL // the xml:base in force inside it
	kids  []*elem
}

// child returns the first child named local in one of the namespaces
// spaces ("" for none), or nil.
func (e *elem) child(local string, spaces ...string) *elem {
	for _, k := range e.kids {
		if k.name.Local == local && inSpace(k.name.Space, spaces) {
			return k
		}
	}
	return nil
}

func inSpace(space string, spaces []string) bool {
	for _, s := range spaces {
		if space == s {
			return true
		}
	}
	return false
}

// attrValue returns the attribute named local (in no namespace), or "".
func (e *elem) attrValue(local string) string {
	for _, a := range e.attr {
		if a.Name.Local == local && (a.Name.Space == "" || a.Name.Space == e.name.Space) {
			return a.Value
		}
	}
	return ""
}

// markup is the element's content as HTML: its inner markup when it has
// child elements (HTML left unescaped in a description, Atom xhtml), else
// its text.
func (e *elem) markup() string {
	if e.inner != nil {
		return string(e.inner)
	}
	return e.text
}

// xmlParser walks a feed's XML as a stream of tokens, reading each item
// whole and passing it to the collector, so a long feed never exists as a
// tree.
type xmlParser struct {
	d      *xml.Decoder
	src    []byte
	format Format
	col    *collector
	ch     *Channel
	author string // the feed's author, for items that name none
}

// parseXML reads an XML feed. A document that is not well-formed is read
// a second time leniently (unknown entities and mismatched tags let
// through, as browsers do), since real feeds carry a stray "&" or an HTML
// entity; what even that cannot read is reported with its line.
func parseXML(b []byte, base *url.URL, contentType string, col *collector) (*Channel, error) {
	b = xmlUTF8(b, contentType)
	ch, err := walkXML(b, base, true, col)
	var se *syntaxError
	if errors.As(err, &se) && !se.eof {
		*col = *newCollector(col.max, col.feed)
		if ch2, err2 := walkXML(b, base, false, col); err2 == nil {
			return ch2, nil
		}
	}
	return ch, err
}

func walkXML(b []byte, base *url.URL, strict bool, col *collector) (*Channel, error) {
	p := &xmlParser{d: newXMLDecoder(b, strict), src: b, col: col}
	format, root, err := xmlRoot(p.d)
	if err != nil {
		return nil, err
	}
	p.format = format
	p.ch = &Channel{Format: format}
	if err := p.walk(root, rebase(base, xmlBase(root.Attr))); err != nil {
		return nil, err
	}
	return p.ch, nil
}

func newXMLDecoder(b []byte, strict bool) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = strict
	d.Entity = xml.HTMLEntity
	// No AutoClose: HTML's void elements include <link>, which in a feed
	// holds the item's URL.
	// The document is UTF-8 by now (see xmlUTF8), whatever its
	// declaration still says.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return d
}

// xmlRoot reads up to the document's root element and says which format
// it is.
func xmlRoot(d *xml.Decoder) (Format, xml.StartElement, error) {
	for {
		tok, err := d.Token()
		if err != nil {
			return Unknown, xml.StartElement{}, xmlError(d, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case se.Name.Local == "rss":
			return RSS, se, nil
		case se.Name.Local == "RDF" && se.Name.Space == nsRDF:
			return RDF, se, nil
		case se.Name.Local == "feed" && (se.Name.Space == nsAtom || se.Name.Space == nsAtom03):
			return Atom, se, nil
		case strings.EqualFold(se.Name.Local, "html"):
			return Unknown, se, fmt.Errorf("%w (an HTML page)", ErrNotFeed)
		}
		return Unknown, se, fmt.Errorf("%w (an XML document of <%s>)", ErrNotFeed, input.OneLine(cut(se.Name.Local, 64)))
	}
}

// walk reads the elements inside start until its end, reading items and
// the feed's own title, link and author.
func (p *xmlParser) walk(start xml.StartElement, base *url.URL) error {
	for {
		tok, err := p.d.Token()
		if err != nil {
			return xmlError(p.d, err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			b := rebase(base, xmlBase(t.Attr))
			switch p.kind(start.Name, t.Name) {
			case kindItem:
				e, err := p.read(t, b, 0)
				if err != nil {
					return err
				}
				p.col.add(p.itemDate(e), p.itemID(e), func() Item { return p.item(e) })
			case kindMeta:
				e, err := p.read(t, b, 0)
				if err != nil {
					return err
				}
				p.meta(e)
			case kindContainer:
				if err := p.walk(t, b); err != nil {
					return err
				}
			default:
				if err := p.d.Skip(); err != nil {
					return xmlError(p.d, err)
				}
			}
		}
	}
}

type kind int

const (
	kindOther     kind = iota
	kindContainer      // holds items or metadata: <channel>
	kindItem           // an item or entry
	kindMeta           // the feed's title, link or author
)

// kind says what the element name is to a walker inside parent.
func (p *xmlParser) kind(parent, name xml.Name) kind {
	switch p.format {
	case Atom:
		switch name.Local {
		case "entry":
			return kindItem
		case "title", "link", "author":
			return kindMeta
		}
	case RSS:
		switch {
		case name.Local == "channel" && parent.Local == "rss":
			return kindContainer
		case name.Local == "item":
			return kindItem
		case parent.Local == "channel" && name.Space == "" && (name.Local == "title" || name.Local == "link"):
			return kindMeta
		}
	case RDF:
		switch {
		case name.Local == "channel" && parent.Local == "RDF":
			return kindContainer
		case name.Local == "item" && rssSpace(name.Space):
			return kindItem
		case parent.Local == "channel" && rssSpace(name.Space) && (name.Local == "title" || name.Local == "link"):
			return kindMeta
		}
	}
	return kindOther
}

// rssSpace reports whether an element is RSS's own (no namespace, or RSS
// 1.0's and 0.90's) rather than an extension's.
func rssSpace(space string) bool {
	return space == "" || space == nsRSS1 || space == nsRSS090
}

// read reads the element start, already consumed, to its end.
func (p *xmlParser) read(start xml.StartElement, base *url.URL, depth int) (*elem, error) {
	e := &elem{name: start.Name, attr: start.Attr, base: base}
	var text strings.Builder
	innerStart := p.d.InputOffset()
	kids := 0
	for {
		before := p.d.InputOffset()
		tok, err := p.d.Token()
		if err != nil {
			return nil, xmlError(p.d, err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			text.Write(t)
		case xml.StartElement:
			if depth >= maxDepth || kids >= maxKids {
				if err := p.d.Skip(); err != nil {
					return nil, xmlError(p.d, err)
				}
				continue
			}
			kids++
			k, err := p.read(t, rebase(base, xmlBase(t.Attr)), depth+1)
			if err != nil {
				return nil, err
			}
			e.kids = append(e.kids, k)
		case xml.EndElement:
			e.text = text.String()
			if len(e.kids) > 0 && innerStart <= before && before <= int64(len(p.src)) {
				e.inner = p.src[innerStart:before]
			}
			return e, nil
		}
	}
}

// xmlBase returns the xml:base attribute among attrs, or "".
func xmlBase(attrs []xml.Attr) string {
	for _, a := range attrs {
		if a.Name.Local == "base" && a.Name.Space == nsXML {
			return a.Value
		}
	}
	return ""
}

// syntaxError is a document that is not XML, with the line where that
// shows.
type syntaxError struct {
	line int
	msg  string
	eof  bool // it ends early: no leniency can read what is not there
}

func (e *syntaxError) Error() string {
	return fmt.Sprintf("malformed XML at line %d: %s", e.line, e.msg)
}

// xmlError turns a decoder error into one line with the line it was found
// on.
func xmlError(d *xml.Decoder, err error) error {
	line, _ := d.InputPos()
	if err == io.EOF {
		return &syntaxError{line, "the document ends before its root element closes", true}
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &syntaxError{se.Line, input.OneLine(cut(se.Msg, 200)), strings.Contains(se.Msg, "EOF")}
	}
	return &syntaxError{line, input.OneLine(cut(err.Error(), 200)), false}
}

// xmlUTF8 returns the document in UTF-8, with every character XML allows
// (see xmlClean). A byte-order mark decides first, then the XML
// declaration's encoding, then the charset the server stated.
func xmlUTF8(b []byte, contentType string) []byte {
	switch {
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}), bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		if u, _, err := transform.Bytes(unicode.BOMOverride(transform.Nop), b); err == nil {
			b = u
		}
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
	default:
		label := declaredEncoding(b)
		if label == "" && contentType != "" {
			if _, params, err := mime.ParseMediaType(contentType); err == nil {
				label = params["charset"]
			}
		}
		if label != "" {
			if enc, name := charset.Lookup(label); enc != nil && name != "utf-8" {
				if u, err := enc.NewDecoder().Bytes(b); err == nil {
					b = u
				}
			}
		}
	}
	return xmlClean(b)
}

var encodingDecl = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// declaredEncoding is the encoding an XML declaration names, or "".
func declaredEncoding(b []byte) string {
	m := encodingDecl.FindSubmatch(b[:min(len(b), 256)])
	if m == nil {
		return ""
	}
	return string(m[1])
}

// xmlClean replaces what XML forbids and feeds still hold — bytes that are
// not UTF-8, raw control characters, and character references to them
// ("&#27;") — so that one stray byte does not make a whole feed
// unreadable. A control becomes its visible picture (ESC ␛), as
// input.Sanitize would make it, and anything else U+FFFD. The document is
// returned as it is when it needs nothing (the common case).
func xmlClean(b []byte) []byte {
	if cleanXML(b) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '&' && i+2 < len(b) && b[i+1] == '#':
			if r, n, ok := charRef(b[i:]); ok && !xmlChar(r) {
				out = utf8.AppendRune(out, picture(r))
				i += n
				continue
			}
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			out = utf8.AppendRune(out, picture(rune(c)))
			i++
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 || !xmlChar(r) {
				out = utf8.AppendRune(out, utf8.RuneError)
			} else {
				out = append(out, b[i:i+size]...)
			}
			i += size
			continue
		}
		out = append(out, c)
		i++
	}
	return out
}

// cleanXML reports whether b needs nothing from xmlClean.
func cleanXML(b []byte) bool {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '&' && i+2 < len(b) && b[i+1] == '#':
			if r, _, ok := charRef(b[i:]); ok && !xmlChar(r) {
				return false
			}
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 || !xmlChar(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// charRef reads a character reference "&#123;" or "&#x7b;" at the start
// of b.
func charRef(b []byte) (r rune, n int, ok bool) {
	end := bytes.IndexByte(b[:min(len(b), 16)], ';')
	if end < 3 {
		return 0, 0, false
	}
	num := string(b[2:end])
	var v uint64
	var err error
	if num[0] == 'x' || num[0] == 'X' {
		v, err = strconv.ParseUint(num[1:], 16, 32)
	} else {
		v, err = strconv.ParseUint(num, 10, 32)
	}
	if err != nil {
		return 0, 0, false
	}
	if v > utf8.MaxRune {
		return utf8.RuneError, end + 1, true
	}
	return rune(v), end + 1, true
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xd7ff ||
		r >= 0xe000 && r <= 0xfffd ||
		r >= 0x10000 && r <= utf8.MaxRune
}

// picture is what a forbidden character becomes.
func picture(r rune) rune {
	if r >= 0 && r < 0x20 {
		return 0x2400 + r
	}
	return utf8.RuneError
}
