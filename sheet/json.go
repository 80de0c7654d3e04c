package sheet

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
)

// WriteJSON writes a as factpane's --json output: the model's schema,
// indented, with HTML left unescaped. `factpane --json` and `ssh host json
// NAME` both use it so the two never drift apart.
//
// Control characters never reach w raw: encoding/json already escapes C0
// (ESC is \u001b); C1 controls (U+0080–U+009F), which it passes through
// and some terminals obey as CSI/OSC, are escaped here too. Both only occur
// inside JSON strings, so the output stays the same JSON value.
//
// The output is what a json.Encoder (SetIndent("", "  "),
// SetEscapeHTML(false)) writes for a, byte for byte, but it is written as
// it is made: field by field, a list one element at a time and a long
// string in pieces, so the memory it takes beyond a stays small however
// large the article (an Encoder holds the whole document, and its
// indented copy, before the first byte goes out).
func WriteJSON(w io.Writer, a model.Article) error {
	return writeJSON(w, a, "  ")
}

// WriteJSONLine writes a as WriteJSON does but compact, on one line: a
// record of JSON Lines, which is what --json writes for a directory (one
// article per line, so a stream of them stays readable line by line).
func WriteJSONLine(w io.Writer, a model.Article) error {
	return writeJSON(w, a, "")
}

// jsonStream writes one JSON document piece by piece to a buffered
// writer. Each piece is whole JSON values, or a run of whole characters of
// a string, so C1 escaping never sees half a character.
type jsonStream struct {
	w      *bufio.Writer
	indent string
	buf    bytes.Buffer // one encoded piece
	ind    bytes.Buffer // its indented form
	enc    *json.Encoder
	err    error
}

func writeJSON(w io.Writer, a model.Article, indent string) error {
	s := &jsonStream{w: bufio.NewWriterSize(w, 64<<10), indent: indent}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.object(reflect.ValueOf(a), 0)
	s.raw("\n")
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}

// Values larger than these are written in parts: a string over
// stringPiece bytes in pieces, a struct holding a list of more than
// bigList elements field by field. Lists are written batch elements at a
// time (one encoding, its brackets dropped), which is as fast as encoding
// the list whole.
const (
	stringPiece = 64 << 10
	bigList     = 256
	batch       = 256
)

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// plain reports whether t is encoded by its kind, not by a method of its
// own, so it may be taken apart.
func plain(t reflect.Type) bool {
	return !t.Implements(jsonMarshaler) && !t.Implements(textMarshaler) &&
		!reflect.PointerTo(t).Implements(jsonMarshaler) && !reflect.PointerTo(t).Implements(textMarshaler)
}

// object writes a struct depth levels deep, each field as encoding/json
// would (its name, omitempty, omitzero, "-").
func (s *jsonStream) object(v reflect.Value, depth int) {
	s.raw("{")
	first := true
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" && opts == "" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fv := v.Field(i)
		if hasOpt(opts, "omitempty") && isEmpty(fv) || hasOpt(opts, "omitzero") && fv.IsZero() {
			continue
		}
		if !first {
			s.raw(",")
		}
		first = false
		s.newline(depth + 1)
		s.encode(name)
		s.write(s.encoded())
		if s.indent != "" {
			s.raw(": ")
		} else {
			s.raw(":")
		}
		s.value(fv, depth+1)
	}
	if !first {
		s.newline(depth)
	}
	s.raw("}")
}

// value writes v depth levels deep: a long string in pieces, a list in
// batches, a struct holding a long list field by field, anything else
// whole.
func (s *jsonStream) value(v reflect.Value, depth int) {
	switch {
	case v.Kind() == reflect.String && v.Len() > stringPiece && plain(v.Type()):
		s.longString(v.String())
	case v.Kind() == reflect.Slice && v.Len() > 0 && v.Type().Elem().Kind() != reflect.Uint8 && plain(v.Type()):
		s.list(v, depth)
	case v.Kind() == reflect.Struct && plain(v.Type()) && big(v):
		s.object(v, depth)
	default:
		s.whole(v.Interface(), depth)
	}
}

// big reports whether a struct holds a long string or list.
func big(v reflect.Value) bool {
	for i := range v.NumField() {
		switch f := v.Field(i); f.Kind() {
		case reflect.String:
			if f.Len() > stringPiece {
				return true
			}
		case reflect.Slice:
			if f.Len() > bigList {
				return true
			}
		}
	}
	return false
}

