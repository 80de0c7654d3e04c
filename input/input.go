// Package input reads what a user opens — a text, Markdown or HTML file, a
// web page by URL, or stdin — and turns it into the text factpane shows and
// parses. It is the one place raw bytes become article text, so it is also
// where bytes that could drive a terminal are neutralised (see Sanitize),
// where inputs that are not articles are turned away, and where the size
// cap is enforced.
package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/factpane/factpane/model"
)

// DefaultMaxSize caps what factpane reads from one input.
const DefaultMaxSize = 32 << 20

// Doc is an input made readable.
type Doc struct {
	// Source names the input as the user gave it ("-" for stdin), with
	// any control characters in the name made visible, as in Text.
	Source string
	// Title is a title the input's format states (an HTML page's title, a
	// Markdown heading); empty when the text itself must provide one.
	Title string
	// Text is the article text: valid UTF-8 whose only control characters
	// are tab and newline.
	Text string
	// Converted reports that Text differs from the bytes read, so offsets
	// into Text are not offsets into the input.
	Converted bool
	// URL, Byline, Date, Site, Links and Headings describe the article
	// where the input states them; see the model.Article fields of the
	// same names. Offsets in Links and Headings index Text.
	URL      string
	Byline   string
	Date     string
	Site     string
	Links    []model.Link
	Headings []model.Span
	// Feeds are the feeds a web page advertises (see FeedLinks), for a
	// reader to offer; nil for other inputs.
	Feeds []FeedLink
}

// Options bound what a load may do. The zero value gives the defaults.
type Options struct {
	// MaxSize is the largest input accepted, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
	// Timeout bounds a URL fetch, body included; 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxRedirects bounds the redirects a URL fetch follows; 0 means
	// DefaultMaxRedirects, a negative value none.
	MaxRedirects int
	// AllowAddr says which addresses a fetch from the internet may
	// connect to; nil means PublicAddr. (Tests allow loopback here.) See
	// Client for the exemption of URLs on local names.
	AllowAddr func(netip.Addr) bool
	// Proxy, when set, is the proxy every fetch goes through; nil means
	// the environment's (HTTPS_PROXY, HTTP_PROXY and NO_PROXY, read when
	// the Client is made).
	Proxy *url.URL
}

// SizeCap is the largest input accepted: MaxSize, or its default.
func (o Options) SizeCap() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// FetchTimeout bounds a fetch: Timeout, or its default.
func (o Options) FetchTimeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

// Redirects is how many redirects a fetch follows: MaxRedirects, its
// default for 0, none for a negative value.
func (o Options) Redirects() int {
	switch {
	case o.MaxRedirects < 0:
		return 0
	case o.MaxRedirects == 0:
		return DefaultMaxRedirects
	}
	return o.MaxRedirects
}

// format says how an input's bytes become text.
type format int

const (
	formatAuto     format = iota // HTML when it looks like HTML, else text
	formatText                   // plain text
	formatMarkdown               // Markdown, markup removed
	formatHTML                   // a web page, reduced to its article
)

// IsArticleFile reports whether a file's name says it holds an article
// factpane reads: text, Markdown or a saved web page. It is the list a
// directory's articles are picked by, the same one formatOf reads files by,
// so every file that opens on the command line is also found in a library.
func IsArticleFile(name string) bool {
	return formatOf(name) != formatAuto
}

// formatOf picks the format from a file's extension. Text files are
// trusted to be text; a file with another extension is sniffed, so a saved
// page called "article" still reads as a page.
func formatOf(path string) format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown":
		return formatMarkdown
	case ".html", ".htm", ".xhtml":
		return formatHTML
	}
	return formatAuto
}

// Load reads the input named by arg: "-" for stdin, an http(s) URL, or a
// file path. Errors name the input and say what went wrong in one line.
func Load(arg string, stdin io.Reader, opt Options) (Doc, error) {
	return LoadContext(context.Background(), arg, stdin, opt)
}

