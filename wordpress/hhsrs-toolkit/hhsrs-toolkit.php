<?php
/**
 * Plugin Name:       HHSRS toolkit
 * Description:       The tenant self-check, officer assessment, overcrowding check and hazard register for the
 *                    Housing Health and Safety Rating System (England and Wales), as blocks and shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       hhsrs-toolkit
 *
 * @package hhsrs-toolkit
 */

defined( 'ABSPATH' ) || exit;

// The build writes the package's version here, so every script URL changes (?ver=) with each release.
define( 'HHSRS_TOOLKIT_VERSION', '0.1.0' );
define( 'HHSRS_TOOLKIT_FILE', __FILE__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/scripts.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'hhsrs_toolkit_register' );

/** Registers the scripts, the three blocks and the three shortcodes. */
function hhsrs_toolkit_register() {
	hhsrs_toolkit_register_scripts();
	foreach ( hhsrs_toolkit_elements() as $tag => $element ) {
		register_block_type(
			__DIR__ . '/blocks/' . $tag,
			array(
				'render_callback' => function ( $attributes, $content, $block ) use ( $tag ) {
					return hhsrs_toolkit_render_block( $tag, $attributes, $block );
				},
			)
		);
		add_shortcode(
			$element['shortcode'],
			function ( $attributes ) use ( $tag ) {
				return hhsrs_toolkit_render_shortcode( $tag, is_array( $attributes ) ? $attributes : array() );
			}
		);
	}
}
