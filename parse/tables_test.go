package parse

import (
	"testing"

	"github.com/factpane/factpane/model"
)

// TestTables: a table's numbers are figures of their column, labelled by
// the column and the row, whether the table is laid out with box rules
// (Markdown) or tabs (HTML); the heading row's numbers and a row's first
// cell are not figures.
func TestTables(t *testing.T) {
	type want struct {
		text, label string
		cat         model.Category
		sub         string
	}
	box := "Flood toll by district\n\nThe floods hit the valley.\n\n" +
		"District │ Dead │ Injured │ Evacuated\n" +
		"─────────┼──────┼─────────┼──────────\n" +
		"Upper    │   14 │     120 │     3,000\n" +
		"Lower    │    3 │      45 │       800\n\n" +
		"Officials said more help was coming.\n"
	tabs := "Votes cast\n\nResults came in late.\n\nParty\t2019\tShare (%)\nGreen\t4,210\t12.5\nRed\t9,880\t29.1\n"
	for _, tt := range []struct {
		name, text string
		want       []want
	}{
		{"box", box, []want{
			{"14", "Dead, Upper", model.Casualties, model.Killed},
			{"120", "Injured, Upper", model.Casualties, model.Wounded},
			{"3,000", "Evacuated, Upper", model.Count, ""},
			{"3", "Dead, Lower", model.Casualties, model.Killed},
			{"45", "Injured, Lower", model.Casualties, model.Wounded},
			{"800", "Evacuated, Lower", model.Count, ""},
		}},
		{"tabs", tabs, []want{
			{"4,210", "2019, Green", model.Count, ""},
			{"12.5", "Share (%), Green", model.Percent, ""},
			{"9,880", "2019, Red", model.Count, ""},
			{"29.1", "Share (%), Red", model.Percent, ""},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			figs := Extract(tt.text).Figures
			if len(figs) != len(tt.want) {
				t.Fatalf("got %d figures, want %d: %+v", len(figs), len(tt.want), figs)
			}
			for i, w := range tt.want {
				f := figs[i]
				if f.Text != w.text || f.Label != w.label || f.Category != w.cat || f.Subtype != w.sub {
					t.Errorf("figure %d: %q %q %s/%s, want %q %q %s/%s", i, f.Text, f.Label, f.Category, f.Subtype, w.text, w.label, w.cat, w.sub)
				}
			}
		})
	}
}

// TestStrayTabIsProse: one line with a tab in it is no table; its
// numbers are read as prose.
func TestStrayTabIsProse(t *testing.T) {
	text := "Floods\n\nThe floods killed\t12 people on Monday.\n\nOfficials said more help was coming.\n"
	figs := Extract(text).Figures
	if len(figs) != 1 || figs[0].Text != "12" || figs[0].Subtype != "killed" {
		t.Errorf("got %+v, want 12 killed", figs)
	}
}

// TestLinkMarks: the reference marks input/ writes after a link's anchor
// ("12 people [1] died") are read past, and the numbers of the Links list
// that ends the text are no figures.
func TestLinkMarks(t *testing.T) {
	text := "Storm toll\n\nOfficials said 12 people [1] died on Monday and 3,000 residents [2] were evacuated.\n\n" +
		"Links\n\n[1] https://example.org/toll?id=77\n[2] https://example.org/2026/05/17/evacuation-991\n"
	figs := Extract(text).Figures
	want := []struct{ text, label, sub string }{{"12", "people died", "killed"}, {"3,000", "residents evacuated", ""}}
	if len(figs) != len(want) {
		t.Fatalf("got %d figures %+v, want %d", len(figs), figs, len(want))
	}
	for i, w := range want {
		if f := figs[i]; f.Text != w.text || f.Label != w.label || f.Subtype != w.sub {
			t.Errorf("figure %d: %q %q %q, want %q %q %q", i, f.Text, f.Label, f.Subtype, w.text, w.label, w.sub)
		}
	}
}
