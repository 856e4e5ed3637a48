# Shared by scripts/demo and scripts/test: the packages rtrace needs, and the build.
# shellcheck shell=bash

RTRACE_PACKAGES=(meson ninja-build pkg-config gcc libc6-dev python3
	protobuf-c-compiler libprotobuf-c-dev libzstd-dev libyaml-dev libssl-dev
	libseccomp-dev libcriterion-dev)

# Installs whatever of RTRACE_PACKAGES (and "$@") is missing: with apt-get
# when root, otherwise by naming the missing ones and failing.
rt_install_missing() {
	local missing=() p
	for p in "${RTRACE_PACKAGES[@]}" "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		echo "missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
		return 1
	fi
	echo "installing: ${missing[*]}" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q "${missing[@]}" >/dev/null ||
		{ apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
}

# rt_build DIR [meson options...]: configures DIR once, then builds it.
rt_build() {
	local dir=$1
	shift
	if [ ! -f "$dir/build.ninja" ]; then
		meson setup "$dir" "$@" >/dev/null || return 1
	fi
	ninja -C "$dir" >/dev/null || ninja -C "$dir"
}
