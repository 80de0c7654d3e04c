package sheet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/factpane/factpane/model"
)

// WriteJSON writes a as factpane's --json output: the model's schema,
// indented, with HTML left unescaped. `factpane --json` and `ssh host json
// NAME` both use it so the two never drift apart.
//
// Control characters never reach w raw: encoding/json already escapes C0
// (ESC is \u001b); C1 controls (U+0080–U+009F), which it passes through
// and some terminals obey as CSI/OSC, are escaped here too. Both only occur
// inside JSON strings, so the output stays the same JSON value.
func WriteJSON(w io.Writer, a model.Article) error {
	return writeJSON(w, a, "  ")
}

// WriteJSONLine writes a as WriteJSON does but compact, on one line: a
// record of JSON Lines, which is what --json writes for a directory (one
// article per line, so a stream of them stays readable line by line).
func WriteJSONLine(w io.Writer, a model.Article) error {
	return writeJSON(w, a, "")
}

func writeJSON(w io.Writer, a model.Article, indent string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", indent)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return err
	}
	_, err := w.Write(escapeC1(buf.Bytes()))
	return err
}

// escapeC1 rewrites the UTF-8 encodings of U+0080–U+009F (0xC2 0x80–0x9F)
// as JSON \u escapes.
func escapeC1(b []byte) []byte {
	if !bytes.Contains(b, []byte{0xc2}) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); i++ {
		if b[i] == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] < 0xa0 {
			out = fmt.Appendf(out, `\u%04x`, b[i+1])
			i++
			continue
		}
		out = append(out, b[i])
	}
	return out
}
