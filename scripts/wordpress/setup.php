<?php
// Sets up the test site from the command line, through WordPress's own functions:
//   php setup.php install <admin password>
//   php setup.php plugin <zip> <editor password>   → prints the editor's application password
// The environment gives WORDPRESS_CONFIG (Debian's config file to use) and HHSRS_WP_HOST (127.0.0.1:<port>).
$_SERVER['HTTP_HOST']   = getenv( 'HHSRS_WP_HOST' );
$_SERVER['REQUEST_URI'] = '/';
$step                   = $argv[1];

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	// The site's welcome email: this machine has no mail server.
	add_filter( 'pre_wp_mail', '__return_true' );
	wp_install( 'Anytown Council', 'admin', 'admin@example.test', false, '', $argv[2] );
	exit( 0 );
}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( 'plugin' === $step ) {
	// As Plugins → Upload Plugin does: unzip into the plugins folder, then activate.
	WP_Filesystem();
	$unzipped = unzip_file( $argv[2], WP_PLUGIN_DIR );
	if ( is_wp_error( $unzipped ) ) {
		fwrite( STDERR, 'Could not unzip the plugin: ' . $unzipped->get_error_message() . "\n" );
		exit( 1 );
	}
	$activated = activate_plugin( 'hhsrs-toolkit/hhsrs-toolkit.php' );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, 'Could not activate the plugin: ' . $activated->get_error_message() . "\n" );
		exit( 1 );
	}
	if ( wp_get_theme( 'twentytwentythree' )->exists() ) {
		switch_theme( 'twentytwentythree' );
	}
	$editor = wp_insert_user(
		array(
			'user_login' => 'editor',
			'user_pass'  => $argv[3],
			'user_email' => 'editor@example.test',
			'role'       => 'editor',
		)
	);
	if ( is_wp_error( $editor ) ) {
		fwrite( STDERR, 'Could not add the editor: ' . $editor->get_error_message() . "\n" );
		exit( 1 );
	}
	// The block editor's welcome guide would cover the page in the browser.
	update_user_meta( $editor, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
	list( $password ) = WP_Application_Passwords::create_new_application_password( $editor, array( 'name' => 'test' ) );
	echo $password;
	exit( 0 );
}

fwrite( STDERR, "Unknown step $step\n" );
exit( 1 );
