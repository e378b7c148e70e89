#!/usr/bin/env bash
# npm run test:wordpress — the plugin in a real WordPress from Debian's packages, bound to 127.0.0.1.
# As root on Debian 12: installs wordpress, mariadb-server and php-cli if missing, makes a throwaway site (its own
# database, wp-content folder and Debian config file, all removed afterwards), installs the plugin from
# dist/hhsrs-toolkit-wordpress.zip, then runs scripts/wordpress/test.mjs in Chromium. Screenshots go to
# dist/wordpress-test/ (or $HHSRS_WP_OUT).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/scripts/wordpress"
zip="$root/dist/hhsrs-toolkit-wordpress.zip"

if [ "$(id -u)" != 0 ]; then
  echo 'Run this as root: it installs Debian packages and starts MariaDB.' >&2
  exit 1
fi
if [ ! -f "$zip" ]; then
  echo "No $zip: run npm run build first." >&2
  exit 1
fi

packages=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/hhsrs-wordpress.XXXXXX)
name="hhsrs-toolkit-test-$$"
config="/etc/wordpress/config-$name.php"
database="hhsrs_wp_test_$$"
started_mariadb=''
server=''
cleanup() {
  [ -n "$server" ] && kill -- "-$server" 2>/dev/null || true
  mariadb -e "DROP DATABASE IF EXISTS \`$database\`; DROP USER IF EXISTS '$database'@'localhost';" 2>/dev/null || true
  [ -n "$started_mariadb" ] && mariadb-admin shutdown 2>/dev/null || true
  rm -rf "$work" "$config"
}
trap cleanup EXIT

if ! mariadb-admin ping >/dev/null 2>&1; then
  # Debian's MariaDB listens on 127.0.0.1 and its socket only (bind-address in 50-server.cnf).
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  (mysqld_safe >/dev/null 2>&1 &)
  started_mariadb=yes
  for _ in $(seq 60); do mariadb-admin ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
db_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
mariadb -e "CREATE DATABASE \`$database\`; CREATE USER '$database'@'localhost' IDENTIFIED BY '$db_password';
  GRANT ALL ON \`$database\`.* TO '$database'@'localhost';"

port=$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => {
  console.log(s.address().port);
  s.close();
})")
url="http://127.0.0.1:$port"
content="$work/wp-content"
mkdir -p "$content/plugins" "$content/themes" "$content/uploads"
theme=$(readlink -f /var/lib/wordpress/wp-content/themes/twentytwentythree || true)
[ -d "$theme" ] && ln -s "$theme" "$content/themes/twentytwentythree"
cat >"$config" <<EOF
<?php
define( 'DB_NAME', '$database' );
define( 'DB_USER', '$database' );
define( 'DB_PASSWORD', '$db_password' );
define( 'DB_HOST', 'localhost' );
define( 'WP_HOME', '$url' );
define( 'WP_SITEURL', '$url' );
define( 'WP_CONTENT_DIR', '$content' );
define( 'WP_CONTENT_URL', '$url/wp-content' );
define( 'FS_METHOD', 'direct' );
// No editor may save scripts: what a council's editors without script rights (and Multisite admins) face.
define( 'DISALLOW_UNFILTERED_HTML', true );
// Application passwords (for the REST API) need HTTPS unless the site says it is local.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$work/debug.log' );
EOF
chmod 644 "$config"

export WORDPRESS_CONFIG="$name" HHSRS_WP_HOST="127.0.0.1:$port" HHSRS_WP_CONTENT="$content"
admin_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
editor_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
php "$here/setup.php" install "$admin_password"
app_password=$(php "$here/setup.php" plugin "$zip" "$editor_password")

# Its own process group, so the workers stop with it.
PHP_CLI_SERVER_WORKERS=4 setsid php -d opcache.enable_cli=1 -S "127.0.0.1:$port" -t /usr/share/wordpress \
  "$here/router.php" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 40); do curl -fs -o /dev/null "$url/wp-login.php" && break; sleep 0.25; done

if [ "${1:-}" = --serve ]; then
  # To try the plugin by hand: the site stays up (and is removed) until this script is stopped.
  echo "WordPress at $url — admin / $admin_password, editor / $editor_password"
  echo "Tests: HHSRS_WP_URL=$url HHSRS_WP_ADMIN_PASSWORD=$admin_password HHSRS_WP_EDITOR_PASSWORD=$editor_password" \
    "HHSRS_WP_APP_PASSWORD='$app_password' HHSRS_WP_DEBUG_LOG=$work/debug.log HHSRS_WP_OUT=$root/dist/wordpress-test" \
    "node --test $here/test.mjs"
  wait "$server"
fi
HHSRS_WP_URL="$url" HHSRS_WP_ADMIN_PASSWORD="$admin_password" HHSRS_WP_EDITOR_PASSWORD="$editor_password" \
  HHSRS_WP_APP_PASSWORD="$app_password" HHSRS_WP_DEBUG_LOG="$work/debug.log" \
  HHSRS_WP_OUT="${HHSRS_WP_OUT:-$root/dist/wordpress-test}" \
  node --test --test-concurrency=1 "$here/test.mjs"
