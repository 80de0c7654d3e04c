package cmdline

import (
	"encoding/json"
	"flag"
	"io"
	"strings"
)

// Flag describes one flag as a FlagSet defines it: what completion and
// the manual are generated from, so they cannot drift from the parser.
type Flag struct {
	Name string `json:"name"`
	// Arg names the flag's value (the `backquoted` word of its usage, or
	// its type): "" for a switch (a bool flag).
	Arg   string `json:"arg,omitempty"`
	Usage string `json:"usage"`
	// Default is the value when the flag is not given, "" for none worth
	// saying (false, 0, empty).
	Default string `json:"default,omitempty"`
	// Choices are the words a Choice flag takes.
	Choices []string `json:"choices,omitempty"`
}

// Files reports whether the flag's value is a path to complete from the
// file system, and Dirs whether it is a directory's.
func (f Flag) Files() bool { return f.Arg == "path" || f.Arg == "file" }

// Dirs reports whether the flag's value is a directory.
func (f Flag) Dirs() bool { return f.Arg == "directory" }

// Describe lists fs's flags in its order (sorted by name).
func Describe(fs *flag.FlagSet) []Flag {
	var out []Flag
	fs.VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		d := Flag{Name: f.Name, Arg: arg, Usage: usage}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			d.Arg = ""
		}
		if c, ok := f.Value.(interface{ Choices() []string }); ok {
			d.Choices = c.Choices()
			d.Arg = strings.Join(d.Choices, "|")
		}
		switch f.DefValue {
		case "", "false", "0", "0s":
		default:
			d.Default = f.DefValue
		}
		out = append(out, d)
	})
	return out
}

// describeArg, given to Parse as the only argument, makes it print its
// FlagSet's description (JSON) and stop: how factpane learns the flags of
// `factpane serve`, which are defined where they are parsed. No one can
// type it: arguments cannot hold a NUL byte.
const describeArg = "\x00describe-flags"

// DescribeCommand runs a command's main with the describing argument and
// returns the flags it defines.
func DescribeCommand(main func(args []string, stdout io.Writer) int) ([]Flag, error) {
	var b strings.Builder
	main([]string{describeArg}, &b)
	var flags []Flag
	err := json.Unmarshal([]byte(b.String()), &flags)
	return flags, err
}
