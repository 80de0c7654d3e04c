package serve

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/sheet"
)

// sessionUsage is what `ssh host help` prints; %s is how to reach the
// server ("-p 2222 HOST").
const sessionUsage = `factpane: read news articles beside the facts they report.

  ssh %[1]s                 pick an article from the library (in a terminal)
  ssh -t %[1]s NAME         open the article NAME
  ssh %[1]s list            list the library: name, title, headline figures
  ssh %[1]s facts NAME      print the fact sheet of NAME
  ssh %[1]s json NAME       print the facts of NAME as JSON (as factpane --json)
  ssh %[1]s help            print this help

Output of list, facts and json is plain text, for reading or for scripts.
`

// command is one parsed one-shot request.
type command struct {
	name string // list, facts, json, help
	arg  string // the article name for facts and json
}

// oneShot is the set of commands that print and exit.
var oneShot = map[string]int{"list": 0, "facts": 1, "json": 1, "help": 0}

// parseCommand reads a session's command line. ok is false when it is not
// a one-shot command at all (an article name, or nothing); err is set when
// it names a command but gets its arguments wrong.
func parseCommand(args []string) (c command, ok bool, err error) {
	if len(args) == 0 {
		return command{}, false, nil
	}
	name := args[0]
	switch name {
	case "-h", "--help":
		name = "help"
	}
	want, known := oneShot[name]
	if !known {
		return command{}, false, nil
	}
	if len(args)-1 != want {
		if want == 0 {
			return command{}, true, fmt.Errorf("%s takes no arguments", name)
		}
		return command{}, true, fmt.Errorf("%s needs one article name (see `list`)", name)
	}
	c.name = name
	if want == 1 {
		c.arg = args[1]
	}
	return c, true, nil
}

// run prints the command's output to stdout and returns the exit status;
// errors go to stderr. Nothing here writes an escape sequence: every string
// comes from the library, whose text input.Sanitize has made inert, and the
// JSON escapes all control characters.
func (c command) run(lib *library.Library, reach string, stdout, stderr io.Writer) int {
	switch c.name {
	case "help":
		fmt.Fprintf(stdout, sessionUsage, reach)
		return 0
	case "list":
		writeList(stdout, lib)
		return 0
	}
	e, err := lib.Lookup(c.arg)
	if err != nil {
		fmt.Fprintln(stderr, "factpane:", err)
		return 1
	}
	if c.name == "json" {
		err = sheet.WriteJSON(stdout, e.Article)
	} else {
		err = sheet.Write(stdout, e.Article)
	}
	if err != nil {
		// Usually the client went away mid-write and this reaches nobody;
		// an article that cannot be encoded must still say why.
		fmt.Fprintln(stderr, "factpane:", err)
		return 1
	}
	return 0
}

// writeList prints one article a line: name, title, headline figures.
func writeList(w io.Writer, lib *library.Library) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTITLE\tFIGURES")
	for _, e := range lib.Entries() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", e.Name, clip(e.Title(), 60), e.Headlines)
	}
	tw.Flush()
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// usageError prints what was wrong and the usage to stderr: exit status 1.
func usageError(stderr io.Writer, reach string, err error) int {
	fmt.Fprintf(stderr, "factpane: %v\n\n", err)
	fmt.Fprintf(stderr, sessionUsage, reach)
	return 1
}
