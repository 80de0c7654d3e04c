package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrBinary is wrapped by the error for an input that is not text: NUL
// bytes, or a content type such as an image, an archive or a PDF.
var ErrBinary = errors.New("not a text article")

// binaryError names the input (unless source is "") and, when known,
// what it looks like instead.
func binaryError(source, contentType string) error {
	err := ErrBinary
	if contentType != "" && contentType != "application/octet-stream" {
		err = fmt.Errorf("%w (%s)", ErrBinary, contentType)
	}
	if source == "" {
		return err
	}
	return fmt.Errorf("%s: %w", source, err)
}

// ArticleType says whether a served Content-Type can hold an article
// (text/*, XHTML, or none stated): nil if so, else an error wrapping
// ErrBinary that names the type. A fetch checks it before reading a body
// it would turn away.
func ArticleType(contentType string) error {
	if contentType == "" {
		return nil
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = mediaType(contentType)
	}
	if strings.HasPrefix(mt, "text/") || mt == "application/xhtml+xml" {
		return nil
	}
	return binaryError("", Sanitize(mt))
}

// sniffLen is how much of an input is looked at to guess what it is; it is
// what http.DetectContentType considers.
const sniffLen = 512

// checkText fails when b, the start of an input or any later part of it
// (already decoded to UTF-8), is not text. A NUL byte never occurs in text;
// a signature (PNG, GIF, PDF, ZIP, gzip...) in the first bytes names a
// format that is not an article. Other control bytes do not make an input
// binary: a hostile article full of escape sequences is still an article,
// shown with its controls made visible.
func checkText(source string, b []byte, first bool) error {
	nul := bytes.IndexByte(b, 0) >= 0
	if !first {
		if nul {
			return binaryError(source, "")
		}
		return nil
	}
	head := b[:min(len(b), sniffLen)]
	ct := mediaType(http.DetectContentType(head))
	switch {
	case !textual(ct) && !spelledByText(ct, head):
		return binaryError(source, ct)
	case nul:
		return binaryError(source, "")
	}
	return nil
}

// spelledByText reports whether the signature the sniffer matched in head
// is text that happens to spell it: "BM" of a bitmap in "BMW recalls",
// "ID3" of an MP3, "LP" at byte 34 of an embedded font. Such signatures
// are a few bytes any text can hold, and a file of those formats has bytes
// no text has (NUL, invalid UTF-8) in its first bytes. PDF and PostScript
// are written in ASCII, and no article starts with their signature.
func spelledByText(ct string, head []byte) bool {
	switch ct {
	case "application/pdf", "application/postscript":
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	// the head may end inside a character: leave its first bytes out
	if i := lastRuneStart(head); i >= 0 && !utf8.FullRune(head[i:]) {
		head = head[:i]
	}
	return utf8.Valid(head)
}

// lastRuneStart is the offset of the last byte of b that starts a
// character, looking back as far as a character is long, or -1.
func lastRuneStart(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	return -1
}

// textual reports whether a sniffed content type can be an article. The
// sniffer says application/octet-stream for text with a stray BEL or
// backspace, which factpane opens (with the control made visible).
func textual(ct string) bool {
	mt := mediaType(ct)
	return strings.HasPrefix(mt, "text/") || mt == "application/octet-stream"
}

func mediaType(ct string) string {
	mt, _, _ := strings.Cut(ct, ";")
	return strings.TrimSpace(strings.ToLower(mt))
}

// hasBOM reports whether b starts with a UTF-8 or UTF-16 byte-order mark.
func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}) ||
		bytes.HasPrefix(b, []byte{0xff, 0xfe}) ||
		bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// bomDecoder returns a reader that strips a leading UTF-8 byte-order mark
// and decodes UTF-16 (little- or big-endian, as its mark says) to UTF-8,
// passing any other input through untouched. Invalid UTF-16 (an unpaired
// surrogate) becomes U+FFFD. Without a mark, UTF-16 cannot be told from
// binary data, so it is not guessed.
func bomDecoder(r io.Reader) io.Reader {
	return transform.NewReader(r, unicode.BOMOverride(transform.Nop))
}

// decodeCharset turns b from the named character set (a Content-Type
// charset parameter) into UTF-8. An unknown or absent charset leaves b as
// it is, to be read as UTF-8.
func decodeCharset(b []byte, enc encoding.Encoding) ([]byte, bool) {
	if enc == nil || enc == encoding.Nop || enc == unicode.UTF8 {
		return b, false
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return b, false
	}
	return out, true
}
