package sheet

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/factpane/factpane/model"
)

func TestWriteJSONEscapesControls(t *testing.T) {
	a := model.Article{
		Source:  "x.txt",
		Title:   "a <b> \x1b]0;t\x07 \u009b31m \u0085 é ¢",
		Text:    "\u009b2J",
		Figures: []model.Figure{},
		People:  []model.Person{},
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, a); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, r := range out {
		if r < 0x20 && r != '\n' || r >= 0x80 && r < 0xa0 {
			t.Fatalf("raw control %U in %q", r, out)
		}
	}
	if !strings.Contains(out, "<b>") || !strings.Contains(out, `\u009b31m`) || !strings.Contains(out, "é ¢") {
		t.Errorf("unexpected encoding: %s", out)
	}
	var back model.Article
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Title != a.Title || back.Text != a.Text {
		t.Errorf("round trip changed the strings: %q %q", back.Title, back.Text)
	}
	if !strings.HasPrefix(out, "{\n  \"source\"") {
		t.Errorf("not indented by two spaces: %q", out[:20])
	}
}

func TestWriteJSONLine(t *testing.T) {
	a := model.Article{Source: "x.txt", Title: "two\nlines \u0085", Figures: []model.Figure{}, People: []model.Person{}}
	var buf bytes.Buffer
	for i := 0; i < 2; i++ {
		if err := WriteJSONLine(&buf, a); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %q", buf.String())
	}
	for _, line := range lines {
		var back model.Article
		if err := json.Unmarshal([]byte(line), &back); err != nil || back.Title != a.Title {
			t.Errorf("line %q: %v, title %q", line, err, back.Title)
		}
		if !strings.Contains(line, `\u0085`) {
			t.Errorf("C1 control not escaped: %q", line)
		}
	}
}
