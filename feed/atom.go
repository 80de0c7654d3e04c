package feed

import (
	"html"
	"strings"
	"time"
)

// atomItem reads an Atom entry. Its text constructs (title, summary,
// content) say whether they hold text, escaped HTML or inline XHTML; links
// resolve against the xml:base in force where they stand.
func (p *xmlParser) atomItem(e *elem) Item {
	atom := []string{nsAtom, nsAtom03}
	var it Item
	if t := e.child("title", atom...); t != nil {
		s, isHTML := atomText(t)
		it.Title = cleanLine(s, isHTML)
	}
	it.Link = atomLink(e)
	it.ID = atomID(e)
	it.Date = atomDate(e)
	if a := e.child("author", atom...); a != nil {
		if n := a.child("name", atom...); n != nil {
			it.Author = cleanLine(n.text, false)
		}
	} else if c := e.child("creator", nsDC); c != nil {
		it.Author = cleanLine(c.text, false)
	}
	if it.Author == "" {
		it.Author = p.author
	}
	if c := e.child("content", atom...); c != nil && c.attrValue("src") == "" {
		s, isHTML := atomText(c)
		if !isHTML {
			s = "<pre>" + html.EscapeString(s) + "</pre>"
		}
		it.ContentHTML = cut(strings.TrimSpace(s), maxContent)
	}
	if s := e.child("summary", atom...); s != nil {
		text, isHTML := atomText(s)
		it.Summary = cleanText(text, isHTML)
	} else if it.ContentHTML != "" {
		it.Summary = cleanText(it.ContentHTML, true)
	}
	return it
}

// atomLink is an entry's web page: its alternate link, else its id when
// that is an http(s) URL.
func atomLink(e *elem) string {
	if l := atomAlternate(e); l != nil {
		if link := resolve(l.base, l.attrValue("href")); link != "" {
			return link
		}
	}
	if id := e.child("id", nsAtom, nsAtom03); id != nil && strings.HasPrefix(strings.TrimSpace(id.text), "http") {
		return resolve(id.base, id.text)
	}
	return ""
}

// atomID is an entry's id, else its link.
func atomID(e *elem) string {
	if id := e.child("id", nsAtom, nsAtom03); id != nil && strings.TrimSpace(id.text) != "" {
		return strings.TrimSpace(id.text)
	}
	return atomLink(e)
}

// atomDate is an entry's date: when it was first published, else last
// updated.
func atomDate(e *elem) time.Time {
	return dateOf(e.child("published", nsAtom, nsAtom03), e.child("issued", nsAtom, nsAtom03),
		e.child("updated", nsAtom, nsAtom03), e.child("modified", nsAtom, nsAtom03), e.child("date", nsDC))
}

// atomMeta reads the feed's own title, web site and author.
func (p *xmlParser) atomMeta(e *elem) {
	switch e.name.Local {
	case "title":
		if p.ch.Title == "" {
			s, isHTML := atomText(e)
			p.ch.Title = cleanLine(s, isHTML)
		}
	case "link":
		rel := e.attrValue("rel")
		if p.ch.Link == "" && (rel == "" || rel == "alternate") {
			p.ch.Link = resolve(e.base, e.attrValue("href"))
		}
	case "author":
		if n := e.child("name", nsAtom, nsAtom03); n != nil && p.author == "" {
			p.author = cleanLine(n.text, false)
		}
	}
}

// atomText is an Atom text construct's content and whether it is HTML:
// type="html" holds escaped HTML (already unescaped by the XML reader),
// type="xhtml" a <div> of inline XHTML, and text (the default) plain text.
func atomText(e *elem) (string, bool) {
	switch strings.ToLower(e.attrValue("type")) {
	case "html", "text/html":
		return e.text, true
	case "xhtml", "application/xhtml+xml":
		return e.markup(), true
	}
	if e.inner != nil { // markup without a type: read it as HTML rather than lose it
		return string(e.inner), true
	}
	return e.text, false
}
