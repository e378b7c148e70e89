<?php
/**
 * Settings → HHSRS toolkit: the council's name, phone, web page and opening hours, used by every tenant check on
 * the site unless a block or shortcode gives its own.
 *
 * @package hhsrs-toolkit
 */

defined( 'ABSPATH' ) || exit;

const HHSRS_TOOLKIT_OPTION = 'hhsrs_toolkit_council';

/**
 * The council's details as saved, each '' when not set.
 *
 * @return array{name: string, phone: string, url: string, hours: string}
 */
function hhsrs_toolkit_council() {
	$saved = get_option( HHSRS_TOOLKIT_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	$out   = array();
	foreach ( array_keys( hhsrs_toolkit_council_fields() ) as $field ) {
		$out[ $field ] = isset( $saved[ $field ] ) ? (string) $saved[ $field ] : '';
	}
	return $out;
}

/** The fields, their labels and hints. */
function hhsrs_toolkit_council_fields() {
	return array(
		'name'  => array(
			__( 'Council name', 'hhsrs-toolkit' ),
			__( 'For example, Anytown Borough Council', 'hhsrs-toolkit' ),
		),
		'phone' => array(
			__( 'Phone number', 'hhsrs-toolkit' ),
			__( 'The number tenants call about housing problems', 'hhsrs-toolkit' ),
		),
		'url'   => array(
			__( 'Web page for reporting housing problems', 'hhsrs-toolkit' ),
			__( 'Starting https://', 'hhsrs-toolkit' ),
		),
		'hours' => array(
			__( 'Opening hours', 'hhsrs-toolkit' ),
			__( 'For example, Monday to Friday, 9am to 5pm', 'hhsrs-toolkit' ),
		),
	);
}

add_action( 'admin_init', 'hhsrs_toolkit_register_settings' );

/** Registers the option and its fields on the settings page. */
function hhsrs_toolkit_register_settings() {
	register_setting(
		'hhsrs_toolkit',
		HHSRS_TOOLKIT_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'hhsrs_toolkit_sanitize_council',
			'default'           => array(),
		)
	);
	add_settings_section(
		'hhsrs_toolkit_council',
		__( 'Your council', 'hhsrs-toolkit' ),
		'__return_false',
		'hhsrs-toolkit'
	);
	foreach ( hhsrs_toolkit_council_fields() as $field => $words ) {
		add_settings_field(
			'hhsrs_toolkit_' . $field,
			$words[0],
			'hhsrs_toolkit_field_html',
			'hhsrs-toolkit',
			'hhsrs_toolkit_council',
			array(
				'label_for' => 'hhsrs_toolkit_' . $field,
				'field'     => $field,
				'hint'      => $words[1],
			)
		);
	}
}

/**
 * One text field with its hint.
 *
 * @param array $args label_for, field and hint.
 */
function hhsrs_toolkit_field_html( $args ) {
	$council = hhsrs_toolkit_council();
	printf(
		'<input type="%1$s" class="regular-text" id="%2$s" name="%3$s[%4$s]" value="%5$s" maxlength="200"'
			. ' aria-describedby="%2$s-hint"><p class="description" id="%2$s-hint">%6$s</p>',
		'url' === $args['field'] ? 'url' : 'text',
		esc_attr( $args['label_for'] ),
		esc_attr( HHSRS_TOOLKIT_OPTION ),
		esc_attr( $args['field'] ),
		esc_attr( $council[ $args['field'] ] ),
		esc_html( $args['hint'] )
	);
}

/**
 * Cleans what was typed; a web address that is not one is refused with a message and the saved one kept.
 *
 * @param mixed $input What the form sent.
 */
function hhsrs_toolkit_sanitize_council( $input ) {
	$input = is_array( $input ) ? $input : array();
	$old   = hhsrs_toolkit_council();
	$out   = array();
	foreach ( array_keys( hhsrs_toolkit_council_fields() ) as $field ) {
		$given         = isset( $input[ $field ] ) ? trim( wp_unslash( (string) $input[ $field ] ) ) : '';
		$out[ $field ] = mb_substr( sanitize_text_field( $given ), 0, 200 );
	}
	if ( '' !== $out['url'] ) {
		$url = hhsrs_toolkit_web_address( $out['url'] );
		if ( '' === $url ) {
			add_settings_error(
				HHSRS_TOOLKIT_OPTION,
				'hhsrs_toolkit_url',
				/* translators: the example web address is a made-up council's. */
				__( 'Enter the full web address, starting https://, like https://www.anytown.gov.uk/housing.', 'hhsrs-toolkit' )
					. ' ' . __( 'The address saved before is kept.', 'hhsrs-toolkit' )
			);
			$url = $old['url'];
		}
		$out['url'] = $url;
	}
	return $out;
}

add_action( 'admin_menu', 'hhsrs_toolkit_settings_menu' );

/** Settings → HHSRS toolkit, for people who can manage options. */
function hhsrs_toolkit_settings_menu() {
	add_options_page(
		__( 'HHSRS toolkit', 'hhsrs-toolkit' ),
		__( 'HHSRS toolkit', 'hhsrs-toolkit' ),
		'manage_options',
		'hhsrs-toolkit',
		'hhsrs_toolkit_settings_page'
	);
}

/** The settings page. */
function hhsrs_toolkit_settings_page() {
	echo '<div class="wrap"><h1>' . esc_html__( 'HHSRS toolkit', 'hhsrs-toolkit' ) . '</h1>';
	echo '<p>' . esc_html__( 'Every tenant check on this website shows these details', 'hhsrs-toolkit' ) . ' '
		. esc_html__( 'unless its block or shortcode gives its own.', 'hhsrs-toolkit' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'hhsrs_toolkit' );
	do_settings_sections( 'hhsrs-toolkit' );
	submit_button();
	echo '</form></div>';
}
