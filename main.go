// Command factpane opens a news article in a scrollable terminal pane beside
// a live sidebar of the figures and people it reports.
//
//	factpane [flags] [FILE|DIR|URL|-]   read an article (the sample when none is given)
//	factpane serve [flags]        serve the reader over SSH
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"golang.org/x/term"

	"github.com/factpane/factpane/cmdline"
	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/samples"
	"github.com/factpane/factpane/serve"
	"github.com/factpane/factpane/sheet"
	"github.com/factpane/factpane/ui"
)

// version may be stamped at build time with -ldflags "-X
// main.version=..."; otherwise --version reads the build information the
// go command records (see versionString).
var version = ""

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// synopsis is how factpane is run, for --help and the manual.
var synopsis = []string{
	"factpane [flags] [FILE | DIR | URL | -]   open an article (the sample article when none is given)",
	"factpane feeds [flags]                    read the news of your feeds (factpane feeds --help)",
	"factpane serve [flags]                    serve the reader over SSH (factpane serve --help)",
}

// about says what factpane reads and writes, for --help and the manual.
const about = `FILE is text (UTF-8, or UTF-16 with a byte-order mark), Markdown (.md) or a
saved web page (.html); URL is an http(s) address of a page (F opens the
feed it advertises) or of a feed (RSS, Atom, JSON Feed: its items open in
the library); DIR opens a library of the articles in it, followed as they
change; - or a pipe on stdin reads stdin as it arrives.
When stdout is not a terminal, factpane prints the fact sheet (--plain);
for a DIR, --plain prints every article's sheet, one after another, and
--json prints JSON Lines: one compact JSON object per article, one per line.
Flags may come before or after the article.
Exit status: 0 done, 1 the input could not be read, 2 bad usage.`

func usage() string {
	return "factpane - read a news article beside the facts it reports\n\nUsage:\n  " +
		strings.Join(synopsis, "\n  ") + "\n\n" + about + "\n\nFlags:\n"
}

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	defer func() {
		// A last resort: a bug must still end in one line, not a trace.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "factpane: internal error: %v (please report this)\n", r)
			status = 1
		}
	}()
	if len(args) > 0 && args[0] == "serve" {
		return serve.Main(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "feeds" {
		return feedsMain(args[1:], stdin, stdout, stderr)
	}
	fs := flag.NewFlagSet("factpane", flag.ContinueOnError)
	jsonOut := fs.Bool("json", false, "print the extraction as JSON and exit (for a DIR: JSON Lines, one compact object per article per line)")
	plain := fs.Bool("plain", false, "print a plain-text fact sheet and exit")
	showVersion := fs.Bool("version", false, "print the version and exit")
	maxSize := fs.Int64("max-size", input.DefaultMaxSize, "largest input to read, in `bytes`")
	timeout := fs.Duration("timeout", input.DefaultTimeout, "time limit for fetching a URL")
	offline := fs.Bool("offline", false, "read a URL (a feed or a page) from the cache only, without the network")
	tour := fs.Bool("tour", false, "start the demo tour: step through every mention of every fact (t in the reader; any key stops it)")
	tourDelay := fs.Duration("tour-delay", ui.DefaultTourDelay, "how long the tour stays on each mention")
	theme := newThemeFlag()
	fs.Var(theme, "theme", "colours for a dark or light terminal background; auto asks the terminal ($"+themeEnv+" when not given)")
	completion := cmdline.NewChoice("", cmdline.Shells()...)
	fs.Var(completion, "completion", "print the shell completion script for bash, zsh or fish and exit")
	manual := fs.Bool("man", false, "print the manual page (man(7) format) and exit")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage())
		fs.PrintDefaults()
	}
	if status, done := cmdline.Parse(fs, args, stdout, stderr); done {
		return status
	}
	if *showVersion {
		info, _ := debug.ReadBuildInfo()
		fmt.Fprintln(stdout, "factpane", versionString(version, info))
		return 0
	}
	if *manual || completion.String() != "" {
		return writeHelpFiles(fs, completion.String(), stdout, stderr)
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "factpane: one article at a time; got", fs.NArg())
		fs.Usage()
		return 2
	}
	if *maxSize <= 0 || *timeout <= 0 || *tourDelay <= 0 {
		fmt.Fprintln(stderr, "factpane: --max-size, --timeout and --tour-delay must be positive")
		fs.Usage()
		return 2
	}
	opt := input.Options{MaxSize: *maxSize, Timeout: *timeout}
	arg := fs.Arg(0)
	interactive := !*jsonOut && !*plain && isTerminal(stdout)

	sc := screen{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv,
		opts: []ui.Option{ui.WithTourDelay(*tourDelay)}}
	if *tour {
		sc.opts = append(sc.opts, ui.StartTour())
	}
	if interactive {
		dark, err := darkBackground(theme, os.Getenv, openTTY)
		if err != nil {
			fmt.Fprintln(stderr, "factpane:", err)
			return 2
		}
		sc.dark = dark
	}
	if isDir(arg) {
		return runDir(arg, opt, *jsonOut, interactive, sc)
	}
	fromStdin := arg == "-" || arg == "" && piped(stdin)
	switch {
	case interactive && fromStdin && !isTerminal(stdin):
		// The article comes down a pipe: show it as it arrives.
		return runStreamTUI(opt, sc)
	case interactive && input.IsURL(arg):
		return runFetchTUI(arg, opt, *offline, sc)
	case input.IsURL(arg):
		return printURL(arg, opt, *offline, *jsonOut, stdout, stderr)
	case fromStdin && isTerminal(stdin):
		// Typed or pasted at the terminal: read to ^D first, as cat
		// would, saying so, or factpane would seem to hang.
		fmt.Fprintln(stderr, "factpane: reading the article from the terminal: paste or type it, then press ctrl+d on an empty line (ctrl+c cancels)")
	}
	doc, err := open(arg, stdin, opt)
	if err != nil {
		complain(stderr, "", err)
		return 1
	}
	if interactive {
		return runTUI(arg, opt, doc, sc)
	}
	art := library.Extract(doc)
	if *jsonOut {
		return writeJSON(stdout, stderr, art)
	}
	return writeSheet(stdout, stderr, art)
}

