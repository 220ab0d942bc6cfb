package chain

import (
	"fmt"

	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Rules names the fork rules of the embedded chain. Gas is a property of the fork:
// go-ethereum v1.17's dev chain (the simulated backend's default, and geth --dev's)
// enables every fork it knows, including the unreleased Bogota/Amsterdam rules
// (EIP-8037 state-gas metering, EIP-8038 state-access repricing), which price
// storage writes and code deposits far above mainnet and cap a transaction at
// 16,777,216 gas. The embedded chain therefore runs mainnet's rules by default.
type Rules string

// The rules the embedded chain can run.
const (
	RulesOsaka  Rules = "osaka"  // mainnet since December 2025: the default
	RulesPrague Rules = "prague" // the fork that introduced the EIP-2537 precompiles
	RulesDev    Rules = "dev"    // go-ethereum's dev chain: every fork through Bogota
)

// ParseRules parses a Rules name.
func ParseRules(s string) (Rules, error) {
	switch r := Rules(s); r {
	case RulesDev, RulesOsaka, RulesPrague:
		return r, nil
	}
	return "", fmt.Errorf("chain: unknown rules %q (osaka, prague or dev)", s)
}

// SimulatedOption configures a simulated backend to run the rules.
func (r Rules) SimulatedOption() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *params.AllDevChainProtocolChanges
		switch r {
		case RulesOsaka, "":
			cfg.BogotaTime, cfg.AmsterdamTime, cfg.UBTTime = nil, nil, nil
		case RulesPrague:
			cfg.BogotaTime, cfg.AmsterdamTime, cfg.UBTTime, cfg.OsakaTime = nil, nil, nil, nil
		}
		ec.Genesis.Config = &cfg
	}
}
