package cmdline

import (
	"fmt"
	"slices"
	"strings"
)

// Choice is a flag that takes one of a fixed set of words (--theme
// auto|dark|light). The words are what completion offers and what the
// manual lists, so they are said once, here.
type Choice struct {
	value   string
	choices []string
	set     bool
}

// NewChoice returns a Choice of choices, holding def until set.
func NewChoice(def string, choices ...string) *Choice {
	return &Choice{value: def, choices: choices}
}

// String is the current value.
func (c *Choice) String() string {
	if c == nil {
		return ""
	}
	return c.value
}

// Set accepts one of the choices.
func (c *Choice) Set(v string) error {
	if !slices.Contains(c.choices, v) {
		return fmt.Errorf("want %s", c.words())
	}
	c.value, c.set = v, true
	return nil
}

// Choices lists the words the flag takes.
func (c *Choice) Choices() []string { return c.choices }

// IsSet reports whether the command line set the flag, so a default from
// the environment applies only when it did not.
func (c *Choice) IsSet() bool { return c.set }

// Check checks a value from elsewhere (an environment variable) as Set
// would, without setting it.
func (c *Choice) Check(v string) error {
	if !slices.Contains(c.choices, v) {
		return fmt.Errorf("want %s", c.words())
	}
	return nil
}

func (c *Choice) words() string {
	q := make([]string, len(c.choices))
	for i, s := range c.choices {
		q[i] = fmt.Sprintf("%q", s)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
