# perl_script: files and processes from perl: sysopen/syswrite, opendir/readdir
# (sorted), stat, a pipe open to a child, fork/waitpid with an exit code,
# rename/unlink, sprintf, and a regex over a slurped file.
use strict; use warnings; use Fcntl;
sysopen(my $fh, "p.out", O_WRONLY | O_CREAT | O_TRUNC, 0640) or die;
syswrite($fh, sprintf("%05d %s\n", 42, "perl")) or die;
close $fh;
opendir(my $d, "tree") or die;
print join(",", sort grep { !/^\./ } readdir $d), "\n";
closedir $d;
my @st = stat "p.out";
printf "size %d mode %o\n", $st[7], $st[2] & 07777;
open(my $p, "-|", "cat", "data.txt") or die;
my @lines = <$p>;
close $p;
print scalar(@lines), " lines\n";
my $pid = fork() // die;
if ($pid == 0) { exit 7 }
waitpid($pid, 0);
print "child ", $? >> 8, "\n";
rename "p.out", "q.out" or die;
local $/;
open(my $q, "<", "q.out") or die;
my $all = <$q>;
print "match\n" if $all =~ /^(\d+) perl$/m;
unlink "q.out";
