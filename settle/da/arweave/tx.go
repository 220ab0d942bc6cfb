package arweave

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// ID is a transaction id: SHA-256 of its signature, shown as 43 base64url characters.
type ID [32]byte

func (id ID) String() string { return b64.EncodeToString(id[:]) }

// ParseID reads a 43-character base64url id.
func ParseID(s string) (ID, error) {
	var id ID
	b, err := b64.DecodeString(s)
	if err != nil || len(b) != 32 {
		return id, fmt.Errorf("arweave: %q is not a transaction id (43 base64url characters)", s)
	}
	copy(id[:], b)
	return id, nil
}

// Tag is a transaction tag (name and value are bytes; this package uses UTF-8).
type Tag struct {
	Name, Value []byte
}

// NewTag returns a tag of two strings.
func NewTag(name, value string) Tag { return Tag{Name: []byte(name), Value: []byte(value)} }

// Tx is a format-2 Arweave transaction (the Arweave HTTP API's JSON form; binary
// fields base64url). Data travels in the transaction only when it is posted inline;
// otherwise it is uploaded as chunks against DataRoot.
type Tx struct {
	Format    int
	ID        ID
	LastTx    []byte // anchor: a recent block hash or the owner's last transaction
	Owner     []byte // the signer's RSA modulus
	Tags      []Tag
	Target    []byte // empty: no transfer
	Quantity  string // winston transferred (decimal)
	Data      []byte // inline data (nil when uploaded in chunks or not fetched)
	DataSize  int64
	DataRoot  []byte // merkle root of the data (empty for no data)
	Reward    string // winston fee (decimal)
	Signature []byte
}

// NewTx returns an unsigned format-2 transaction carrying data with tags.
func NewTx(data []byte, tags []Tag, anchor []byte, reward string) *Tx {
	tx := &Tx{Format: 2, LastTx: anchor, Tags: tags, Quantity: "0", Reward: reward, Data: data, DataSize: int64(len(data))}
	if len(data) > 0 {
		r := DataRoot(data)
		tx.DataRoot = r[:]
	}
	return tx
}

// SignatureData returns the 48-byte deep hash a format-2 transaction's signature
// covers: [ "2", owner, target, quantity, reward, last_tx, [[name, value]…],
// data_size, data_root ].
func (tx *Tx) SignatureData() [48]byte {
	tags := make([]any, len(tx.Tags))
	for i, t := range tx.Tags {
		tags[i] = []any{t.Name, t.Value}
	}
	return DeepHash([]any{
		[]byte(strconv.Itoa(tx.Format)), tx.Owner, tx.Target, []byte(tx.Quantity), []byte(tx.Reward),
		tx.LastTx, tags, []byte(strconv.FormatInt(tx.DataSize, 10)), tx.DataRoot,
	})
}

// Sign sets the owner, signature and id.
func (tx *Tx) Sign(w *Wallet) error {
	if tx.Format != 2 {
		return fmt.Errorf("arweave: cannot sign a format-%d transaction", tx.Format)
	}
	tx.Owner = w.Owner()
	msg := tx.SignatureData()
	sig, err := w.sign(msg[:])
	if err != nil {
		return fmt.Errorf("arweave: signing: %w", err)
	}
	tx.Signature = sig
	tx.ID = sha256.Sum256(sig)
	return nil
}

// ErrBadSignature: the transaction's id or signature does not check.
var ErrBadSignature = errors.New("arweave: bad transaction signature")

// Verify checks that the id is SHA-256 of the signature and the signature is the
// owner's over SignatureData (what arweave-js transactions.verify checks). It does not
// check Data against DataRoot: VerifyData does.
func (tx *Tx) Verify() error {
	if tx.Format != 2 {
		return fmt.Errorf("%w: format %d", ErrBadSignature, tx.Format)
	}
	if sha256.Sum256(tx.Signature) != tx.ID {
		return fmt.Errorf("%w: id %s is not the hash of the signature", ErrBadSignature, tx.ID)
	}
	msg := tx.SignatureData()
	if err := verifySig(tx.Owner, msg[:], tx.Signature); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBadSignature, tx.ID, err)
	}
	return nil
}

// ErrDataMismatch: data does not match the transaction's data root and size.
var ErrDataMismatch = errors.New("arweave: data does not match the transaction")

