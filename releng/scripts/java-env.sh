# Sourced by Wulf's scripts: finds a Java 21+ JDK and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME if it is 21 or newer, then the usual install places, newest first.
# Stops with a message that says what to install when there is none.

wulf_java_major() {
  # prints the feature version (17, 21, 25...) of the java binary given, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

wulf_find_java() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(wulf_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      return 0
    fi
    echo "wulf: JAVA_HOME=$JAVA_HOME is Java ${major:-?}; Wulf needs 21 or newer, looking elsewhere" >&2
  fi
  for candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* /usr/java/* 2>/dev/null | sort -rV); do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(wulf_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(wulf_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  fi
  cat >&2 <<'MSG'
wulf: no Java 21 or newer found (looked at $JAVA_HOME, /usr/lib/jvm, /opt/java, /usr/java and javac on PATH).
      Install one, for example on Debian 12: apt-get install openjdk-21-jdk-headless (bookworm-backports),
      or a Temurin 21+ JDK, then set JAVA_HOME to it.
MSG
  return 1
}

wulf_find_java || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
