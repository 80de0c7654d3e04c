package serve

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/anmitsu/go-shlex"
)

// splitCases are command lines of every shape splitCommand handles.
var splitCases = []string{
	"", "list", "  facts   paris-attacks  ", "facts 'paris attacks'", `facts "paris attacks"`,
	`facts paris\ attacks`, `facts "a \"quoted\" name"`, `facts "back\\slash"`, `facts "keep \n this"`,
	`facts 'single \ stays'x`, `a"b"c 'd'e`, "facts ''", `facts ""`, "tab\tseparated\nlines",
	"unicode: naïve café 東京", "x\u00a0y", "facts \xff\xfe", `mixed'quo"tes'"and 'more'"`,
	`\\`, `\a\b`, `"\a"`, `'\'`, "#comment-looking word", "facts -- --help",
}

// TestSplitCommandAsShlex: splitCommand gives the words go-shlex (what
// Session.Command uses) gives.
func TestSplitCommandAsShlex(t *testing.T) {
	for _, s := range splitCases {
		want, wantErr := shlex.Split(s, true)
		got, err := splitCommand(s)
		if wantErr != nil {
			t.Errorf("%q: shlex fails (%v): the case belongs in TestSplitCommandErrors", s, wantErr)
			continue
		}
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%q: got %q, %v; shlex gives %q", s, got, err, want)
		}
	}
}

func FuzzSplitCommand(f *testing.F) {
	for _, s := range splitCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 512 {
			return // shlex is quadratic
		}
		want, wantErr := shlex.Split(s, true)
		got, err := splitCommand(s)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("%q: error %v, shlex's %v", s, err, wantErr)
		}
		if err == nil && !slices.Equal(got, want) {
			t.Fatalf("%q: got %q, shlex gives %q", s, got, want)
		}
	})
}

// TestSplitCommandErrors: an open quote or a trailing backslash is an
// error, not the words before it.
func TestSplitCommandErrors(t *testing.T) {
	for _, s := range []string{"facts 'paris", `facts "paris`, `facts paris\`, `facts "x\`, "'"} {
		if words, err := splitCommand(s); err == nil {
			t.Errorf("%q: got %q, want an error", s, words)
		}
	}
}

// BenchmarkSplitCommand: the time grows with the command's length, not
// its square (go-shlex: 255 KB took about 6 s).
func BenchmarkSplitCommand(b *testing.B) {
	for _, n := range []int{4 << 10, 255 << 10} {
		cmd := "facts " + strings.Repeat("a", n)
		b.Run(fmt.Sprintf("bytes=%d", len(cmd)), func(b *testing.B) {
			b.SetBytes(int64(len(cmd)))
			for b.Loop() {
				if _, err := splitCommand(cmd); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
