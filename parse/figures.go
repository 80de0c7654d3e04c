package parse

import "github.com/factpane/factpane/model"

// findFigures finds the figures of text. people are the persons already
// found, so a number that is a person's age is never taken for a figure.
func findFigures(text string, people []model.Person) []model.Figure {
	return nil
}
