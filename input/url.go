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

// fetch GETs a URL and makes an article of what comes back (Fetch, then
// Decode), turning away a type that cannot be an article before its body
// is read.
func fetch(ctx context.Context, raw string, opt Options) (Doc, error) {
	accept := func(resp *http.Response) error { return ArticleType(resp.Header.Get("Content-Type")) }
	resp, b, err := Fetch(ctx, raw, AcceptPage, opt, accept)
	if err != nil {
		return Doc{}, err
	}
	return Decode(raw, b, resp.Header.Get("Content-Type"), resp.Request.URL.String())
}

// Fetch GETs a URL through a Client bounded by opt (see Client), asking
// for the types in the Accept header acceptTypes: the whole exchange,
// body included, within opt's timeout, redirects bounded and never into
// the user's own network, a body over the size cap refused from its
// Content-Length before it is read and otherwise cut off at the cap.
// accept (when not nil) may turn the answer away from its header. Errors
// are one line naming the URL.
func Fetch(ctx context.Context, raw, acceptTypes string, opt Options, accept func(*http.Response) error) (*http.Response, []byte, error) {
	source := Sanitize(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return nil, nil, fmt.Errorf("%s: not a valid URL", source)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", source, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", acceptTypes)
	resp, b, err := NewClient(opt).Do(req, u, accept)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", source, err)
	}
	return resp, b, nil
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
		doc.URL = LinkTarget(page.String(), nil)
	}
	return doc, nil
}
