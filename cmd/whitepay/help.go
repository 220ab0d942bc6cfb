package main

import (
	"strings"

	"github.com/spf13/cobra"
)

// listChildren sets a group command's Short to "title: a | b | c", its visible
// subcommands in order, so that the list cannot drift from the commands (issue 13:
// a help text left out `withdraw`). TestHelpTexts checks every command's texts.
func listChildren(cmd *cobra.Command, title string) *cobra.Command {
	var names []string
	for _, c := range cmd.Commands() {
		if !c.Hidden {
			names = append(names, c.Name())
		}
	}
	cmd.Short = title + ": " + strings.Join(names, " | ")
	return cmd
}
