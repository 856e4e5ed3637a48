# bash_features: bash's own machinery: a here-string, exec {fd}> with a
# variable fd, read -t 0, ulimit, an EXIT trap, [[ =~ ]], a subshell with
# set -e, mapfile, printf -v, and $(< file).  No wait -n, coproc or process
# substitution: a child that exits while bash runs on makes its SIGCHLD
# handler run at a point (and a stack depth) that is timing.
exec {out}> fd.txt
echo "to fd" >&$out
exec {out}>&-
while read -r l; do echo "hs: $l"; done <<< $'x\ny'
mapfile -t got < data.txt
echo "${#got[@]} lines"
read -t 0 < /dev/null && echo ready
ulimit -n; ulimit -S -c 0; ulimit -H -s
[[ "abc123" =~ ^([a-z]+)([0-9]+)$ ]] && echo "${BASH_REMATCH[2]}"
printf -v v '%05d' 42; echo "$v"
c=$(< data.txt); echo "${#c}"
( set -e; false; echo never ) || echo "sub $?"
trap 'echo bye' EXIT
