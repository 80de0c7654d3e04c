package parse

import "github.com/factpane/factpane/model"

// findPeople finds the named people of text with their roles, ages and
// every mention.
func findPeople(text string) []model.Person {
	return nil
}
