package main

import (
	"io"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/sheet"
)

// runTUI starts the interactive reader.
func runTUI(doc input.Doc, a model.Article, stdin io.Reader, stdout, stderr io.Writer) int {
	// Placeholder until ui/ lands: print the sheet.
	_ = sheet.Write(stdout, a)
	return 0
}
