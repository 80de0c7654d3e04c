package feed

import (
	"net/url"
	"strings"

	"github.com/factpane/factpane/input"
)

// resolve makes ref absolute against base (nil when the document's address
// is unknown) and returns it if it is an http(s) URL, else "". A link in a
// feed is untrusted, as an article's links are: input.LinkTarget drops
// other schemes and makes the address printable ASCII, so it holds no
// byte that could drive a terminal; a feed or an item links only to web
// pages, so mailto: is dropped too.
func resolve(base *url.URL, ref string) string {
	s := input.LinkTarget(ref, base)
	if !strings.HasPrefix(s, "http") { // LinkTarget lower-cases the scheme
		return ""
	}
	return s
}

// rebase is the base URL in force inside an element whose xml:base is
// attr (the empty string for none), given its parent's base.
func rebase(parent *url.URL, attr string) *url.URL {
	attr = strings.TrimSpace(attr)
	if attr == "" {
		return parent
	}
	u, err := url.Parse(attr)
	if err != nil {
		return parent
	}
	if parent != nil {
		u = parent.ResolveReference(u)
	}
	if !input.WebURL(u) {
		return parent
	}
	return u
}
