// Package input reads what a user opens — a file, stdin, and later web
// pages and Markdown — and turns it into the text factpane shows and
// parses. It is the one place raw bytes become article text, so it is also
// where bytes that could drive a terminal are neutralised.
package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// DefaultMaxSize caps what factpane reads from one input.
const DefaultMaxSize = 32 << 20

// Doc is an input made readable.
type Doc struct {
	// Source names the input as the user gave it ("-" for stdin).
	Source string
	// Title is a title the input's format states (an HTML <title>, a
	// Markdown heading); empty when the text itself must provide one.
	Title string
	// Text is the article text: valid UTF-8 with no terminal controls.
	Text string
	// Converted reports that Text differs from the bytes read, so offsets
	// into Text are not offsets into the input.
	Converted bool
}

// Options bound what a load may do.
type Options struct {
	// MaxSize is the largest input accepted, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// Load reads the input named by arg: a file path, or "-" for stdin.
func Load(arg string, stdin io.Reader, opt Options) (Doc, error) {
	if arg == "-" {
		return Read("-", stdin, opt)
	}
	f, err := os.Open(arg)
	if err != nil {
		return Doc{}, describe(arg, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return Doc{}, fmt.Errorf("%s: is a directory", arg)
		}
		if st.Size() > opt.maxSize() {
			return Doc{}, fmt.Errorf("%s: %d bytes is over the size cap of %d (see --max-size)", arg, st.Size(), opt.maxSize())
		}
	}
	return Read(arg, f, opt)
}

// Read reads a whole article from r.
func Read(source string, r io.Reader, opt Options) (Doc, error) {
	max := opt.maxSize()
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return Doc{}, describe(source, err)
	}
	if int64(len(b)) > max {
		return Doc{}, fmt.Errorf("%s: over the size cap of %d bytes (see --max-size)", source, max)
	}
	text := Sanitize(string(b))
	return Doc{Source: source, Text: text, Converted: text != string(b)}, nil
}

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
