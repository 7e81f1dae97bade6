#!/usr/bin/env bash
# Recomputes this bundle's hash chain and RFC 9162 Merkle tree with sha256sum, sed and bash's own printf only, and checks
# them against the signed tree head, every inclusion proof and the consistency proof (RFC 9162 §2.1.3.2, §2.1.4.2).
set -euo pipefail
cd "$(dirname "$0")"

fail() { echo "FAILED: $*" >&2; exit 1; }
# hex -> bytes, with bash builtins only (a long ledger means many thousands of these)
bin() { local hex=$1 escaped='' i; for ((i = 0; i < ${#hex}; i += 2)); do escaped+="\\x${hex:i:2}"; done; printf "$escaped"; }
sha() { local out; out=$(sha256sum); printf '%s' "${out%% *}"; }
leaf() { { printf '\x00'; bin "$1"; } | sha; }              # the leaf hash of an entry hash
node() { { printf '\x01'; bin "$1"; bin "$2"; } | sha; }    # the hash of two child nodes
# a top-level field of canonical JSON; the last match is the top-level one, for members are sorted and every
# nested one sits inside "content", which sorts before all the fields read here
field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([0-9a-f]*\\)\"\\{0,1\\}[,}].*/\\1/p" "$2"; }

head_size=$(field treeSize tree-head.json)
head_root=$(field rootHash tree-head.json)

# 1. The chain: each entry names the hash of the one before, and sequences run 1, 2, 3...
leaves=()
previous=0000000000000000000000000000000000000000000000000000000000000000
sequence=0
for entry in entries/*.json; do
  sequence=$((sequence + 1))
  hash=$(sha < "$entry")
  [[ "$(field sequence "$entry")" == "$sequence" ]] || fail "$entry is not entry $sequence"
  [[ "$(field previousHash "$entry")" == "$previous" ]] || fail "$entry does not name the hash of the entry before"
  leaves+=("$(leaf "$hash")")
  previous=$hash
done
[[ "$sequence" == "$head_size" ]] || fail "the tree head signs $head_size entries, the bundle holds $sequence"
echo "chain: $sequence entries, unbroken"

# 2. The tree: pairing nodes level by level, an unpaired last node moving up, is RFC 9162's MTH.
level=("${leaves[@]}")
while ((${#level[@]} > 1)); do
  next=()
  for ((i = 0; i + 1 < ${#level[@]}; i += 2)); do next+=("$(node "${level[i]}" "${level[i + 1]}")"); done
  ((${#level[@]} % 2 == 0)) || next+=("${level[${#level[@]} - 1]}")
  level=("${next[@]}")
done
[[ "${level[0]}" == "$head_root" ]] || fail "the entries' Merkle root ${level[0]} is not the signed root $head_root"
echo "tree: root $head_root is the signed root"

# 3. Every inclusion proof (lines: "sequence N", "tree-size M", then "path HASH" from the leaf up).
for proof in proofs/inclusion/*.txt; do
  n=$(sed -n 's/^sequence //p' "$proof"); size=$(sed -n 's/^tree-size //p' "$proof")
  [[ "$size" == "$head_size" ]] || fail "$proof is for a tree of $size, not the signed $head_size"
  fn=$((n - 1)); sn=$((size - 1)); r=${leaves[fn]}
  while read -r p; do
    ((sn > 0)) || fail "$proof is longer than its tree"
    if ((fn & 1)) || ((fn == sn)); then
      r=$(node "$p" "$r")
      while ! ((fn & 1)) && ((fn != 0)); do fn=$((fn >> 1)); sn=$((sn >> 1)); done
    else
      r=$(node "$r" "$p")
    fi
    fn=$((fn >> 1)); sn=$((sn >> 1))
  done < <(sed -n 's/^path //p' "$proof")
  ((sn == 0)) && [[ "$r" == "$head_root" ]] || fail "$proof does not lead to the signed root"
done
echo "inclusion proofs: all lead to the signed root"

# 4. The consistency proof from the earlier bundle's signed tree head, when there is one.
if [[ -e consistency.txt ]]; then
  first=$(sed -n 's/^from-size //p' consistency.txt); second=$(sed -n 's/^to-size //p' consistency.txt)
  first_root=$(sed -n 's/^from-root //p' consistency.txt)
  if [[ -e previous-tree-head.json ]]; then
    [[ "$(field rootHash previous-tree-head.json)" == "$first_root" && "$(field treeSize previous-tree-head.json)" == "$first" ]] ||
      fail "consistency.txt does not start from previous-tree-head.json"
  fi
  [[ "$second" == "$head_size" ]] || fail "consistency.txt does not end at the signed tree head"
  mapfile -t path < <(sed -n 's/^path //p' consistency.txt)
  if ((first != second)); then
    ((${#path[@]} > 0)) || fail "consistency.txt has no path"
    ((first & (first - 1))) || path=("$first_root" "${path[@]}")
    fn=$((first - 1)); sn=$((second - 1))
    while ((fn & 1)); do fn=$((fn >> 1)); sn=$((sn >> 1)); done
    fr=${path[0]}; sr=${path[0]}
    for c in "${path[@]:1}"; do
      ((sn > 0)) || fail "consistency.txt is longer than its tree"
      if ((fn & 1)) || ((fn == sn)); then
        fr=$(node "$c" "$fr"); sr=$(node "$c" "$sr")
        while ! ((fn & 1)) && ((fn != 0)); do fn=$((fn >> 1)); sn=$((sn >> 1)); done
      else
        sr=$(node "$sr" "$c")
      fi
      fn=$((fn >> 1)); sn=$((sn >> 1))
    done
    ((sn == 0)) && [[ "$fr" == "$first_root" && "$sr" == "$head_root" ]] ||
      fail "consistency.txt does not prove the tree of $first entries is a prefix of this one"
  else
    [[ "$first_root" == "$head_root" ]] || fail "the earlier tree of the same size has another root"
  fi
  echo "consistency: the earlier tree of $first entries is a prefix of this one"
fi
echo "VERIFIED"
