package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// helpFile runs factpane with args and returns what it printed.
func helpFile(t *testing.T, args ...string) string {
	t.Helper()
	status, out, errOut := factpane(t, "", args...)
	if status != 0 || errOut != "" {
		t.Fatalf("factpane %v: exit %d, stderr %q", args, status, errOut)
	}
	return out
}

// TestCompletionScripts loads each shell's script in that shell and asks
// it to complete what a user types: the flags of factpane and of factpane
// serve (defined where they are parsed), --theme's words, directories for
// serve --dir, files for the article.
func TestCompletionScripts(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "news"), 0o755)
	os.WriteFile(filepath.Join(dir, "story.txt"), nil, 0o644)
	cases := []struct{ typed, want string }{
		{"factpane --th", "--theme"},
		{"factpane --theme ", "auto dark light"},
		{"factpane --completion ", "bash zsh fish"},
		{"factpane story.txt --pl", "--plain"},
		{"factpane se", "serve"},
		{"factpane sto", "story.txt"},
		{"factpane serve --d", "--dir"},
		{"factpane serve --dir ", "news"},
		{"factpane serve --max-s", "--max-sessions --max-startups"},
		{"factpane serve --th", "--theme --theme-wait"},
	}
	t.Run("bash", func(t *testing.T) {
		if _, err := exec.LookPath("bash"); err != nil {
			t.Skip("no bash")
		}
		script := filepath.Join(dir, "factpane.bash")
		os.WriteFile(script, []byte(helpFile(t, "--completion", "bash")), 0o644)
		for _, c := range cases {
			// As bash splits the line for completion.
			words := strings.Fields(c.typed)
			if strings.HasSuffix(c.typed, " ") {
				words = append(words, "")
			}
			quoted := make([]string, len(words))
			for i, w := range words {
				quoted[i] = "'" + w + "'"
			}
			prog := "source " + script + "; COMP_WORDS=(" + strings.Join(quoted, " ") + "); COMP_CWORD=" +
				strconv.Itoa(len(words)-1) + `; _factpane; echo "${COMPREPLY[*]}"`
			cmd := exec.Command("bash", "--norc", "-c", prog)
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			if got := strings.TrimSpace(string(out)); err != nil || got != c.want {
				t.Errorf("%q: %q (%v), want %q", c.typed, got, err, c.want)
			}
		}
	})
	t.Run("fish", func(t *testing.T) {
		if _, err := exec.LookPath("fish"); err != nil {
			t.Skip("no fish")
		}
		script := filepath.Join(dir, "factpane.fish")
		os.WriteFile(script, []byte(helpFile(t, "--completion", "fish")), 0o644)
		for _, c := range cases {
			cmd := exec.Command("fish", "--no-config", "-c", "source "+script+"; complete -C '"+c.typed+"'")
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				if w, _, _ := strings.Cut(line, "\t"); w != "" {
					got = append(got, strings.TrimSuffix(w, "/"))
				}
			}
			want := strings.Fields(c.want)
			sort.Strings(got) // fish sorts what it offers
			sort.Strings(want)
			if err != nil || strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%q: %q (%v), want %q", c.typed, got, err, c.want)
			}
		}
	})
	t.Run("zsh", func(t *testing.T) {
		if _, err := exec.LookPath("zsh"); err != nil {
			t.Skip("no zsh")
		}
		script := filepath.Join(dir, "_factpane")
		os.WriteFile(script, []byte(helpFile(t, "--completion", "zsh")), 0o644)
		// Completing needs an interactive zsh: here the script is parsed,
		// and its specs are checked for every flag.
		if out, err := exec.Command("zsh", "-n", script).CombinedOutput(); err != nil {
			t.Fatalf("zsh -n: %v\n%s", err, out)
		}
		s := helpFile(t, "--completion", "zsh")
		for _, want := range []string{"'--theme=[", ":theme:(auto dark light)'", "'--dir=[", ":_files -/'", "'--json[", "serve\\:serve"} {
			if !strings.Contains(s, want) {
				t.Errorf("zsh script lacks %q", want)
			}
		}
	})
	if status, _, errOut := factpane(t, "", "--completion", "tcsh"); status != 2 || !strings.Contains(errOut, `want "bash", "zsh" or "fish"`) {
		t.Errorf("--completion tcsh: exit %d, %q", status, errOut)
	}
}

// TestManPage: the manual lists every flag of both commands and the
// reader's keys, and groff reads it without a warning.
func TestManPage(t *testing.T) {
	page := helpFile(t, "--man")
	for _, want := range []string{".TH FACTPANE 1", `\fB\-\-theme\fR \fIauto|dark|light\fR`, `\fB\-\-tour\-delay\fR`,
		`\fB\-\-completion\fR`, ".SH FACTPANE SERVE OPTIONS", `\fB\-\-authorized\-keys\fR \fIfile\fR`, `\fB\-\-listen\fR`,
		".SH KEYS", "search back", "copy fact sheet", "FACTPANE_THEME", "NO_COLOR", "JSON Lines"} {
		if !strings.Contains(page, want) {
			t.Errorf("the manual lacks %q", want)
		}
	}
	if _, err := exec.LookPath("groff"); err != nil {
		t.Skip("no groff")
	}
	cmd := exec.Command("groff", "-man", "-Tutf8", "-ww", "-z")
	cmd.Stdin = strings.NewReader(page)
	if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("groff: %v\n%s", err, out)
	}
}
