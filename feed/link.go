package feed

import (
	"net/url"
	"strings"

	"github.com/factpane/factpane/input"
)

// resolve makes ref absolute against base (nil when the document's address
// is unknown) and returns it if it is an http(s) URL, else "". A link in a
// feed is untrusted: javascript:, data: and file: links are dropped, and
// the URL is re-serialised, so it holds no byte that could drive a
// terminal (url.Parse refuses control characters; String escapes spaces
// and non-ASCII).
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || len(ref) > 8<<10 {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if !input.WebURL(u) {
		return ""
	}
	s := u.String()
	if input.ControlAt(s) >= 0 { // a C1 control in a host name survives String
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
