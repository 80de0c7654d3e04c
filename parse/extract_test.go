package parse

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestExtractOverflowingNumbers: amounts too large for a float64 are not
// figures, so the extraction still prints as JSON.
func TestExtractOverflowingNumbers(t *testing.T) {
	for _, text := range []string{
		"Officials said " + strings.Repeat("9", 400) + " people were evacuated.",
		"A debt of $" + strings.Repeat("9", 330) + " billion was reported.",
		"Losses reached " + strings.Repeat("trillion ", 40) + "dollars, 12 people were killed.",
		"Between 5 and " + strings.Repeat("9", 400) + " homes were destroyed.",
	} {
		a := Extract(text)
		if _, err := json.Marshal(a); err != nil {
			t.Errorf("%.40q…: %v", text, err)
		}
	}
	if a := Extract("Losses reached " + strings.Repeat("trillion ", 40) + "dollars, 12 people were killed."); len(a.Figures) == 0 {
		t.Error("the finite figure next to the overflow was dropped too")
	}
}
