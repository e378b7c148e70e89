<?php
/**
 * The three elements: their tags, shortcodes, CDN files and the attributes an editor may set.
 * One table, read by the blocks, the shortcodes, the HTML filter and the script loader.
 *
 * @package hhsrs-toolkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Each attribute: the block's name for it (block attributes are camelCase), its default, and either the values
 * it may take or how it is cleaned ('text', 'url', 'key', 'date').
 *
 * @return array<string, array>
 */
function hhsrs_toolkit_elements() {
	$lang = array(
		'block'   => 'lang',
		'default' => 'en',
		'values'  => array( 'en', 'cy' ),
	);
	$key  = array(
		'block'   => 'storageKey',
		'default' => '',
		'clean'   => 'key',
	);
	return array(
		'hhsrs-assessor'     => array(
			'shortcode'  => 'hhsrs_assessor',
			'script'     => 'hhsrs-assessor.js',
			'attributes' => array(
				'mode'          => array(
					'block'   => 'mode',
					'default' => 'tenant',
					'values'  => array( 'tenant', 'officer' ),
				),
				'lang'          => $lang,
				'storage-key'   => $key,
				'scheme'        => array(
					'block'   => 'scheme',
					'default' => '',
					'clean'   => 'key',
				),
				'scheme-src'    => array(
					'block'   => 'schemeSrc',
					'default' => '',
					'clean'   => 'url',
				),
				// Empty means "use the council details from Settings → HHSRS toolkit".
				'council-name'  => array(
					'block'   => 'councilName',
					'default' => '',
					'clean'   => 'text',
					'setting' => 'name',
				),
				'council-phone' => array(
					'block'   => 'councilPhone',
					'default' => '',
					'clean'   => 'text',
					'setting' => 'phone',
				),
				'council-url'   => array(
					'block'   => 'councilUrl',
					'default' => '',
					'clean'   => 'url',
					'setting' => 'url',
				),
				'council-hours' => array(
					'block'   => 'councilHours',
					'default' => '',
					'clean'   => 'text',
					'setting' => 'hours',
				),
			),
		),
		'overcrowding-check' => array(
			'shortcode'  => 'overcrowding_check',
			'script'     => 'overcrowding-check.js',
			'attributes' => array(
				'units'       => array(
					'block'   => 'units',
					'default' => 'metric',
					'values'  => array( 'metric', 'imperial' ),
				),
				'lang'        => $lang,
				'storage-key' => $key,
			),
		),
		'hazard-register'    => array(
			'shortcode'  => 'hazard_register',
			'script'     => 'hazard-register.js',
			'attributes' => array(
				'lang'        => $lang,
				'storage-key' => $key,
				'today'       => array(
					'block'   => 'today',
					'default' => '',
					'clean'   => 'date',
				),
			),
		),
	);
}
