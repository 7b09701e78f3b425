#!/usr/bin/env bash
# Builds the Debian package of dvk: scripts/package-deb.sh [OUTDIR] writes dvk_VERSION_ARCH.deb
# into OUTDIR (default: .build/deb) and prints its path on the last line.
#
# The binary is linked with --static-swift-stdlib, so no Swift toolchain is needed where it
# runs; the defaults (data/) go to /usr/share/dvk, which dvk finds as <bin>/../share/dvk. The
# man page is generated from the command definitions by swift-argument-parser's generate-manual,
# the completions by dvk itself. The version is the one `dvk --version` prints, plus the Debian
# revision DEB_REVISION (default 1).
#
# Environment: DVK_SCRATCH_PATH=DIR builds there instead of .build; DVK_PACKAGE_BIN=FILE and DVK_GENERATE_MANUAL=FILE use binaries already built with
# --static-swift-stdlib instead of building; DVK_MAINTAINER overrides the Maintainer field.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
outdir="${1:-.build/deb}"
mkdir -p "$outdir"
outdir="$(cd "$outdir" && pwd)"
maintainer="${DVK_MAINTAINER:-dvk maintainers <maintainers@users.noreply.b-seed-4d1fd3dd.example>}"
revision="${DEB_REVISION:-1}"

for tool in dpkg-deb fakeroot objdump gzip; do
  command -v "$tool" >/dev/null || { echo "package-deb: $tool not found on PATH" >&2; exit 1; }
done

# --- the binary: release, Swift's runtime linked in ---
build=(-c release --static-swift-stdlib)
# DVK_SCRATCH_PATH: another build folder (the package test's, while `swift test` holds .build).
[ -z "${DVK_SCRATCH_PATH:-}" ] || build+=(--scratch-path "$DVK_SCRATCH_PATH")
if [ -n "${DVK_PACKAGE_BIN:-}" ]; then
  bin="$DVK_PACKAGE_BIN"
else
  # The same flags as scripts/demo.sh: one release build serves both.
  swift build "${build[@]}" --product dvk >&2
  bin="$(swift build "${build[@]}" --show-bin-path)/dvk"
fi
[ -x "$bin" ] || { echo "package-deb: no binary at $bin" >&2; exit 1; }
if ldd "$bin" | grep -q 'libswift\|libFoundation\|libdispatch\|libBlocksRuntime'; then
  echo "package-deb: $bin still needs Swift's runtime libraries:" >&2
  ldd "$bin" | grep 'libswift\|libFoundation\|libdispatch\|libBlocksRuntime' >&2
  exit 1
fi
upstream="$("$bin" --version)"
version="$upstream-$revision"
arch="$(dpkg --print-architecture)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
install -d -m 755 "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/dvk" "$root/usr/share/man/man1" \
  "$root/usr/share/doc/dvk" "$root/usr/share/bash-completion/completions" \
  "$root/usr/share/zsh/vendor-completions" "$root/usr/share/fish/vendor_completions.d"

install -m 755 "$bin" "$root/usr/bin/dvk"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/dvk"

# --- the defaults ---
cp -R data/. "$root/usr/share/dvk/"

# --- the man page (English: the language of man pages' section names) ---
# swift-argument-parser's generate-manual (the tool its generate-manual plugin runs), built with
# the flags above so it shares their objects, reads `dvk --experimental-dump-help` of this binary.
if [ -n "${DVK_GENERATE_MANUAL:-}" ]; then
  generate_manual="$DVK_GENERATE_MANUAL"
else
  swift build "${build[@]}" --product generate-manual >&2
  generate_manual="$(swift build "${build[@]}" --show-bin-path)/generate-manual"
fi
# generate-manual drops every character outside ASCII ("Dân vận khéo" would read "Dn vn kho"):
# it is handed a stand-in for dvk whose help dump spells them ZZU<hex>ZZ, and they are turned
# into roff's \[u<hex>] afterwards.
man_out="$work/man"
mkdir -p "$man_out"
printf '#!/bin/sh\n"%s" "$@" | perl -CSD -pe %s\n' "$bin" \
  "'s/([^\\x00-\\x7F])/sprintf(\"ZZU%04XZZ\", ord(\$1))/ge'" >"$work/dvk-ascii"
chmod 755 "$work/dvk-ascii"
man_date="$(git -C "$repo" log -1 --format=%cs 2>/dev/null || date +%F)"
# English in man1/, Vietnamese in vi/man1/ (what `man dvk` shows under a Vietnamese locale).
for lang in en vi; do
  mkdir -p "$man_out/$lang"
  DVK_LANG=$lang "$generate_manual" "$work/dvk-ascii" --section 1 --date "$man_date" --authors "$maintainer" \
    --output-directory "$man_out/$lang" >&2
  [ -s "$man_out/$lang/dvk.1" ] || { echo "package-deb: generate-manual wrote no dvk.1 ($lang)" >&2; exit 1; }
  perl -pi -e 's/ZZU([0-9A-F]{4,6})ZZ/\\[u$1]/g' "$man_out/$lang/dvk.1"
done
gzip -9n -c "$man_out/en/dvk.1" >"$root/usr/share/man/man1/dvk.1.gz"
install -d -m 755 "$root/usr/share/man/vi/man1"
gzip -9n -c "$man_out/vi/dvk.1" >"$root/usr/share/man/vi/man1/dvk.1.gz"

