package serve

import (
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factpane/factpane/termbg"
)

// TestSilentClient: a client whose terminal never answers the background
// query gets the reader after ThemeWait, and the q it typed meanwhile
// quits it. (With wish's query the q was swallowed and the session hung
// until the idle timeout.)
func TestSilentClient(t *testing.T) {
	ts := startServer(t, Config{ThemeWait: 200 * time.Millisecond}, "")
	c := ts.dial(t, ts.clientConfig(newKey(t)))
	start := time.Now()
	tm, err := startTermAs(c, 80, 24, "", silentTerminal, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tm.close()
	time.Sleep(50 * time.Millisecond)
	tm.send("q")
	status, err := tm.wait(frameWait)
	if err != nil || status != 0 {
		t.Fatalf("q typed during the query: status %d, %v (the key was lost)", status, err)
	}
	t.Logf("ended %v after the session opened", time.Since(start).Round(time.Millisecond))
	out := tm.since(0)
	if !strings.Contains(out, "\x1b]11;?") || !strings.Contains(out, "\x1b[?1049h") {
		t.Errorf("want the query, then the reader: %q", out)
	}
}

// TestThemeDecidesTheBackground: the reader's colours follow --theme;
// with auto, the client's COLORFGBG, else its terminal's answer. A
// fixed theme or a COLORFGBG sends no query at all.
func TestThemeDecidesTheBackground(t *testing.T) {
	colours := func(cfg Config, reply string, env map[string]string) (sgr []string, queried bool) {
		t.Helper()
		ts := startServer(t, cfg, "")
		c := ts.dial(t, ts.clientConfig(newKey(t)))
		tm, err := startTermAs(c, 100, 30, "", reply, env)
		if err != nil {
			t.Fatal(err)
		}
		defer tm.close()
		if !tm.waitFor(0, pickerTitle, frameWait) {
			t.Fatalf("no first frame: %q", tm.since(0))
		}
		out := tm.since(0)
		return sgrSet(out), strings.Contains(out, "\x1b]11;?")
	}
	dark, q1 := colours(Config{Theme: ThemeDark}, silentTerminal, nil)
	light, q2 := colours(Config{Theme: ThemeLight}, silentTerminal, nil)
	if q1 || q2 {
		t.Error("a fixed theme queried the terminal")
	}
	if slices.Equal(dark, light) {
		t.Fatalf("dark and light draw the same colours: %q", dark)
	}
	for _, tc := range []struct {
		name  string
		reply string
		env   map[string]string
		want  []string
		query bool
	}{
		{"dark terminal", darkTerminal, nil, dark, true},
		{"light terminal", lightTerminal, nil, light, true},
		{"silent terminal", silentTerminal, nil, dark, true},
		{"COLORFGBG light", silentTerminal, map[string]string{"COLORFGBG": "0;15"}, light, false},
		{"COLORFGBG dark", lightTerminal, map[string]string{"COLORFGBG": "15;0"}, dark, false},
		{"FACTPANE_THEME light", darkTerminal, map[string]string{"FACTPANE_THEME": "light", "COLORFGBG": "15;0"}, light, false},
		{"FACTPANE_THEME bogus", lightTerminal, map[string]string{"FACTPANE_THEME": "blue"}, light, true},
	} {
		got, queried := colours(Config{ThemeWait: 200 * time.Millisecond}, tc.reply, tc.env)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: drew %q, want %q", tc.name, got, tc.want)
		}
		if queried != tc.query {
			t.Errorf("%s: queried %v, want %v", tc.name, queried, tc.query)
		}
	}
}

var sgrRe = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// sgrSet is the distinct SGR sequences (the colours and attributes) in s.
func sgrSet(s string) []string {
	set := sgrRe.FindAllString(s, -1)
	slices.Sort(set)
	return slices.Compact(set)
}

// TestKeyboardTakesAnswersOut: the terminal's answers never reach the
// reader, whether they come in pieces, before the deadline or after it;
// every key around them does, in order.
func TestKeyboardTakesAnswersOut(t *testing.T) {
	for _, tc := range []struct {
		name   string
		chunks []string // what the client sends, one write each
		wait   time.Duration
		light  bool // the answer says light (else none, or dark)
		keys   string
	}{
		{"answer", []string{lightTerminal}, time.Second, true, ""},
		{"keys around", []string{"j", lightTerminal, "kq"}, time.Second, true, "jkq"},
		{"in pieces", []string{"x\x1b]11;rgb:ff", "ff/ffff/ffff\x1b", "\\\x1b[?6", "2;22cq"}, time.Second, true, "xq"},
		{"in bytes", strings.Split("y"+lightTerminal+"q", ""), time.Second, true, "yq"},
		{"silent", []string{"q"}, 50 * time.Millisecond, false, "q"},
		{"late", []string{"a"}, 50 * time.Millisecond, false, "ab"},
		{"esc key", []string{"\x1b", darkTerminal, "\x1b"}, time.Second, false, "\x1b\x1b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, client := io.Pipe()
			k := newKeyboard(in)
			defer k.Close()
			queried, sent := make(chan struct{}), make(chan struct{})
			go func() {
				defer close(sent)
				<-queried
				for _, c := range tc.chunks {
					io.WriteString(client, c)
					time.Sleep(5 * time.Millisecond)
				}
			}()
			bg := k.queryBackground(writerFunc(func(p []byte) (int, error) { close(queried); return len(p), nil }), tc.wait)
			<-sent
			if tc.name == "late" {
				// The answer comes after the deadline, then a key.
				io.WriteString(client, lightTerminal+"b")
			}
			light := false
			if bg != nil {
				r, g, b, _ := bg.RGBA()
				light = !termbg.IsDark(float64(r)/0xffff, float64(g)/0xffff, float64(b)/0xffff)
			}
			if got := light; got != tc.light {
				t.Errorf("light = %v (bg %v), want %v", got, bg, tc.light)
			}
			client.Close()
			got, _ := io.ReadAll(k)
			if string(got) != tc.keys {
				t.Errorf("the reader got %q, want %q", got, tc.keys)
			}
		})
	}
}
