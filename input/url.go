package input

import (
	"context"
	"errors"
	"fmt"
	"io"
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

// fetch GETs a URL and makes an article of what comes back. The whole
// exchange, body included, is bounded by opt's timeout; redirects are
// bounded; a body over the size cap is refused from its Content-Length
// before it is read, and otherwise cut off at the cap. The content type
// decides how the body is read: HTML through readability, Markdown and
// text/* as text in their stated charset, anything else is not an
// article.
func fetch(ctx context.Context, raw string, opt Options) (Doc, error) {
	source := Sanitize(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return Doc{}, fmt.Errorf("%s: not a valid URL", source)
	}
	client := &http.Client{
		Timeout: opt.timeout(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.maxRedirects() {
				return fmt.Errorf("more than %d redirects", opt.maxRedirects())
			}
			return nil
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Doc{}, fmt.Errorf("%s: %v", source, err)
	}
	req.Header.Set("User-Agent", "factpane (terminal news reader)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.9,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return Doc{}, fetchError(source, err, opt)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Doc{}, fmt.Errorf("%s: HTTP %s", source, Sanitize(resp.Status))
	}
	limit := opt.maxSize()
	if resp.ContentLength > limit {
		return Doc{}, sizeError(source, resp.ContentLength, limit)
	}
	ct := resp.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = mediaType(ct)
	}
	if ct != "" && !articleType(mt) {
		return Doc{}, binaryError(source, Sanitize(mt))
	}
	// Sized from Content-Length when the server sends one, so a large page
	// is read into one buffer rather than grown and copied.
	b, err := readRest(io.LimitReader(resp.Body, limit+1), make([]byte, 0, min(max(resp.ContentLength+1, 512), limit+1)))
	if err != nil {
		return Doc{}, fetchError(source, err, opt)
	}
	if int64(len(b)) > limit {
		return Doc{}, sizeError(source, -1, limit)
	}
	page := resp.Request.URL // after redirects: links resolve against it
	format := formatText
	switch {
	case ct == "":
		format = formatAuto
	case mt == "text/html" || mt == "application/xhtml+xml":
		format = formatHTML
	case mt == "text/markdown" || mt == "text/x-markdown":
		format = formatMarkdown
	}
	if format != formatHTML && !hasBOM(b) {
		// A BOM wins over the header; otherwise honour the stated charset.
		if enc, _ := charset.Lookup(params["charset"]); enc != nil {
			var converted bool
			if b, converted = decodeCharset(b, enc); converted {
				ct = "text/plain; charset=utf-8"
			}
		}
	}
	doc, err := decode(source, b, format, ct, page)
	if err != nil {
		return Doc{}, err
	}
	doc.URL = linkTarget(page.String(), nil)
	return doc, nil
}

// articleType reports whether a served media type can hold an article.
func articleType(mt string) bool {
	return strings.HasPrefix(mt, "text/") || mt == "application/xhtml+xml"
}

// fetchError says in a few words why a request failed.
func fetchError(source string, err error, opt Options) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("%s: timed out after %v", source, opt.timeout())
		}
		err = ue.Err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: timed out after %v", source, opt.timeout())
	}
	return fmt.Errorf("%s: %v", source, Sanitize(err.Error()))
}