// LoadContext is Load with a context: a URL's fetch ends when ctx does
// (the reader cancels it when the user quits while it waits).
func LoadContext(ctx context.Context, arg string, stdin io.Reader, opt Options) (Doc, error) {
	if arg == "-" {
		if stdin == nil {
			return Doc{}, errors.New("-: no standard input")
		}
		return Read("-", stdin, opt)
	}
	if IsURL(arg) {
		return fetch(ctx, arg, opt)
	}
	// A file name is shown in messages, the status line and the fact
	// sheet: it must not drive the terminal any more than the text may.
	source := Sanitize(arg)
	f, err := os.Open(arg)
	if err != nil {
		return Doc{}, describe(source, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Doc{}, describe(source, err)
	}
	if st.IsDir() {
		return Doc{}, fmt.Errorf("%s: is a directory", source)
	}
	if st.Mode().IsRegular() && st.Size() > opt.SizeCap() {
		return Doc{}, SizeError(source, st.Size(), opt.SizeCap())
	}
	b, err := readCapped(source, f, opt.SizeCap(), st.Size())
	if err != nil {
		return Doc{}, err
	}
	return decode(source, b, formatOf(arg), "", nil)
}

// Read reads a whole article from r: HTML when it looks like a web page
// (so `curl -s URL | factpane` reads the article, not the markup), else
// text. It fails without reading further once r passes the size cap.
func Read(source string, r io.Reader, opt Options) (Doc, error) {
	source = Sanitize(source)
	b, err := readCapped(source, r, opt.SizeCap(), 0)
	if err != nil {
		return Doc{}, err
	}
	return decode(source, b, formatAuto, "", nil)
}

// readCapped reads r to its end, failing as soon as it passes max bytes:
// at most max+1 bytes are ever held. Its first bytes are looked at before
// the rest is read, so a device or a pipe of binary data is turned away at
// once rather than after filling memory to the cap. size is the input's
// size when known (a file's), else 0: the buffer is then made once, at its
// size, rather than grown by doubling and copied (three times a large
// article, at the peak).
func readCapped(source string, r io.Reader, limit, size int64) ([]byte, error) {
	r = io.LimitReader(r, limit+1)
	b := make([]byte, 0, min(max(size+1, sniffLen), limit+1))
	n, err := io.ReadFull(r, b[:min(sniffLen, limit+1)])
	b = b[:n]
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return b, nil
	case err != nil:
		return nil, describe(source, err)
	}
	if !hasBOM(b) { // UTF-16 holds NULs until decoded
		if err := checkText(source, b, true); err != nil {
			return nil, err
		}
	}
	b, err = readRest(r, b)
	if err != nil {
		return nil, describe(source, err)
	}
	if int64(len(b)) > limit {
		return nil, SizeError(source, -1, limit)
	}
	return b, nil
}

// readRest reads r to its end after b, in b's spare capacity first.
func readRest(r io.Reader, b []byte) ([]byte, error) {
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow, as io.ReadAll does
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// decode turns an input's bytes into a Doc. contentType is the served
// Content-Type of a URL ("" for files) and page its final address.
func decode(source string, b []byte, f format, contentType string, page *url.URL) (Doc, error) {
	bom := hasBOM(b)
	if bom {
		var err error
		if b, _, err = transform.Bytes(unicode.BOMOverride(transform.Nop), b); err != nil {
			return Doc{}, fmt.Errorf("%s: %v", source, err)
		}
		contentType = "text/html; charset=utf-8" // the mark said so
	}
	if err := checkText(source, b, true); err != nil {
		return Doc{}, err
	}
	if f == formatAuto {
		f = sniffFormat(b)
	}
	doc := Doc{Source: source}
	switch f {
	case formatHTML:
		if contentType == "" {
			contentType = "text/html"
		}
		d, err := htmlDoc(b, contentType, page)
		if err != nil {
			return Doc{}, fmt.Errorf("%s: %v", source, err)
		}
		doc = d
		doc.Source, doc.Converted = source, true
		var base string
		if page != nil {
			base = page.String()
		}
		doc.Feeds = FeedLinks(b, base)
	case formatMarkdown:
		md, err := markdownDoc(b, page)
		if err != nil {
			return Doc{}, fmt.Errorf("%s: %v", source, err)
		}
		doc = md
		doc.Source, doc.Title, doc.Converted = source, OneLine(md.Title), true
	default:
		doc.Text = Sanitize(string(b))
		doc.Converted = bom || doc.Text != string(b)
	}
	return doc, nil
}

// sniffFormat tells a web page from text by its first bytes.
func sniffFormat(b []byte) format {
	head := b[:min(len(b), 1024)]
	if strings.HasPrefix(http.DetectContentType(head), "text/html") {
		return formatHTML
	}
	if bytes.Contains(bytes.ToLower(head), []byte("<html")) && bytes.HasPrefix(bytes.TrimSpace(head), []byte("<")) {
		return formatHTML // XHTML after an XML declaration
	}
	return formatText
}

// SizeError says an input is over the size cap, on one line: "SOURCE:
// 5.0 MiB is over the size cap of 4 MiB (see --max-size)". size is -1
// when only the cap is known (a stream that went past it); source is ""
// when the caller names the input itself.
func SizeError(source string, size, max int64) error {
	var msg string
	if size < 0 {
		msg = fmt.Sprintf("larger than the size cap of %s (see --max-size)", humanSize(max))
	} else {
		msg = fmt.Sprintf("%s is over the size cap of %s (see --max-size)", humanSize(size), humanSize(max))
	}
	if source == "" {
		return errors.New(msg)
	}
	return fmt.Errorf("%s: %s", source, msg)
}

// humanSize writes a byte count the way the --max-size help reads it.
func humanSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// describe turns an OS error into the cause a user can act on.
func describe(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file", name)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied", name)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", name, pe.Err)
	}
	return fmt.Errorf("%s: %v", name, err)
}
