#!/usr/bin/env bash
# Builds a native installer or a self-contained app folder with jpackage (JDK 17+).
#
#   packaging/package.sh                 # app-image: target/installer/GAN Workbench/ (any OS)
#   packaging/package.sh deb             # Debian/Ubuntu package
#   packaging/package.sh rpm             # Fedora/openSUSE package
#   packaging/package.sh dmg             # macOS disk image (run on a Mac)
#   packaging/package.sh msi             # Windows installer (run on Windows with WiX 3; use Git Bash)
#
# The installer carries its own Java runtime (jlink) and the CPU natives of the OS it is built on.
set -euo pipefail
type="${1:-app-image}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

version=$(mvn -B -q org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate -Dexpression=project.version -DforceStdout -Dstyle.color=never | sed -e "s/\x1b\[[0-9;]*m//g" -e "s/-SNAPSHOT//")
mvn -B -q package -DskipTests

input="target/jpackage-input"
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/gan-workbench.jar "$input/"
cp target/lib/*.jar "$input/"

icon_args=()
case "$type" in
  dmg) [ -f packaging/macos/gan-workbench.icns ] && icon_args=(--icon packaging/macos/gan-workbench.icns) ;;
  msi) [ -f packaging/windows/gan-workbench.ico ] && icon_args=(--icon packaging/windows/gan-workbench.ico) ;;
  *)   [ -f assets/icon/gan-workbench-256.png ] && icon_args=(--icon assets/icon/gan-workbench-256.png) ;;
esac

os_args=()
case "$type" in
  deb) os_args=(--linux-package-name gan-workbench --linux-shortcut --linux-menu-group Education
                --linux-app-category science --linux-package-deps "libgtk-3-0, libpangoft2-1.0-0") ;;
  rpm) os_args=(--linux-package-name gan-workbench --linux-shortcut --linux-menu-group Education) ;;
  msi) os_args=(--win-menu --win-shortcut --win-dir-chooser --win-menu-group "GAN Workbench") ;;
  dmg) os_args=(--mac-package-name "GAN Workbench") ;;
  app-image) ;;
  *) echo "unknown type '$type': use app-image, deb, rpm, dmg or msi" >&2; exit 2 ;;
esac

# A runtime with just the modules the app needs (jdeps on all jars over-reports; this list is checked).
modules="java.base,java.desktop,java.logging,java.management,jdk.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.crypto.ec,jdk.zipfs"

# jpackage's default jlink options, except that the runtime keeps bin/java and gets the JDK's base
# class-data archive: the app opens its window from a second JVM that maps its classes from an
# archive of its own, layered on the base one (FastStart; docs/performance.md, start-up).
jlink_options="--strip-debug --no-man-pages --no-header-files --generate-cds-archive"

jpackage --type "$type" \
  --name "GAN Workbench" \
  --app-version "$version" \
  --vendor "GAN Workbench" \
  --description "Train, break, fix and explore generative adversarial networks live" \
  --input "$input" \
  --main-jar gan-workbench.jar \
  --main-class org.ganworkbench.Launcher \
  --add-modules "$modules" \
  --java-options "-Xmx4g" \
  --jlink-options "$jlink_options" \
  --dest target/installer \
  "${icon_args[@]}" "${os_args[@]}"

echo "built: $(ls -d target/installer/*)"
