# Sourced by mvnw, carbonlab and .ci/run (POSIX sh): sets JAVA_HOME to a JDK >= 21.
# Order: JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm, then `java` on PATH.
# Tycho 5 and the SWT/JFace bundles need Java 21; Debian's default JDK here is 17.
carbonlab_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
carbonlab_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(carbonlab_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best=""; bestv=0
  # mvnw runs with `set -f`; globbing is needed here.
  case $- in *f*) carbonlab_noglob=1; set +f ;; *) carbonlab_noglob=0 ;; esac
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(carbonlab_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  [ "$carbonlab_noglob" = 1 ] && set -f
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(carbonlab_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then best=$d; fi
  fi
  if [ -z "$best" ]; then
    echo "CarbonLab needs a JDK 21 or newer (JAVA_HOME=${JAVA_HOME:-unset}; none found under /usr/lib/jvm or on PATH)." >&2
    echo "Install one (for example Temurin 21 or 25, or Debian's openjdk-21-jdk where available) and set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}
carbonlab_find_jdk || exit 1
