package arweave

import (
	"crypto/sha512"
	"strconv"
)

// DeepHash is Arweave's deep hash (SHA-384), which format-2 transactions sign: a blob
// b hashes to SHA384(SHA384("blob" ‖ len(b)) ‖ SHA384(b)); a list of n items starts
// from acc = SHA384("list" ‖ n) and folds acc = SHA384(acc ‖ DeepHash(item)) over its
// items. Lengths are decimal ASCII. v is a []byte or a []any of such values (nested).
func DeepHash(v any) [48]byte {
	switch x := v.(type) {
	case []any:
		acc := sha512.Sum384([]byte("list" + strconv.Itoa(len(x))))
		for _, item := range x {
			h := DeepHash(item)
			acc = sha512.Sum384(append(acc[:], h[:]...))
		}
		return acc
	case []byte:
		tag := sha512.Sum384([]byte("blob" + strconv.Itoa(len(x))))
		data := sha512.Sum384(x)
		return sha512.Sum384(append(tag[:], data[:]...))
	case string:
		return DeepHash([]byte(x))
	}
	panic("arweave: DeepHash of a value that is neither []byte, string nor []any")
}
