<?php
/**
 * The elements' module scripts (served from this plugin, so same-origin, with the version in the URL), queued only
 * on pages that show an element; and the three tags let through WordPress's HTML filter.
 *
 * @package hhsrs-toolkit
 */

defined( 'ABSPATH' ) || exit;

/** One script handle per element; the built files sit in the plugin's cdn/ folder. */
function hhsrs_toolkit_register_scripts() {
	foreach ( hhsrs_toolkit_elements() as $tag => $element ) {
		wp_register_script(
			hhsrs_toolkit_handle( $tag ),
			plugins_url( 'cdn/' . $element['script'], HHSRS_TOOLKIT_FILE ),
			array(),
			HHSRS_TOOLKIT_VERSION,
			true
		);
	}
	wp_register_script(
		'hhsrs-toolkit-editor',
		plugins_url( 'editor/blocks.js', HHSRS_TOOLKIT_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		HHSRS_TOOLKIT_VERSION,
		true
	);
}

/**
 * The script handle of an element.
 *
 * @param string $tag The element's tag.
 */
function hhsrs_toolkit_handle( $tag ) {
	return 'hhsrs-toolkit-' . $tag;
}

/**
 * Queues an element's script. Called while the page's content is rendered: in a block theme that is before
 * wp_head, so it prints in the footer; in a classic theme it prints with the footer scripts.
 *
 * @param string $tag The element's tag.
 */
function hhsrs_toolkit_enqueue( $tag ) {
	wp_enqueue_script( hhsrs_toolkit_handle( $tag ) );
}

add_filter( 'script_loader_tag', 'hhsrs_toolkit_module_tag', 10, 2 );

/**
 * WordPress 6.1 has no script modules (6.5 added them): the elements' files are ES modules, so their tags get
 * type="module" here.
 *
 * @param string $html   The script tag WordPress made.
 * @param string $handle Its handle.
 */
function hhsrs_toolkit_module_tag( $html, $handle ) {
	foreach ( array_keys( hhsrs_toolkit_elements() ) as $tag ) {
		if ( hhsrs_toolkit_handle( $tag ) === $handle ) {
			$html = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $html );
			return str_replace( '<script ', '<script type="module" ', $html );
		}
	}
	return $html;
}

add_filter( 'the_content', 'hhsrs_toolkit_enqueue_for_tags', 20 );

/**
 * A page that writes the tag itself (a Custom HTML block) gets its script too: the script tag is what an editor
 * without script rights cannot save.
 *
 * @param string $content The post's content.
 */
function hhsrs_toolkit_enqueue_for_tags( $content ) {
	foreach ( array_keys( hhsrs_toolkit_elements() ) as $tag ) {
		if ( false !== stripos( $content, '<' . $tag ) ) {
			hhsrs_toolkit_enqueue( $tag );
		}
	}
	return $content;
}

add_filter( 'wp_kses_allowed_html', 'hhsrs_toolkit_allowed_html', 10, 2 );

/**
 * Lets the three tags and their attributes through the filter applied to posts saved by editors without the
 * unfiltered_html right, so a Custom HTML block holding a tag keeps it.
 *
 * @param array        $allowed Tags and attributes allowed so far.
 * @param string|array $context Where the filter runs.
 */
function hhsrs_toolkit_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( hhsrs_toolkit_elements() as $tag => $element ) {
		$attributes = array(
			'class' => true,
			'id'    => true,
		);
		foreach ( array_keys( $element['attributes'] ) as $name ) {
			$attributes[ $name ] = true;
		}
		$allowed[ $tag ] = $attributes;
	}
	return $allowed;
}
