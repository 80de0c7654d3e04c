package feed

import (
	"strings"
	"time"
)

// itemDate is an item or entry element's date, read first and alone so
// that an item too old to be kept costs no more.
func (p *xmlParser) itemDate(e *elem) time.Time {
	if p.format == Atom {
		return atomDate(e)
	}
	return rssDate(e)
}

// rssDate is an RSS item's date: pubDate, else the Dublin Core or Atom
// dates extensions add.
func rssDate(e *elem) time.Time {
	return dateOf(e.child("pubDate", ""), e.child("date", nsDC), e.child("published", nsAtom),
		e.child("issued", nsDCTerms), e.child("created", nsDCTerms), e.child("updated", nsAtom),
		e.child("modified", nsDCTerms))
}

// itemID is an item or entry element's ID, or "" (see collector.add).
func (p *xmlParser) itemID(e *elem) string {
	if p.format == Atom {
		return atomID(e)
	}
	return rssID(e)
}

// rssID is an item's GUID, else its RDF URI, else its link.
func rssID(e *elem) string {
	if g := e.child("guid", ""); g != nil && strings.TrimSpace(g.text) != "" {
		return strings.TrimSpace(g.text)
	}
	if about := strings.TrimSpace(rdfAbout(e)); about != "" {
		return about
	}
	return rssLink(e)
}

// item turns an item or entry element into an Item.
func (p *xmlParser) item(e *elem) Item {
	if p.format == Atom {
		return p.atomItem(e)
	}
	return rssItem(e)
}

// meta reads one of the feed's own elements: its title, link or author.
func (p *xmlParser) meta(e *elem) {
	if p.format == Atom {
		p.atomMeta(e)
		return
	}
	switch e.name.Local {
	case "title":
		if p.ch.Title == "" {
			p.ch.Title = cleanLine(e.text, false)
		}
	case "link":
		if p.ch.Link == "" {
			p.ch.Link = resolve(e.base, e.text)
		}
	}
}

// rssItem reads an RSS 2.0 or RSS 1.0 item with the extensions real feeds
// use: content:encoded for the full text, Dublin Core for the date and
// author (RSS 1.0 has no others), Media RSS and iTunes descriptions,
// FeedBurner's original link, and an atom:link where <link> is missing.
func rssItem(e *elem) Item {
	var it Item
	rss := []string{"", nsRSS1, nsRSS090}

	if t := e.child("title", rss...); t != nil {
		it.Title = cleanLine(t.markup(), t.inner != nil)
	} else if t := firstChild(e, "title", nsDC, nsMedia); t != nil {
		it.Title = cleanLine(t.text, false)
	}

	it.Link = rssLink(e)
	it.ID = rssID(e)
	it.Date = rssDate(e)

	switch {
	case e.child("creator", nsDC) != nil:
		it.Author = cleanLine(e.child("creator", nsDC).text, false)
	case e.child("author", "") != nil:
		it.Author = cleanLine(rssAuthor(e.child("author", "").text), false)
	case e.child("author", nsITunes) != nil:
		it.Author = cleanLine(e.child("author", nsITunes).text, false)
	}

	if c := e.child("encoded", nsContent); c != nil {
		it.ContentHTML = cut(strings.TrimSpace(c.markup()), maxContent)
	}
	desc := e.child("description", rss...)
	if desc == nil {
		desc = firstChild(e, "description", nsDC, nsMedia)
	}
	if desc == nil {
		desc = e.child("summary", nsITunes)
	}
	if desc == nil {
		if g := e.child("group", nsMedia); g != nil {
			desc = g.child("description", nsMedia)
		}
	}
	switch {
	case desc != nil:
		it.Summary = cleanText(desc.markup(), desc.inner != nil)
	case it.ContentHTML != "":
		it.Summary = cleanText(it.ContentHTML, true)
	}
	return it
}

// rssLink is an item's web page: FeedBurner's original link, <link>, an
// atom:link, a GUID that is a permalink, or the RDF URI.
func rssLink(e *elem) string {
	rss := []string{"", nsRSS1, nsRSS090}
	var link string
	switch {
	case e.child("origLink", nsFeedburner) != nil:
		l := e.child("origLink", nsFeedburner)
		link = resolve(l.base, l.text)
	case e.child("link", rss...) != nil:
		l := e.child("link", rss...)
		link = resolve(l.base, l.text)
	}
	if link == "" {
		if l := atomAlternate(e); l != nil {
			link = resolve(l.base, l.attrValue("href"))
		}
	}
	guid := e.child("guid", "")
	if link == "" && guid != nil && !strings.EqualFold(guid.attrValue("isPermaLink"), "false") {
		// A GUID is the item's permalink unless it says otherwise, but
		// only when it is a URL: "news-1001" is no link.
		link = resolve(nil, guid.text)
	}
	if link == "" {
		if about := rdfAbout(e); about != "" {
			link = resolve(e.base, about)
		}
	}
	return link
}

// firstChild returns the first child named local in any of spaces, in the
// order spaces are given.
func firstChild(e *elem, local string, spaces ...string) *elem {
	for _, s := range spaces {
		if k := e.child(local, s); k != nil {
			return k
		}
	}
	return nil
}

// rdfAbout is an RSS 1.0 item's rdf:about, its URI.
func rdfAbout(e *elem) string {
	for _, a := range e.attr {
		if a.Name.Local == "about" && a.Name.Space == nsRDF {
			return a.Value
		}
	}
	return ""
}

// atomAlternate is an item's or feed's atom:link to its web page: the
// first with rel="alternate" or no rel, preferring an HTML one.
func atomAlternate(e *elem) *elem {
	var first *elem
	for _, k := range e.kids {
		if k.name.Local != "link" || (k.name.Space != nsAtom && k.name.Space != nsAtom03) || k.attrValue("href") == "" {
			continue
		}
		if rel := k.attrValue("rel"); rel != "" && rel != "alternate" {
			continue
		}
		t := k.attrValue("type")
		if t == "" || strings.Contains(t, "html") {
			return k
		}
		if first == nil {
			first = k
		}
	}
	return first
}

// rssAuthor is the name in an RSS <author>, which holds an e-mail address
// and, by convention, the name in brackets: "jo@example.com (Jo Smith)".
func rssAuthor(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '('); i >= 0 && strings.HasSuffix(s, ")") {
		if name := strings.TrimSpace(s[i+1 : len(s)-1]); name != "" {
			return name
		}
	}
	return s
}

// dateOf is the first readable date among candidate elements.
func dateOf(candidates ...*elem) time.Time {
	for _, d := range candidates {
		if d != nil {
			if t := parseDate(d.text); !t.IsZero() {
				return t
			}
		}
	}
	return time.Time{}
}
