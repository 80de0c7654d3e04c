// Package cmdline holds what factpane's two commands (the reader and
// `factpane serve`) share about their command lines.
package cmdline

import (
	"bytes"
	"errors"
	"flag"
	"io"

	"github.com/factpane/factpane/input"
)

// Parse parses args into fs. Asked for help, it prints the usage to stdout
// only and returns done with status 0; on a bad flag it prints the flag
// package's message to stderr and returns done with status 2. That message
// quotes the user's bytes back, so it goes through input.Sanitize like any
// article text. After Parse, fs writes to stderr.
func Parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (status int, done bool) {
	var out bytes.Buffer
	fs.SetOutput(&out)
	err := fs.Parse(args)
	fs.SetOutput(stderr)
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		fs.SetOutput(stderr)
		return 0, true
	}
	io.WriteString(stderr, input.Sanitize(out.String()))
	return 2, true
}
