package input

import (
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Defaults for fetching a URL.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxRedirects = 5
)

// IsURL reports whether arg names a web page rather than a file.
func IsURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// fetch GETs a URL and makes an article of what comes back, through a
// Client: the whole exchange, body included, is bounded by opt's timeout,
// redirects are bounded and may not lead into the user's own network, and
// a body over the size cap is refused from its Content-Length before it
// is read, and otherwise cut off at the cap. Decode reads the body.
func fetch(ctx context.Context, raw string, opt Options) (Doc, error) {
	source := Sanitize(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return Doc{}, fmt.Errorf("%s: not a valid URL", source)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Doc{}, fmt.Errorf("%s: %v", source, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", AcceptPage)
	accept := func(resp *http.Response) error { return ArticleType(resp.Header.Get("Content-Type")) }
	resp, b, err := NewClient(opt).Do(req, u, accept)
	if err != nil {
		return Doc{}, fmt.Errorf("%s: %w", source, err)
	}
	return Decode(source, b, resp.Header.Get("Content-Type"), resp.Request.URL.String())
}

// UserAgent is what factpane calls itself to web servers.
const UserAgent = "factpane (terminal news reader)"

// AcceptPage is the Accept header of a request for an article.
const AcceptPage = "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.9,*/*;q=0.1"

// Decode makes an article of a fetched body: contentType is the served
// Content-Type ("" when the server sent none: the body is sniffed) and
// pageURL the page's final address, after redirects ("" when unknown).
// The content type decides how the body is read: HTML through
// readability, Markdown and text/* as text in their stated charset,
// anything else is not an article. Relative links resolve against
// pageURL, which also becomes the Doc's URL. source names the input in
// messages and in Doc.Source (it is sanitised here).
func Decode(source string, body []byte, contentType, pageURL string) (Doc, error) {
	source = Sanitize(source)
	if err := ArticleType(contentType); err != nil {
		return Doc{}, fmt.Errorf("%s: %w", source, err)
	}
	ct := contentType
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = mediaType(ct)
	}
	var page *url.URL
	if u, err := url.Parse(pageURL); err == nil && WebURL(u) {
		page = u
	}
	format := formatText
	switch {
	case ct == "":
		format = formatAuto
	case mt == "text/html" || mt == "application/xhtml+xml":
		format = formatHTML
	case mt == "text/markdown" || mt == "text/x-markdown":
		format = formatMarkdown
	}
	if format != formatHTML && !hasBOM(body) {
		// A BOM wins over the header; otherwise honour the stated charset.
		if enc, _ := charset.Lookup(params["charset"]); enc != nil {
			var converted bool
			if body, converted = decodeCharset(body, enc); converted {
				ct = "text/plain; charset=utf-8"
			}
		}
	}
	doc, err := decode(source, body, format, ct, page)
	if err != nil {
		return Doc{}, err
	}
	if page != nil {
		doc.URL = linkTarget(page.String(), nil)
	}
	return doc, nil
}
