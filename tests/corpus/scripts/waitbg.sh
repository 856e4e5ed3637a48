# sh_wait: a background job, `wait` for it, and its exit status.
sh -c 'exit 7' &
wait $!
echo "bg status $?"