// list writes a non-empty list: runs of small elements a batch at a
// time, big elements alone.
func (s *jsonStream) list(v reflect.Value, depth int) {
	s.raw("[")
	structs := v.Type().Elem().Kind() == reflect.Struct && plain(v.Type().Elem())
	for i := 0; i < v.Len(); {
		if i > 0 {
			s.raw(",")
		}
		if structs && big(v.Index(i)) {
			s.newline(depth + 1)
			s.object(v.Index(i), depth+1)
			i++
			continue
		}
		j := i + 1
		for j < v.Len() && j-i < batch && !(structs && big(v.Index(j))) {
			j++
		}
		s.elements(v.Slice(i, j), depth)
		i = j
	}
	s.newline(depth)
	s.raw("]")
}

// elements writes the elements of a short list, without its brackets:
// its encoding (indented as a list depth levels deep) cut to what lies
// between them.
func (s *jsonStream) elements(v reflect.Value, depth int) {
	s.encode(v.Interface())
	if s.err != nil {
		return
	}
	b := s.encoded()
	if s.indent != "" {
		s.ind.Reset()
		if err := json.Indent(&s.ind, b, strings.Repeat(s.indent, depth), s.indent); err != nil {
			s.fail(err)
			return
		}
		b = s.ind.Bytes()
		// "[" elements "\n" prefix "]": keep the elements, each on its
		// own line.
		b = b[1:bytes.LastIndexByte(b, '\n')]
	} else {
		b = b[1 : len(b)-1]
	}
	s.write(b)
}

// longString writes a string in pieces cut before a byte that starts a
// character (or is not part of one): JSON escapes each character alone,
// and an invalid byte alone, so the pieces' encodings join up to the
// string's.
func (s *jsonStream) longString(str string) {
	s.raw(`"`)
	for len(str) > 0 {
		n := min(len(str), stringPiece)
		for n < len(str) && !utf8.RuneStart(str[n]) {
			n++
		}
		s.encode(str[:n])
		if s.err != nil {
			return // the writer failed (a client gone): nothing was encoded
		}
		b := s.encoded()
		s.write(b[1 : len(b)-1])
		str = str[n:]
	}
	s.raw(`"`)
}

// whole writes a value whole, indented as if depth levels deep.
func (s *jsonStream) whole(v any, depth int) {
	s.encode(v)
	b := s.encoded()
	if s.indent == "" || len(b) < 2 || b[0] != '{' && b[0] != '[' {
		s.write(b)
		return
	}
	s.ind.Reset()
	if err := json.Indent(&s.ind, b, strings.Repeat(s.indent, depth), s.indent); err != nil {
		s.fail(err)
		return
	}
	s.write(s.ind.Bytes())
}

// encoded is the last encoding, without the newline Encode ends it with.
func (s *jsonStream) encoded() []byte { return bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")) }

func (s *jsonStream) encode(v any) {
	s.buf.Reset()
	if s.err == nil {
		s.fail(s.enc.Encode(v))
	}
}

func (s *jsonStream) newline(depth int) {
	if s.indent != "" {
		s.raw("\n" + strings.Repeat(s.indent, depth))
	}
}

func (s *jsonStream) raw(p string) {
	if s.err == nil {
		_, err := s.w.WriteString(p)
		s.fail(err)
	}
}

// write writes encoded JSON, its C1 controls escaped.
func (s *jsonStream) write(p []byte) {
	if s.err == nil {
		s.fail(writeEscapedC1(s.w, p))
	}
}

func (s *jsonStream) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

func hasOpt(opts, name string) bool {
	for o := range strings.SplitSeq(opts, ",") {
		if o == name {
			return true
		}
	}
	return false
}

// isEmpty is encoding/json's test for omitempty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// writeEscapedC1 writes b with the UTF-8 encodings of U+0080–U+009F (0xC2
// 0x80–0x9F) as JSON \u escapes.
func writeEscapedC1(w *bufio.Writer, b []byte) error {
	for {
		i := bytes.IndexByte(b, 0xc2)
		if i < 0 || i+1 >= len(b) {
			_, err := w.Write(b)
			return err
		}
		if _, err := w.Write(b[:i]); err != nil {
			return err
		}
		if c := b[i+1]; c >= 0x80 && c < 0xa0 {
			if _, err := fmt.Fprintf(w, `\u%04x`, c); err != nil {
				return err
			}
		} else if _, err := w.Write(b[i : i+2]); err != nil {
			return err
		}
		b = b[i+2:]
	}
}
