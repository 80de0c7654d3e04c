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
