package feed

import (
	"html"
	"strings"
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
	if l := atomAlternate(e); l != nil {
		it.Link = resolve(l.base, l.attrValue("href"))
	}
	if id := e.child("id", atom...); id != nil {
		it.ID = strings.TrimSpace(id.text)
		if it.Link == "" && strings.HasPrefix(it.ID, "http") {
			it.Link = resolve(id.base, it.ID)
		}
	}
	it.Date = dateOf(e.child("published", atom...), e.child("issued", atom...),
		e.child("updated", atom...), e.child("modified", atom...), e.child("date", nsDC))
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
