package input

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxReadableElements bounds the pages readability scores: its passes over
// the DOM grow faster than the page, and a page with more elements than
// this is not one article anyway. Larger pages are shown whole.
const maxReadableElements = 100_000

// htmlText finds the article in a web page: its title and its main text as
// paragraphs of plain text, without navigation, adverts, comments, scripts
// or styles. Readability (a port of Firefox's Reader View) picks the
// article's DOM and its own innerText renderer turns that DOM into text,
// so block elements become paragraphs and <br> line breaks. The headline
// leads the text, as it does in a plain-text article.
//
// contentType is the HTTP Content-Type when there is one; with the page's
// own <meta charset> and byte-order mark it decides the character set.
func htmlText(b []byte, contentType string, page *url.URL) (title, body string, err error) {
	defer func() {
		// Readability is a large port of JavaScript that runs on hostile
		// pages; a failure inside it must not take factpane down.
		if r := recover(); r != nil {
			err = fmt.Errorf("could not read the HTML page: %v", r)
		}
	}()
	enc, _, _ := charset.DetermineEncoding(b, contentType)
	b, _ = decodeCharset(b, enc)
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return "", "", fmt.Errorf("could not read the HTML page: %v", err)
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxReadableElements
	if art, err := p.ParseDocument(doc, page); err == nil && art.Node != nil {
		title = OneLine(art.Title())
		body = tidyText(render.InnerText(art.Node))
	}
	if strings.TrimSpace(body) == "" {
		// Not an article readability recognises (too short, too large, a
		// bare fragment): show the whole page's visible text instead.
		body = tidyText(render.InnerText(pageBody(doc)))
	}
	if title == "" {
		title = OneLine(pageTitle(doc))
	}
	if title != "" && !strings.HasPrefix(body, title) {
		if body == "" {
			body = title
		} else {
			body = title + "\n\n" + body
		}
	}
	return title, body, nil
}

// pageBody is the page's <body>, or the whole document without one.
func pageBody(doc *html.Node) *html.Node {
	if n := findElement(doc, atom.Body); n != nil {
		return n
	}
	return doc
}

// pageTitle is the text of the page's <title>.
func pageTitle(doc *html.Node) string {
	n := findElement(doc, atom.Title)
	if n == nil {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// tidyText trims the spaces a renderer leaves at line ends and keeps at
// most one blank line between paragraphs.
func tidyText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\u00a0")
		if strings.TrimSpace(l) == "" {
			blank++
			continue
		}
		if len(out) > 0 && blank > 0 {
			out = append(out, "")
		}
		blank = 0
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
