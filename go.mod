module github.com/factpane/factpane

go 1.24.2

require golang.org/x/term v0.37.0

require golang.org/x/sys v0.38.0 // indirect