// runDir opens a directory as a library: the picker in a terminal (at
// once, the articles read in the background, the directory watched),
// else every article's fact sheet, or its JSON object as a line of JSON
// Lines.
func runDir(dir string, opt input.Options, jsonOut, interactive bool, sc screen) int {
	stdout, stderr := sc.stdout, sc.stderr
	// The reader's own files: links out of the directory are followed (the
	// server, which shows its files to others, does not by default).
	lopt := library.Options{Dir: dir, NoSamples: true, OutsideLinks: true, Input: opt}
	if !interactive {
		lib, skipped, err := library.Load(lopt)
		for _, err := range skipped {
			complain(stderr, "skipped ", err)
		}
		if err != nil {
			complain(stderr, "", err)
			return 1
		}
		return printEntries(lib.Entries(), jsonOut, stdout, stderr)
	}
	// What is skipped as the directory is opened is said here; later, the
	// picker's status line says it (stderr is under the picker).
	var started atomic.Bool
	lopt.Watch = true
	lopt.Skipped = func(err error) {
		if !started.Load() {
			complain(stderr, "skipped ", err)
		}
	}
	lib, err := library.Open(lopt)
	if err != nil {
		complain(stderr, "", err)
		return 1
	}
	defer lib.Close()
	started.Store(true)
	return runLibraryTUI(lib, sc)
}

// printURL prints a URL's fact sheet or JSON; a feed's, every item's,
// as `factpane feeds` prints them.
func printURL(url string, opt input.Options, offline, jsonOut bool, stdout, stderr io.Writer) int {
	ctx := context.Background()
	res := openURL(ctx, url, opt, offline, math.MaxInt32)
	if res.err != nil {
		complain(stderr, "", res.err)
		return 1
	}
	if res.lib != nil {
		defer res.lib.Close()
		_ = res.lib.Wait(ctx)
		return printEntries(res.lib.Entries(), jsonOut, stdout, stderr)
	}
	art := library.Extract(res.doc)
	if jsonOut {
		return writeJSON(stdout, stderr, art)
	}
	return writeSheet(stdout, stderr, art)
}

// open loads the article the arguments name: a file or URL, "-" for
// stdin, stdin when it is a pipe or a file, else the default sample.
func open(arg string, stdin io.Reader, opt input.Options) (input.Doc, error) {
	switch {
	case arg != "":
		return input.Load(arg, stdin, opt)
	case piped(stdin):
		return input.Load("-", stdin, opt)
	}
	text, _ := samples.Get(samples.Default)
	return input.Doc{Source: "sample:" + samples.Default, Text: text}, nil
}

func writeJSON(stdout, stderr io.Writer, a model.Article) int {
	if err := sheet.WriteJSON(stdout, a); err != nil {
		complain(stderr, "", err)
		return 1
	}
	return 0
}

func writeJSONLine(stdout, stderr io.Writer, a model.Article) int {
	if err := sheet.WriteJSONLine(stdout, a); err != nil {
		complain(stderr, "", err)
		return 1
	}
	return 0
}

func writeSheet(stdout, stderr io.Writer, a model.Article) int {
	if err := sheet.Write(stdout, a); err != nil {
		complain(stderr, "", err)
		return 1
	}
	return 0
}

// isDir reports whether arg names a directory (not stdin or a URL).
func isDir(arg string) bool {
	if arg == "" || arg == "-" || input.IsURL(arg) {
		return false
	}
	st, err := os.Stat(arg)
	return err == nil && st.IsDir()
}

// complain writes one line about err to stderr. Error text can carry a
// file name or a server's words: its controls are made visible, as an
// article's are, and it is kept to one line.
func complain(stderr io.Writer, what string, err error) {
	msg := strings.ReplaceAll(input.Sanitize(what+err.Error()), "\n", " ")
	fmt.Fprintln(stderr, "factpane: "+msg)
}

// piped reports whether stdin brings an article: a pipe, a socket or a
// redirected file. A terminal or /dev/null does not, so `factpane` opens
// the sample there. A reader that is not a file (tests) always does.
func piped(stdin io.Reader) bool {
	f, ok := stdin.(*os.File)
	if !ok {
		return stdin != nil
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	m := st.Mode()
	return m&(os.ModeNamedPipe|os.ModeSocket) != 0 || m.IsRegular()
}

// isTerminal reports whether f is an interactive terminal.
func isTerminal(f any) bool {
	fd, ok := f.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(fd.Fd()))
}

// versionString says which build this is: the stamped version when the
// build set one; else the module version `go install module@version`
// records, or the one go build derives from the repository, with the
// commit, its time and whether the tree had uncommitted changes. A build
// with neither says "devel".
func versionString(stamped string, info *debug.BuildInfo) string {
	if stamped != "" {
		return stamped
	}
	v := "devel"
	if info == nil {
		return v
	}
	if mv := info.Main.Version; mv != "" && mv != "(devel)" {
		v = mv
	}
	var rev, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return v
	}
	var details []string
	details = append(details, "revision "+rev[:min(len(rev), 12)])
	if when != "" {
		details = append(details, when)
	}
	if modified {
		details = append(details, "modified")
	}
	return v + " (" + strings.Join(details, ", ") + ")"
}
