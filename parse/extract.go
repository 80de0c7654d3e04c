// Package parse turns article text into a model.Article: the title, the
// figures the article reports and the people it names. It is pure and
// deterministic: the same text always gives the same result, nothing is read
// from disk or the network, and every mention is a byte span of the input.
package parse

import (
	"strconv"

	"github.com/factpane/factpane/model"
)

// Extract reads an article and returns its title, figures and people.
// Mention offsets are byte offsets into text. Source is left for the caller.
func Extract(text string) model.Article {
	people := findPeople(text)
	figures := findFigures(text, people)
	for i := range figures {
		figures[i].ID = "f" + strconv.Itoa(i+1)
	}
	for i := range people {
		people[i].ID = "p" + strconv.Itoa(i+1)
	}
	if figures == nil {
		figures = []model.Figure{}
	}
	if people == nil {
		people = []model.Person{}
	}
	return model.Article{Title: Title(text), Figures: figures, People: people}
}
