package parse

import (
	"strings"
	"testing"

	"github.com/factpane/factpane/model"
)

// TestQualifiersHaveBounds keeps the two tables in step: every qualifier
// the number grammar can write must be one model knows the direction of,
// or summaries ("400+ wounded") would present a bound as an exact count.
func TestQualifiersHaveBounds(t *testing.T) {
	for _, q := range qualifiers {
		s := strings.Join(q, " ")
		if s == "only" || s == "exactly" {
			continue // read, but never written as a qualifier
		}
		if !model.KnownQualifier(s) {
			t.Errorf("qualifier %q has no bound in model", s)
		}
	}
}