# --- completions ---
# bash-completion sources the file: no #! line (lintian: bash-completion-with-hashbang).
DVK_LANG=en "$bin" --generate-completion-script bash | sed '1{/^#!/d}' >"$root/usr/share/bash-completion/completions/dvk"
DVK_LANG=en "$bin" --generate-completion-script zsh >"$root/usr/share/zsh/vendor-completions/_dvk"
DVK_LANG=en "$bin" --generate-completion-script fish >"$root/usr/share/fish/vendor_completions.d/dvk.fish"

# --- documentation ---
cp docs/*.md "$root/usr/share/doc/dvk/"
date_rfc="$(git -C "$repo" log -1 --format=%cD 2>/dev/null || date -R)"
{
  echo "dvk ($version) unstable; urgency=medium"
  echo
  echo "  * Built from the dvk repository (commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown))."
  echo
  echo " -- $maintainer  $date_rfc"
} | gzip -9n >"$root/usr/share/doc/dvk/changelog.Debian.gz"
years="$(git -C "$repo" log --format=%cs 2>/dev/null | cut -c1-4 | sort -u | sed -n '1p;$p' | uniq | paste -sd- || true)"
cat >"$root/usr/share/doc/dvk/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: dvk
Comment: The register of "Dân vận khéo" models. The binary links in Swift's standard library
 and Foundation (--static-swift-stdlib) and the packages listed below.

Files: *
Copyright: ${years:-$(date +%Y)} the dvk authors
License: dvk
 The dvk project has not published a licence yet; ask its maintainers before redistributing.

Files: usr/bin/dvk
Copyright: Apple Inc. and the Swift project authors (Swift standard library, Foundation,
 Dispatch, swift-argument-parser)
License: Apache-2.0 with Runtime Library Exception
 Licensed under the Apache License, Version 2.0, with the Runtime Library Exception.
 On Debian systems the full text of the Apache License 2.0 is in
 /usr/share/common-licenses/Apache-2.0. The exception: as an exception, if you use this
 Software to compile your source code and portions of this Software are embedded into the
 binary product as a result, you may redistribute such product without providing attribution
 as would otherwise be required by Sections 4(a), 4(b) and 4(d) of the License.

Files: usr/bin/dvk
Copyright: Thomas Zoechling (ZIPFoundation), Yasuhiro Hatta (CSV.swift)
License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 and associated documentation files (the "Software"), to deal in the Software without
 restriction, including without limitation the rights to use, copy, modify, merge, publish,
 distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 Software is furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies or
 substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
 BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
EOF

find "$root" -type d -exec chmod 755 {} +
find "$root/usr/share" -type f -exec chmod 644 {} +

# --- Depends: each shared library the binary needs, mapped to the package that ships it and
# that package's shlibs entry (what dpkg-shlibdeps would write, without a source tree) ---
depends=()
for soname in $(objdump -p "$root/usr/bin/dvk" | awk '$1 == "NEEDED" { print $2 }'); do
  # "libx.so.1 => /path (…)", or for the dynamic loader "/path/ld-linux….so.2 (…)"
  path="$(ldd "$bin" | awk -v s="$soname" '$1 == s { print $3; exit }
    $1 ~ /^\// && substr($1, length($1) - length(s) + 1) == s { print $1; exit }')"
  [ -n "$path" ] || { echo "package-deb: $soname not found by ldd" >&2; exit 1; }
  real="$(readlink -f "$path")"
  owner="$(dpkg -S "$path" 2>/dev/null || dpkg -S "$real" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null || true)"
  pkg="${owner%%:*}"
  [ -n "$pkg" ] || { echo "package-deb: no Debian package ships $path" >&2; exit 1; }
  name="${soname%%.so*}"; major="${soname##*.so.}"
  shlibs="$(cat /var/lib/dpkg/info/"$pkg".shlibs /var/lib/dpkg/info/"$pkg":"$arch".shlibs 2>/dev/null; true)"
  shlibs="$(echo "$shlibs" | awk -v n="$name" -v m="$major" '$1 == n && $2 == m { $1 = ""; $2 = ""; sub(/^ +/, ""); print; exit }')"
  depends+=("${shlibs:-$pkg}")
done
depends_line="$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, | sed 's/,/, /g')"
installed_size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"

cat >"$root/DEBIAN/control" <<EOF
Package: dvk
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends_line
Recommends: libreoffice-writer-nogui | libreoffice-writer, libreoffice-calc-nogui | libreoffice-calc, cups-client, git
Section: utils
Priority: optional
Description: register of "Dân vận khéo" models for steering committees
 dvk keeps the register of the "Dân vận khéo" emulation movement's models
 for the secretariats of its steering committees: registration, appraisal,
 inspection, recognition and award, in a full-screen terminal interface and
 as commands.
 .
 It prints award lists and decisions, the committee's report draft,
 certificates and statistical annexes as DOCX, XLSX, PDF, HTML, text and CSV
 (LibreOffice converts to PDF, CUPS prints), and keeps its data as JSON files
 a group of users can share; offices exchange them over git (dvk sync).
EOF

deb="$outdir/dvk_${version}_${arch}.deb"
fakeroot dpkg-deb --build --root-owner-group "$root" "$deb" >&2
echo "$deb"
