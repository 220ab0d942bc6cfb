package payer

import (
	"fmt"

	"github.com/whitepay/whitepay/internal/parts"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// cores runs one agreement core per part of the contract's report (SPEC 8.1 "Large
// groups", internal/parts): part k agrees on the due providers with index in
// [k·size, (k+1)·size), each part its own instance (te, part, leader, attempt) with
// its own messages, locks and report, paid by its own transaction. The parts are
// independent: they are paid in any order, and one part that fails (a slow
// record sync, a revert) holds up no other. It offers the driver the methods of one
// agreement.Node, so the driver's loop is the same for one part or many.
//
// Routing: an inbound message goes to the core of the part its header names
// (wire.PeekPart); a part the contract does not have (index ≥ the number of parts)
// is refused. Job ids are renumbered across the cores (each core numbers its own)
// and mapped back in Advance; a lock write goes back by the lock's part.
//
// Which parts a period serves (Options.PartsPerPeriod, default parts.Capacity(H)):
// with more parts than that, the rotation of parts.Served decides; a core whose
// part the period does not serve proposes nothing for it (agreement.Config.Served)
// and still follows the other keepers' instances.
type cores struct {
	build func(part uint32) (*agreement.Node, error)
	count func() uint32 // the contract's parts now
	nodes []*agreement.Node
	h     uint64 // the last SetHeight (0: none yet)

	jobs    map[uint64]jobRoute
	nextJob uint64
}

type jobRoute struct {
	part uint32
	id   uint64
}

func newCores(build func(uint32) (*agreement.Node, error), count func() uint32) (*cores, error) {
	c := &cores{build: build, count: count, jobs: map[uint64]jobRoute{}}
	if err := c.grow(max(1, count())); err != nil {
		return nil, err
	}
	return c, nil
}

// grow makes the cores of parts below n, at the last height.
func (c *cores) grow(n uint32) error {
	for uint32(len(c.nodes)) < n {
		nd, err := c.build(uint32(len(c.nodes)))
		if err != nil {
			return err
		}
		if c.h > 0 {
			nd.SetHeight(c.h)
		}
		c.nodes = append(c.nodes, nd)
	}
	return nil
}

// SetHeight starts the cores of parts added since (a provider registered) and
// moves every core to height h.
func (c *cores) SetHeight(h uint64) {
	c.h = max(c.h, h)
	_ = c.grow(c.count()) // a failure leaves the new part for the next height
	for _, nd := range c.nodes {
		nd.SetHeight(h)
	}
}

// Step routes one message to its part's core.
func (c *cores) Step(from uint32, payload []byte) error {
	part, err := wire.PeekPart(payload)
	if err != nil {
		return fmt.Errorf("%w: %w", agreement.ErrMalformed, err)
	}
	if part >= uint32(len(c.nodes)) {
		if part >= c.count() {
			return fmt.Errorf("%w: part %d of %d", agreement.ErrUnknownInstance, part, c.count())
		}
		if err := c.grow(part + 1); err != nil {
			return fmt.Errorf("%w: part %d: %w", agreement.ErrLocal, part, err)
		}
	}
	return c.nodes[part].Step(from, payload)
}

func (c *cores) Tick() {
	for _, nd := range c.nodes {
		nd.Tick()
	}
}

// Idle: every part's core is idle (agreement.Node.Idle).
func (c *cores) Idle() bool {
	for _, nd := range c.nodes {
		if !nd.Idle() {
			return false
		}
	}
	return true
}

// Advance hands a lock write or a job's result to the core that asked for it.
func (c *cores) Advance(d agreement.Done) {
	if d.Lock != nil {
		if d.Lock.Part < uint32(len(c.nodes)) {
			c.nodes[d.Lock.Part].Advance(d)
		}
		return
	}
	r, ok := c.jobs[d.Job]
	if !ok {
		return
	}
	delete(c.jobs, d.Job)
	d.Job = r.id
	c.nodes[r.part].Advance(d)
}

func (c *cores) HasReady() bool {
	for _, nd := range c.nodes {
		if nd.HasReady() {
			return true
		}
	}
	return false
}

// Ready merges the cores' Readys, part by part, renumbering the jobs.
func (c *cores) Ready() agreement.Ready {
	var out agreement.Ready
	for k, nd := range c.nodes {
		if !nd.HasReady() {
			continue
		}
		rd := nd.Ready()
		out.Locks = append(out.Locks, rd.Locks...)
		for _, j := range rd.Jobs {
			c.nextJob++
			c.jobs[c.nextJob] = jobRoute{part: uint32(k), id: j.ID}
			j.ID = c.nextJob
			out.Jobs = append(out.Jobs, j)
		}
		out.Messages = append(out.Messages, rd.Messages...)
		out.Submits = append(out.Submits, rd.Submits...)
		out.Evidence = append(out.Evidence, rd.Evidence...)
	}
	return out
}

// Status is the status of the part whose instance this keeper leads now, or of
// part 0.
func (c *cores) Status() agreement.Status {
	for _, nd := range c.nodes {
		if s := nd.Status(); s.Leading && s.Phase != "done" {
			return s
		}
	}
	return c.nodes[0].Status()
}

// Parts returns the number of cores (the parts this keeper agrees on).
func (c *cores) Parts() int { return len(c.nodes) }

// partPlan is the part size and the rotation of a contract (Options).
type partPlan struct {
	size      uint32
	perPeriod uint32
}

func planOf(o Options, period uint64) partPlan {
	p := partPlan{size: o.PartSize, perPeriod: o.PartsPerPeriod}
	if p.size == 0 {
		p.size = parts.Size
	}
	if p.perPeriod == 0 {
		p.perPeriod = parts.Capacity(period)
	}
	return p
}

// served is part's agreement.Config.Served: whether the period ending at te serves
// it (parts.Served over the contract's parts at the view's height).
func (d *driver) served(part uint32, plan partPlan) func(te uint64) bool {
	p := d.params()
	return func(te uint64) bool {
		if te < p.Start || p.Period == 0 {
			return true
		}
		n := parts.Count(len(d.view.ProviderAddresses()), plan.size)
		return parts.Served((te-p.Start)/p.Period, n, plan.perPeriod, part)
	}
}
