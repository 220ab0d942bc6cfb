package records

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
)

// ErrMalformed is returned by the decoders of this package.
var ErrMalformed = errors.New("records: malformed message")

// MaxOrderIDs bounds the order ids of one entry (4 MiB of ids).
const MaxOrderIDs = 1 << 17

const entryVersion = 1

// Entry is a stored challenge record with the ids of the active orders its
// challenge was derived from (sorted ascending, as challenge.ActiveOrders gives
// them).
type Entry struct {
	Record   *challenge.ChalRecord
	OrderIDs [][32]byte
}

func (e *Entry) appendTo(b []byte) ([]byte, error) {
	rec, err := e.Record.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if len(e.OrderIDs) > MaxOrderIDs {
		return nil, fmt.Errorf("%w: %d order ids (limit %d)", ErrMalformed, len(e.OrderIDs), MaxOrderIDs)
	}
	b = binary.BigEndian.AppendUint16(b, uint16(len(rec)))
	b = append(b, rec...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(e.OrderIDs)))
	for i := range e.OrderIDs {
		b = append(b, e.OrderIDs[i][:]...)
	}
	return b, nil
}

// MarshalBinary encodes the entry:
//
//	version (1) | record length (uint16) | record (challenge encoding) |
//	id count (uint32) | ids (32 bytes each, strictly ascending)
func (e *Entry) MarshalBinary() ([]byte, error) {
	return e.appendTo([]byte{entryVersion})
}

type cursor struct {
	b   []byte
	err error
}

func (c *cursor) take(n int, what string) []byte {
	if c.err != nil {
		return nil
	}
	if n < 0 || len(c.b) < n {
		c.err = fmt.Errorf("%w: truncated %s", ErrMalformed, what)
		return nil
	}
	out := c.b[:n]
	c.b = c.b[n:]
	return out
}

func (c *cursor) entry() *Entry {
	rl := c.take(2, "record length")
	if rl == nil {
		return nil
	}
	n := int(binary.BigEndian.Uint16(rl))
	if n > challenge.MaxRecordLen {
		c.err = fmt.Errorf("%w: record of %d bytes", ErrMalformed, n)
		return nil
	}
	rb := c.take(n, "record")
	if rb == nil {
		return nil
	}
	rec, err := challenge.DecodeRecord(rb)
	if err != nil {
		c.err = fmt.Errorf("%w: %w", ErrMalformed, err)
		return nil
	}
	cb := c.take(4, "order id count")
	if cb == nil {
		return nil
	}
	k := binary.BigEndian.Uint32(cb)
	if k > MaxOrderIDs {
		c.err = fmt.Errorf("%w: %d order ids (limit %d)", ErrMalformed, k, MaxOrderIDs)
		return nil
	}
	raw := c.take(int(k)*32, "order ids")
	if raw == nil && k > 0 {
		return nil
	}
	e := &Entry{Record: rec, OrderIDs: make([][32]byte, k)}
	for i := range e.OrderIDs {
		e.OrderIDs[i] = [32]byte(raw[32*i:])
		if i > 0 && bytes.Compare(e.OrderIDs[i-1][:], e.OrderIDs[i][:]) >= 0 {
			c.err = fmt.Errorf("%w: order ids not strictly ascending", ErrMalformed)
			return nil
		}
	}
	return e
}

// DecodeEntry decodes an entry strictly.
func DecodeEntry(b []byte) (*Entry, error) {
	c := &cursor{b: b}
	if v := c.take(1, "version"); v != nil && v[0] != entryVersion {
		return nil, fmt.Errorf("%w: entry version %d", ErrMalformed, v[0])
	}
	e := c.entry()
	if c.err != nil {
		return nil, c.err
	}
	if len(c.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(c.b))
	}
	return e, nil
}

// SyncMessage is what a keeper sends the rest of its group for each record
// (/whitepay/record/1, SPEC 3 Sync): the contract, the entry and the provider's
// response (absent when none arrived) so that the receiver can check the proofs.
type SyncMessage struct {
	Contract common.Address
	Entry
	Response []byte // challenge.Response encoding, or empty
}

// MarshalBinary encodes the message:
//
//	version (1) | contract (20) | entry (without its version byte) |
//	response length (uint32) | response
func (m *SyncMessage) MarshalBinary() ([]byte, error) {
	if len(m.Response) > challenge.MaxResponseLen {
		return nil, fmt.Errorf("%w: response of %d bytes", ErrMalformed, len(m.Response))
	}
	b := append([]byte{entryVersion}, m.Contract[:]...)
	b, err := m.Entry.appendTo(b)
	if err != nil {
		return nil, err
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Response)))
	return append(b, m.Response...), nil
}

// DecodeSyncMessage decodes a message strictly. The response is kept as bytes; it
// is decoded when the record is checked.
func DecodeSyncMessage(b []byte) (*SyncMessage, error) {
	c := &cursor{b: b}
	if v := c.take(1, "version"); v != nil && v[0] != entryVersion {
		return nil, fmt.Errorf("%w: message version %d", ErrMalformed, v[0])
	}
	m := &SyncMessage{}
	if a := c.take(20, "contract"); a != nil {
		m.Contract = common.Address(a)
	}
	e := c.entry()
	rl := c.take(4, "response length")
	if c.err != nil {
		return nil, c.err
	}
	n := binary.BigEndian.Uint32(rl)
	if n > challenge.MaxResponseLen {
		return nil, fmt.Errorf("%w: response of %d bytes (limit %d)", ErrMalformed, n, challenge.MaxResponseLen)
	}
	resp := c.take(int(n), "response")
	if c.err != nil {
		return nil, c.err
	}
	if len(c.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(c.b))
	}
	m.Entry = *e
	if n > 0 {
		m.Response = append([]byte(nil), resp...)
	}
	return m, nil
}
