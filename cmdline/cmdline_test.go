package cmdline

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/factpane/factpane/input"
)

func TestParse(t *testing.T) {
	newFS := func() *flag.FlagSet {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.Bool("json", false, "print JSON")
		fs.Usage = func() { fs.PrintDefaults() }
		return fs
	}
	tests := []struct {
		args           []string
		status         int
		done           bool
		inOut, inErr   string
		controlsOnPipe bool
	}{
		{args: []string{"--json", "x"}},
		{args: []string{"--help"}, done: true, inOut: "print JSON"},
		{args: []string{"--bogus"}, status: 2, done: true, inErr: "bogus"},
		{args: []string{"--\x1b]0;pwned\x07"}, status: 2, done: true, inErr: "pwned"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		status, done := Parse(newFS(), tt.args, &out, &errOut)
		if status != tt.status || done != tt.done {
			t.Errorf("%q: status %d done %v, want %d %v", tt.args, status, done, tt.status, tt.done)
		}
		if !strings.Contains(out.String(), tt.inOut) || !strings.Contains(errOut.String(), tt.inErr) {
			t.Errorf("%q: stdout %q stderr %q", tt.args, out.String(), errOut.String())
		}
		if tt.args[0] == "--help" && errOut.Len() > 0 {
			t.Errorf("--help also wrote to stderr: %q", errOut.String())
		}
		if at := input.ControlAt(errOut.String()); at >= 0 {
			t.Errorf("%q: a terminal control reached stderr: %q", tt.args, errOut.String())
		}
	}
}

func TestParseFlagsAfterArguments(t *testing.T) {
	tests := []struct {
		args  []string
		plain bool
		size  string
		rest  []string
	}{
		{args: []string{"article.txt", "--plain"}, plain: true, size: "0", rest: []string{"article.txt"}},
		{args: []string{"--plain", "article.txt"}, plain: true, size: "0", rest: []string{"article.txt"}},
		{args: []string{"a.txt", "--size", "5", "b.txt", "--plain"}, plain: true, size: "5", rest: []string{"a.txt", "b.txt"}},
		{args: []string{"-", "--plain"}, plain: true, size: "0", rest: []string{"-"}},
		{args: []string{"--", "--plain"}, size: "0", rest: []string{"--plain"}},
		{args: []string{"a.txt", "--", "--plain", "-x"}, size: "0", rest: []string{"a.txt", "--plain", "-x"}},
		{args: nil, size: "0", rest: []string{}},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		plain := fs.Bool("plain", false, "")
		size := fs.Int("size", 0, "")
		var out, errOut bytes.Buffer
		if status, done := Parse(fs, tt.args, &out, &errOut); done {
			t.Fatalf("%q: done with status %d: %s", tt.args, status, errOut.String())
		}
		if *plain != tt.plain || strconv.Itoa(*size) != tt.size || !slices.Equal(fs.Args(), tt.rest) {
			t.Errorf("%q: plain %v size %d args %q; want %v %s %q", tt.args, *plain, *size, fs.Args(), tt.plain, tt.size, tt.rest)
		}
	}
	// A bad flag after the argument is still reported.
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	var out, errOut bytes.Buffer
	if status, done := Parse(fs, []string{"a.txt", "--bogus"}, &out, &errOut); status != 2 || !done || !strings.Contains(errOut.String(), "bogus") {
		t.Errorf("bad flag after the argument: status %d done %v stderr %q", status, done, errOut.String())
	}
}

func TestChoice(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	theme := NewChoice("auto", "auto", "dark", "light")
	fs.Var(theme, "theme", "colour theme")
	var out, errOut bytes.Buffer
	if _, done := Parse(fs, []string{"--theme", "light"}, &out, &errOut); done || theme.String() != "light" || !theme.IsSet() {
		t.Fatalf("--theme light: %q set %v, stderr %q", theme, theme.IsSet(), errOut.String())
	}
	theme = NewChoice("auto", "auto", "dark", "light")
	fs = flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Var(theme, "theme", "colour theme")
	status, done := Parse(fs, []string{"--theme", "blue"}, &out, &errOut)
	if !done || status != 2 || !strings.Contains(errOut.String(), `want "auto", "dark" or "light"`) {
		t.Errorf("--theme blue: status %d, stderr %q", status, errOut.String())
	}
	if theme.String() != "auto" || theme.IsSet() {
		t.Errorf("a refused value changed the flag: %q", theme)
	}
	if theme.Check("dark") != nil || theme.Check("Dark") == nil {
		t.Error("Check disagrees with Set")
	}
}

func TestDescribe(t *testing.T) {
	newFS := func() *flag.FlagSet {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.Bool("json", false, "print JSON")
		fs.String("dir", "", "`directory` of articles")
		fs.Int("max", 100, "most sessions")
		fs.Var(NewChoice("auto", "auto", "dark", "light"), "theme", "colours")
		return fs
	}
	want := []Flag{
		{Name: "dir", Arg: "directory", Usage: "directory of articles"},
		{Name: "json", Usage: "print JSON"},
		{Name: "max", Arg: "int", Usage: "most sessions", Default: "100"},
		{Name: "theme", Arg: "auto|dark|light", Usage: "colours", Default: "auto", Choices: []string{"auto", "dark", "light"}},
	}
	got := Describe(newFS())
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Describe:\n%+v\nwant\n%+v", got, want)
	}
	if !got[0].Dirs() || got[0].Files() {
		t.Error("a directory flag")
	}
	// A command's main describes the flags it parses, through Parse.
	flags, err := DescribeCommand(func(args []string, stdout io.Writer) int {
		status, _ := Parse(newFS(), args, stdout, io.Discard)
		return status
	})
	if err != nil || fmt.Sprint(flags) != fmt.Sprint(want) {
		t.Errorf("DescribeCommand: %+v, %v", flags, err)
	}
}
