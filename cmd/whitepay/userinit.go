package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/keys"
)

// newUserInitCmd is `whitepay user init`: the user's account keystore, so that
// every step of running a network is a whitepay command (README "Run a network by
// hand").
func newUserInitCmd() *cobra.Command {
	var (
		dir      string
		lightKDF bool
		asJSON   bool
		pw       passwordFlags
	)
	cmd := &cobra.Command{
		Use:   "init --dir DIR [--json]",
		Short: "Create the user's account keystore (the owner of the contracts the user deploys)",
		Long: `Create DIR/keystore/account.json, a go-ethereum keystore holding a new secp256k1
account, and print its address: the user's account, which deploys and funds upkeeping
contracts, signs orders and retrieves pieces (--key DIR/keystore/account.json). The
password comes from --password-file or the environment (--password-env).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return usagef("--dir is required")
			}
			p, err := pw.get()
			if err != nil {
				return err
			}
			path := keys.AccountPath(dir)
			k, err := keys.NewAccount(path, p, lightKDF)
			if err != nil {
				return err
			}
			a := keyAddress(k)
			if asJSON {
				return printJSON(cmd.OutOrStdout(), map[string]any{"address": a, "keystore": mustAbs(path)})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s\n", a)
			fmt.Fprintf(cmd.ErrOrStderr(), "user account %s in %s; fund it with ether for the deployment, the funding and gas\n", a, filepath.Clean(path))
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "directory to create (required)")
	cmd.Flags().BoolVar(&lightKDF, "light-kdf", false, "weak scrypt parameters (tests and throwaway devnets only)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	pw.register(cmd)
	return cmd
}
