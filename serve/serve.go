// Package serve serves the factpane reader over SSH with wish.
package serve

import (
	"fmt"
	"io"
)

// Main runs `factpane serve` with its arguments and returns the exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "factpane serve: not implemented yet")
	return 1
}
