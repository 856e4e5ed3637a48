# odd_names: file names strace must escape: a newline, a tab, a quote, a
# backslash, bytes 0xff and 0x01, a UTF-8 name, a leading dash; listed with
# ls -b and ls -Q, found with find -print0, renamed and removed.
mkdir odd && cd odd
touch "$(printf 'new\nline')" "$(printf 'tab\there')" 'q"uote' 'back\slash' \
	"$(printf '\377\376bytes')" "$(printf 'ctl\001x')" 'café' -- '-dash'
ls -b
ls -Q
find . -type f -print0 | sort -z | tr '\0' '|'
echo
mv "$(printf '\377\376bytes')" "$(printf 'moved\200')"
stat -c '%n %s' ./*
rm -f -- *
cd .. && rmdir odd
