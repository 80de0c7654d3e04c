// Package cmdline holds what factpane's two commands (the reader and
// `factpane serve`) share about their command lines.
package cmdline

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"

	"github.com/factpane/factpane/input"
)

// Parse parses args into fs. Flags may come before or after the
// arguments (`factpane article.txt --plain`), as in most command-line
// tools; "--" ends the flags, so a file called "--plain" can still be
// opened. Asked for help, it prints the usage to stdout only and returns
// done with status 0; on a bad flag it prints the flag package's message
// to stderr and returns done with status 2. That message quotes the user's
// bytes back, so it goes through input.Sanitize like any article text.
// After Parse, fs writes to stderr.
func Parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (status int, done bool) {
	if len(args) == 1 && args[0] == describeArg {
		if err := json.NewEncoder(stdout).Encode(Describe(fs)); err != nil {
			return 1, true
		}
		return 0, true
	}
	var out bytes.Buffer
	fs.SetOutput(&out)
	err := parseInterspersed(fs, args)
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

// parseInterspersed is fs.Parse letting flags follow the arguments: the
// flag package stops at the first argument, so each argument is set aside
// and the parse resumes after it. fs.Args() then holds the arguments in
// their order.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			// The flag package consumed a "--": all that follows is arguments.
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	// A parse of "--" alone sets no flag and makes fs.Args() the arguments.
	return fs.Parse(append([]string{"--"}, positional...))
}
