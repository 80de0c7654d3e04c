// Command factpane opens a news article in a scrollable terminal pane beside
// a live sidebar of the figures and people it reports.
//
//	factpane [flags] [FILE|-]     read an article (the sample when none is given)
//	factpane serve [flags]        serve the reader over SSH
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse"
	"github.com/factpane/factpane/samples"
	"github.com/factpane/factpane/serve"
	"github.com/factpane/factpane/sheet"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// errUsage marks errors in how factpane was called: exit status 2.
var errUsage = errors.New("usage")

const usage = `factpane - read a news article beside the facts it reports

Usage:
  factpane [flags] [FILE | -]   open an article (the sample article when none is given)
  factpane serve [flags]        serve the reader over SSH (factpane serve --help)

With no FILE and a pipe on stdin, the article is read from stdin.
When stdout is not a terminal, factpane prints the fact sheet (--plain).

Flags:
`

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "serve" {
		return serve.Main(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("factpane", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonOut := fs.Bool("json", false, "print the extraction as JSON and exit")
	plain := fs.Bool("plain", false, "print a plain-text fact sheet and exit")
	showVersion := fs.Bool("version", false, "print the version and exit")
	maxSize := fs.Int64("max-size", input.DefaultMaxSize, "largest input to read, in bytes")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, "factpane", version)
		return 0
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "factpane: one article at a time; got", fs.NArg())
		fs.Usage()
		return 2
	}

	doc, err := open(fs.Arg(0), stdin, input.Options{MaxSize: *maxSize})
	if err != nil {
		fmt.Fprintln(stderr, "factpane:", err)
		return 1
	}
	art := article(doc)
	switch {
	case *jsonOut:
		return writeJSON(stdout, stderr, art)
	case *plain || !isTerminal(stdout):
		if err := sheet.Write(stdout, art); err != nil {
			fmt.Fprintln(stderr, "factpane:", err)
			return 1
		}
		return 0
	}
	return runTUI(doc, art, stdin, stdout, stderr)
}

// open loads the article the arguments name: a file, "-" for stdin, stdin
// when it is a pipe, else the default sample.
func open(arg string, stdin io.Reader, opt input.Options) (input.Doc, error) {
	switch {
	case arg != "":
		return input.Load(arg, stdin, opt)
	case !isTerminal(stdin):
		return input.Load("-", stdin, opt)
	}
	text, _ := samples.Get(samples.Default)
	return input.Doc{Source: "sample:" + samples.Default, Text: text}, nil
}

// article extracts the facts of doc and records where it came from.
func article(doc input.Doc) model.Article {
	a := parse.Extract(doc.Text)
	a.Source = doc.Source
	if doc.Title != "" {
		a.Title = doc.Title
	}
	if doc.Converted {
		a.Text = doc.Text
	}
	return a
}

func writeJSON(stdout, stderr io.Writer, a model.Article) int {
	if err := sheet.WriteJSON(stdout, a); err != nil {
		fmt.Fprintln(stderr, "factpane:", err)
		return 1
	}
	return 0
}

// isTerminal reports whether f is an interactive terminal.
func isTerminal(f any) bool {
	fd, ok := f.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(fd.Fd()))
}
