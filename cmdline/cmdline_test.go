package cmdline

import (
	"bytes"
	"flag"
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
