<?php
// Router for `php -S`: Debian keeps WordPress in /usr/share/wordpress and wp-content elsewhere (its Apache
// configuration aliases /wp-content); this serves /wp-content/ from the test's own folder, as that alias would.
$path    = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$content = getenv( 'HHSRS_WP_CONTENT' );
if ( 0 === strpos( $path, '/wp-content/' ) && false === strpos( $path, '..' ) ) {
	$file = $content . substr( $path, strlen( '/wp-content' ) );
	if ( ! is_file( $file ) || '.php' === substr( $file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$types = array(
		'js'    => 'text/javascript',
		'css'   => 'text/css',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff2' => 'font/woff2',
		'ttf'   => 'font/ttf',
	);
	$ext   = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $file ) );
	readfile( $file );
	return true;
}
// Everything else (PHP and WordPress's own files) as php -S serves a folder, with Debian's config file chosen as
// Apache's SetEnv would (php -S does not pass the environment to scripts).
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
return false;
