#!/usr/bin/env perl
# SPDX-License-Identifier: MIT
# isa-deviations.pl DEVFILE QEMU_OUT FARAD_OUT: prints QEMU_OUT turned
# into what the Power ISA asks for, where QEMU 7.2 is wrong by it, for
# tests/guest.t and tests/qemu-diff.t (a program NAME with a
# tests/guest/NAME.isa file). DEVFILE lists:
#   qemu: LINE / isa: LINE / why: TEXT   one explicit deviation: each
#                     QEMU output line equal to the qemu: line becomes the
#                     isa: line
#   rule: fr          QEMU 7.2 never writes FPSCR[FR] (ISA 3.0B 4.2.2):
#                     a line where farad's output differs from QEMU's only
#                     in one hex word by FR (0x40000) being set, with FI
#                     (0x20000) set, is taken as the ISA's (FR itself is
#                     checked by the hand-derived tests/insn/isa-fp.h)
# and '#' comments. On stderr: how many lines each kind changed.
use strict;
use warnings;

my ($devfile, $qfile, $ffile) = @ARGV;
die "usage: $0 DEVFILE QEMU_OUT FARAD_OUT\n" unless defined $ffile;
my (%sub, $fr_rule, $pending);
open(my $d, '<', $devfile) or die "$devfile: $!\n";
while (<$d>) {
    chomp;
    next if /^\s*(#|$)/;
    if (/^qemu: (.*)$/) { $pending = $1; }
    elsif (/^isa: (.*)$/) {
        die "$devfile: isa: without qemu:\n" unless defined $pending;
        $sub{$pending} = $1;
        undef $pending;
    }
    elsif (/^why: /) { }
    elsif (/^rule: fr$/) { $fr_rule = 1; }
    else { die "$devfile: bad line: $_\n"; }
}
close $d;

sub lines { open(my $h, '<', $_[0]) or die "$_[0]: $!\n"; my @l = <$h>; return @l; }
my @q = lines($qfile);
my @f = lines($ffile);
my ($nsub, $nfr) = (0, 0);
for my $i (0 .. $#q) {
    my $line = $q[$i];
    chomp(my $c = $line);
    if (exists $sub{$c}) {
        print "$sub{$c}\n";
        $nsub++;
        next;
    }
    if ($fr_rule && defined $f[$i] && $f[$i] ne $line) {
        my @a = split / /, $line, -1;
        my @b = split / /, $f[$i], -1;
        my @diff = grep { $a[$_] ne $b[$_] } 0 .. $#a;
        if (@a == @b && @diff == 1) {
            my ($x, $y) = ($a[$diff[0]], $b[$diff[0]]);
            (my $xs = $x) =~ s/\n//;
            (my $ys = $y) =~ s/\n//;
            if ($xs =~ /^[0-9a-f]{1,16}$/ && length($xs) == length($ys) &&
                $ys =~ /^[0-9a-f]+$/) {
                my ($xv, $yv) = (hex($xs), hex($ys));
                if (($xv ^ $yv) == 0x40000 && ($yv & 0x60000) == 0x60000) {
                    print $f[$i];
                    $nfr++;
                    next;
                }
            }
        }
    }
    print $line;
}
print STDERR "ISA deviations from QEMU 7.2 applied ($devfile): $nsub listed " .
    "lines, $nfr lines with FPSCR[FR] set (QEMU never writes FR)\n";