// VerifyData checks that data is what the transaction commits to (size and root).
func (tx *Tx) VerifyData(data []byte) error {
	if int64(len(data)) != tx.DataSize {
		return fmt.Errorf("%w: %d bytes, data_size %d", ErrDataMismatch, len(data), tx.DataSize)
	}
	if len(data) == 0 {
		return nil
	}
	if r := DataRoot(data); string(r[:]) != string(tx.DataRoot) {
		return fmt.Errorf("%w: merkle root %s, data_root %s", ErrDataMismatch, b64.EncodeToString(r[:]), b64.EncodeToString(tx.DataRoot))
	}
	return nil
}

// Tag returns the value of the first tag named name.
func (tx *Tx) Tag(name string) (string, bool) {
	for _, t := range tx.Tags {
		if string(t.Name) == name {
			return string(t.Value), true
		}
	}
	return "", false
}

// Owner address of the transaction.
func (tx *Tx) OwnerAddress() string { return OwnerAddress(tx.Owner) }

type jsonTag struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type jsonTx struct {
	Format    json.Number `json:"format"`
	ID        string      `json:"id"`
	LastTx    string      `json:"last_tx"`
	Owner     string      `json:"owner"`
	Tags      []jsonTag   `json:"tags"`
	Target    string      `json:"target"`
	Quantity  string      `json:"quantity"`
	Data      string      `json:"data"`
	DataSize  json.Number `json:"data_size"`
	DataRoot  string      `json:"data_root"`
	Reward    string      `json:"reward"`
	Signature string      `json:"signature"`
}

// MarshalJSON renders the HTTP API form (data_size as a decimal string).
func (tx *Tx) MarshalJSON() ([]byte, error) {
	tags := make([]jsonTag, len(tx.Tags))
	for i, t := range tx.Tags {
		tags[i] = jsonTag{b64.EncodeToString(t.Name), b64.EncodeToString(t.Value)}
	}
	return json.Marshal(jsonTx{
		Format: json.Number(strconv.Itoa(tx.Format)), ID: tx.ID.String(), LastTx: b64.EncodeToString(tx.LastTx),
		Owner: b64.EncodeToString(tx.Owner), Tags: tags, Target: b64.EncodeToString(tx.Target),
		Quantity: tx.Quantity, Data: b64.EncodeToString(tx.Data),
		DataSize: json.Number(strconv.FormatInt(tx.DataSize, 10)), DataRoot: b64.EncodeToString(tx.DataRoot),
		Reward: tx.Reward, Signature: b64.EncodeToString(tx.Signature),
	})
}

// UnmarshalJSON reads the HTTP API form (format and data_size as numbers or strings).
func (tx *Tx) UnmarshalJSON(b []byte) error {
	var j jsonTx
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("arweave: transaction JSON: %w", err)
	}
	dec := func(s, name string) ([]byte, error) {
		v, err := b64.DecodeString(s)
		if err != nil {
			return nil, fmt.Errorf("arweave: transaction field %s is not base64url", name)
		}
		return v, nil
	}
	var out Tx
	var err error
	f, err := strconv.Atoi(j.Format.String())
	if err != nil {
		return fmt.Errorf("arweave: transaction format %q", j.Format)
	}
	out.Format = f
	if out.ID, err = ParseID(j.ID); err != nil {
		return err
	}
	for _, p := range []struct {
		s, name string
		dst     *[]byte
	}{
		{j.LastTx, "last_tx", &out.LastTx}, {j.Owner, "owner", &out.Owner}, {j.Target, "target", &out.Target},
		{j.Data, "data", &out.Data}, {j.DataRoot, "data_root", &out.DataRoot}, {j.Signature, "signature", &out.Signature},
	} {
		if *p.dst, err = dec(p.s, p.name); err != nil {
			return err
		}
	}
	for _, t := range j.Tags {
		n, err := dec(t.Name, "tag name")
		if err != nil {
			return err
		}
		v, err := dec(t.Value, "tag value")
		if err != nil {
			return err
		}
		out.Tags = append(out.Tags, Tag{n, v})
	}
	ds := j.DataSize.String()
	if ds == "" {
		ds = "0"
	}
	if out.DataSize, err = strconv.ParseInt(ds, 10, 64); err != nil || out.DataSize < 0 {
		return fmt.Errorf("arweave: transaction data_size %q", ds)
	}
	out.Quantity, out.Reward = j.Quantity, j.Reward
	if len(out.Data) == 0 {
		out.Data = nil
	}
	*tx = out
	return nil
}
