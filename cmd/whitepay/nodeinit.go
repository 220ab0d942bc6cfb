package main

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/p2p"
)

// initNode is the body of `keeper init` and `provider init` (SPEC 10): check the
// flags, create the account keystore, for a keeper also the BLS keystore, write
// the configuration and print the registration data. Only a keeper has a BLS key
// and, given --contract and --chain-id, a proof of possession; a provider's
// registration carries neither.
func (f *initFlags) initNode(cmd *cobra.Command, role string) error {
	d, err := f.check(cmd)
	if err != nil {
		return err
	}
	pw, err := f.pw.get()
	if err != nil {
		return err
	}
	acct, err := keys.NewAccount(keys.AccountPath(f.dir), pw, f.lightKDF)
	if err != nil {
		return err
	}
	var (
		sk  *bls.SecretKey
		pop *domain.Domain
	)
	if role == config.RoleKeeper {
		if sk, err = keys.NewBLS(keys.BLSPath(f.dir), pw); err != nil {
			return err
		}
		pop = d
	}
	cfgPath, err := f.writeConfig(role)
	if err != nil {
		return err
	}
	id, err := p2p.PeerID(&acct.PublicKey)
	if err != nil {
		return err
	}
	reg, err := keys.NewRegistration(role, acct, sk, pop, endpoints(f.listen, id))
	if err != nil {
		return err
	}
	if err := printRegistration(cmd.OutOrStdout(), reg, f.dir, cfgPath, f.asJSON); err != nil {
		return err
	}
	// Gas money (issue 13 finding 4: nothing said keepers need it), on stderr so
	// that --json output stays one document.
	fmt.Fprintln(cmd.ErrOrStderr(), gasNotice(role, reg.Address))
	return nil
}

// gasNotice tells an operator what the node's account pays for and how much to
// fund it with (config chain.min_balance, whose default is sized for it).
func gasNotice(role string, a common.Address) string {
	if role == config.RoleKeeper {
		return fmt.Sprintf("gas: fund %s with at least %s (ether) before `keeper run`: a keeper sends the payment of each period it leads\n"+
			"     and the ledger batches it publishes (about %d gas per period led), and announces its endpoints on-chain.", a, config.DefaultMinBalance, gasPerPeriodLed)
	}
	return fmt.Sprintf("gas: fund %s with a little ether (%s covers years of announcements) before `provider run`:\n"+
		"     a provider announces its endpoints on-chain (about %d gas each time they change) and pays its withdrawals.", a, config.DefaultMinBalance, gasAnnounce)
}

// Gas estimates behind the notices and the low-balance warning.
const (
	gasPerPeriodLed = 350_000 // pay (≈ 230,000 at N = 21) and one ledger batch
	gasAnnounce     = 120_000
)

// loadNodeKeys unlocks a node's keystores in its data dir with the password its
// configuration names: the account, and with withBLS (keepers) the BLS key too.
func loadNodeKeys(c *config.Config, withBLS bool) (*ecdsa.PrivateKey, *bls.SecretKey, error) {
	pw, err := keys.Password(c.PasswordFile, c.PasswordEnv)
	if err != nil {
		return nil, nil, err
	}
	acct, err := keys.LoadAccount(keys.AccountPath(c.DataDir), pw)
	if err != nil {
		return nil, nil, err
	}
	if !withBLS {
		return acct, nil, nil
	}
	sk, err := keys.LoadBLS(keys.BLSPath(c.DataDir), pw)
	if err != nil {
		return nil, nil, err
	}
	return acct, sk, nil
}

// newNodeRunCmd is the command of `keeper run` and `provider run`: run(cmd, FILE)
// with the one required flag --config FILE.
func newNodeRunCmd(short, long string, run func(cmd *cobra.Command, cfgPath string) error) *cobra.Command {
	var cfgPath string
	cmd := &cobra.Command{
		Use:   "run --config FILE",
		Short: short,
		Long:  long,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return run(cmd, cfgPath)
		},
	}
	cmd.Flags().StringVar(&cfgPath, "config", "", "configuration file (required)")
	return cmd
}
