# sh_trap: traps on a signal sent to the shell itself and on EXIT.
trap 'echo got usr1' USR1
trap 'echo bye' EXIT
kill -USR1 $$
echo after
exit 3
